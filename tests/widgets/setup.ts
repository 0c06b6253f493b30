/**
 * Loaded before every widget test file (web-test-runner.config.mjs, `testRunnerHtml`). A failing chai assertion
 * whose actual or expected value is a DOM node (`expect(focused()).to.equal(field)`) made the runner serialize the
 * node's whole object graph (Lit's parts, the shadow root, the page): the browser hung for the suite's timeout and
 * the run ended "browser disconnected", with no message. Nodes are shown as `<tag #id "name">` instead.
 */
// the pure entry: '@open-wc/testing' itself registers its fixture cleanup (afterEach) when first evaluated, and here,
// before mocha has loaded, it would find no afterEach and never register it (fixtures would pile up on the page)
import * as pure from '@open-wc/testing/pure';

// (the pure entry exports chai at run time; its type declarations omit it)
const { chai } = pure as unknown as { chai: (typeof import('@open-wc/testing'))['chai'] };

function describeNode(n: Node): string {
  if (!(n instanceof Element)) return `[${n.nodeName}]`;
  const name = n.getAttribute('aria-label') ?? n.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `<${n.localName}${n.id ? ` #${n.id}` : ''}${name ? ` "${name}"` : ''}>`;
}

const shown = (x: unknown) => (typeof Node !== 'undefined' && x instanceof Node ? describeNode(x) : x);
const original = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: unknown[]) {
  // (expr, msg, negMsg, expected, actual, showDiff): `actual` defaults to the asserted object when not given
  if (!args[0] === !chai.util.flag(this, 'negate')) {
    const actual = args.length > 4 ? args[4] : chai.util.flag(this, 'object');
    args[3] = shown(args[3]);
    args[4] = shown(actual);
  }
  return (original as (...a: unknown[]) => void).apply(this, args);
} as typeof original;
