import { expect } from '@open-wc/testing';

/** What the page saw during one test: errors nobody caught, and the undo steps to run after it. */
export const page = { uncaught: [] as unknown[], cleanups: [] as (() => void)[] };

/** Every event of `type` that reaches the document (the widgets' events bubble out of their shadow roots). */
export function heard<T>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const fn = (e: Event) => events.push(e as CustomEvent<T>);
  document.addEventListener(type, fn);
  page.cleanups.push(() => document.removeEventListener(type, fn));
  return events;
}

export const last = <T>(events: T[]): T => {
  expect(events.length, 'at least one event').to.be.greaterThan(0);
  return events[events.length - 1]!;
};

/** Records uncaught errors during each test; afterwards undoes its listeners and removes drafts under `draftPrefix`. */
export function watchPage(draftPrefix: string): void {
  beforeEach(() => {
    page.uncaught = [];
    const onError = (e: ErrorEvent) => page.uncaught.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => page.uncaught.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    page.cleanups.push(() => window.removeEventListener('error', onError));
    page.cleanups.push(() => window.removeEventListener('unhandledrejection', onRejection));
  });
  afterEach(() => {
    page.cleanups.forEach((f) => f());
    page.cleanups = [];
    for (const k of Object.keys(localStorage)) if (k.startsWith(draftPrefix)) localStorage.removeItem(k);
  });
}
