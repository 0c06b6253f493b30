/**
 * The globals @web/test-runner's mocha gives the widget suites (its @types/mocha is not installed), so that
 * `tsc -p tests/tsconfig.widgets.json` checks the suites and their helpers.
 */
type MochaBody = (this: unknown) => void | Promise<unknown>;
declare function describe(title: string, body: (this: unknown) => void): void;
declare function it(title: string, body?: MochaBody): void;
declare function before(body: MochaBody): void;
declare function after(body: MochaBody): void;
declare function beforeEach(body: MochaBody): void;
declare function afterEach(body: MochaBody): void;
