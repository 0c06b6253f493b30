/**
 * The widget suites' shared DOM helpers: read a widget the way a person does (its words, the control a label names,
 * a button by its name), act on it the way a person does (type, choose, tick, with the events a browser fires), wait
 * for it to render, ask the SDK for the issues of an input it refuses, and clear drafts and share links between tests.
 *
 * Nothing here defines the custom elements (a suite imports `@qazindustry/productivity-widgets/define` itself, or
 * loads the CDN bundle), and nothing here hands a DOM node to chai: formatting one from a shadow root hangs the page.
 * The worked examples' inputs are in `./examples.ts`; the page's ears (events heard, uncaught errors) in
 * `./page-watch.ts`; the reflow measurements in `./reflow.ts`.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { isInputError, type InputIssue } from '@qazindustry/productivity-calculator';

/** A rendered widget (a Lit element): `updateComplete` settles once it has drawn what its last change asked for. */
export type Widget = HTMLElement & { updateComplete: Promise<unknown> };
/** What a label can name. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const NBSP = '\u00a0';

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** Text with its runs of white space made one space, and trimmed ('' for none). */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: Element) => el.shadowRoot!;

/** The words of a node (or of a shadow root), normalised; '' for none. */
export const text = (node: Element | ShadowRoot | null | undefined) => norm(node?.textContent);

/** A widget's title (its `h2`). */
export const title = (el: Element) => text(shadow(el).querySelector('h2'));

/** The words of a label or legend themselves, without its hint and the control it wraps. */
export function ownText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.hint, input, select, textarea').forEach((n) => n.remove());
  return norm(clone.textContent);
}

/** Whether a node is there (to assert on instead of the node: chai must never be handed a DOM node). */
export const present = (x: unknown) => x !== null && x !== undefined;

/** Drawn: not `hidden`, a box of some width and height, not `visibility: hidden`. */
export function visible(node: Element | null | undefined): boolean {
  if (!node) return false;
  const r = (node as HTMLElement).getBoundingClientRect();
  return !(node as HTMLElement).hidden && r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/** Shown to a person: laid out (some client rect), not `visibility: hidden` nor `display: none`, and it has words. */
export function isShown(node: Element | null | undefined): boolean {
  if (!node) return false;
  const style = getComputedStyle(node);
  return node.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none' && text(node) !== '';
}

/** The element that has the focus, looking into shadow roots. */
export function focused(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding things by their words

function labelFor(el: Element, label: string | RegExp, scope: ParentNode): { labels: HTMLLabelElement[]; match?: HTMLLabelElement } {
  const labels = [...scope.querySelectorAll('label')];
  const match =
    typeof label === 'string'
      ? // the label whose own words are `label`, else the first whose words start with it
        (labels.find((l) => ownText(l) === label) ?? labels.find((l) => text(l).startsWith(label)))
      : labels.find((l) => label.test(text(l)));
  return { labels, match };
}

const targetOf = (el: Element, l: HTMLLabelElement) => (l.htmlFor ? shadow(el).getElementById(l.htmlFor) : l.querySelector('input, select, textarea'));

/**
 * The control a `<label>` in `scope` names (by `for`, or the one it wraps), else the control whose `aria-label` is
 * `label`; undefined when there is none. A string is the label's own words, or the start of its words; a RegExp is
 * tested on its words.
 */
export function findControl<T extends HTMLElement = HTMLInputElement>(el: Element, label: string | RegExp, scope: ParentNode = shadow(el)): T | undefined {
  const { match } = labelFor(el, label, scope);
  if (match) return (targetOf(el, match) ?? undefined) as T | undefined;
  if (typeof label !== 'string') return undefined;
  return [...scope.querySelectorAll<T>('input, select, textarea')].find((c) => norm(c.getAttribute('aria-label')) === label);
}

/** The same as `findControl`, and a failure naming the labels there are when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(el: Element, label: string | RegExp, scope: ParentNode = shadow(el)): T {
  const { labels, match } = labelFor(el, label, scope);
  if (match) {
    const target = targetOf(el, match);
    if (!target) throw new Error(`the label "${text(match)}" points at nothing`);
    return target as T;
  }
  const named = findControl<T>(el, label, scope);
  if (!named) throw new Error(`no field labelled "${label}"; labels: ${labels.map((l) => `"${text(l)}"`).join(', ')}`);
  return named;
}

/** The button a person names by `words`: its text or its `aria-label` (a RegExp is tested on either); undefined when there is none. */
export function findButton(el: Element, words: string | RegExp): HTMLButtonElement | undefined {
  const is = (name: string) => (typeof words === 'string' ? name === words : words.test(name));
  return [...shadow(el).querySelectorAll('button')].find((b) => is(text(b)) || (b.hasAttribute('aria-label') && is(norm(b.getAttribute('aria-label')))));
}

/** The same as `findButton`, and a failure naming the buttons there are when there is none. */
export function button(el: Element, words: string | RegExp): HTMLButtonElement {
  const b = findButton(el, words);
  if (!b) throw new Error(`no button "${words}"; buttons: ${[...shadow(el).querySelectorAll('button')].map((x) => `"${text(x)}"`).join(', ')}`);
  return b;
}

/** The message a field's `aria-describedby` points at. */
export function describedMessage(el: Element, field: Element): string {
  const id = field.getAttribute('aria-describedby');
  expect(id, 'aria-describedby').to.be.a('string').and.not.equal('');
  const target = shadow(el).getElementById(id!);
  expect(present(target), `#${id} exists`).to.equal(true);
  return text(target);
}

// ---------------------------------------------------------------------------------------------------------------
// Acting as a person does

/** What a person's typing or choosing does to a field: the focus, a new value, then `input` and `change`. */
export function typeInto(field: Control, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into the field `label` names (see `control`), then waits for the widget; returns the field. */
export async function type<T extends Control = HTMLInputElement>(el: Element, label: string | RegExp, value: string): Promise<T> {
  const field = control<T>(el, label);
  typeInto(field, value);
  await (el as Widget).updateComplete;
  return field;
}

/** Picks the option `value` of a drop-down (the one `label` names, or the select itself), then waits for the widget. */
export async function choose(el: Element, select: string | RegExp | HTMLSelectElement, value: string): Promise<HTMLSelectElement> {
  const s = select instanceof HTMLSelectElement ? select : control<HTMLSelectElement>(el, select);
  const name = select instanceof HTMLSelectElement ? `#${s.id}` : String(select);
  s.value = value;
  expect(s.value, `“${name}” has an option ${value}`).to.equal(value);
  s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await (el as Widget).updateComplete;
  return s;
}

/** Ticks (or, with `on` false, unticks) a checkbox by clicking it (the one `label` names, or the box itself), then waits for the widget. */
export async function tick(el: Element, box: string | RegExp | HTMLInputElement, on = true): Promise<HTMLInputElement> {
  const b = box instanceof HTMLInputElement ? box : control<HTMLInputElement>(el, box);
  if (b.checked !== on) b.click();
  expect(b.checked, box instanceof HTMLInputElement ? `#${b.id}` : String(box)).to.equal(on);
  await (el as Widget).updateComplete;
  return b;
}

// ---------------------------------------------------------------------------------------------------------------
// Waiting

/** Waits `rounds` turns of each widget's `updateComplete` (an update may ask for another). */
export async function settle(els: Element | readonly Element[], rounds = 2): Promise<void> {
  const all: readonly Element[] = Array.isArray(els) ? els : [els as Element];
  for (let i = 0; i < rounds; i++) for (const el of all) await (el as Widget).updateComplete;
}

/** Renders `template` and waits until the widget in it has drawn its heading (at most a second), then for its update. */
export async function ready<T extends Widget = Widget>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.root h2'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

// ---------------------------------------------------------------------------------------------------------------
// The SDK

/** The issues of the InputError an SDK function throws for `input` (which may be one its types refuse, on purpose). */
export function sdkIssues<I>(sdk: (input: I) => unknown, input: unknown): readonly InputIssue[] {
  try {
    sdk(input as I);
  } catch (e) {
    if (isInputError(e)) return e.issues;
    throw e;
  }
  throw new Error('the SDK accepted the input');
}

// ---------------------------------------------------------------------------------------------------------------
// Drafts and share links

/** The localStorage key of a widget's draft: `qi:<tag>:v1`, then `:<key>` for a persist-key (or a position, `#2`). */
export const draftKey = (tag: string, key?: string) => `qi:${tag}:v1${key ? `:${key}` : ''}`;

/** Removes the drafts of the widget `tag`, or of every widget. */
export function clearDrafts(tag?: string): void {
  const prefix = tag ? `qi:${tag}:` : 'qi:';
  for (const k of Object.keys(localStorage)) if (k.startsWith(prefix)) localStorage.removeItem(k);
}

/** Takes a share link's inputs out of the address (the `tag` parameter, or every `qi-…` one), and the hash with them. */
export function clearShareLinks(tag?: string): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (tag ? k === tag : k.startsWith('qi-')) url.searchParams.delete(k);
  history.replaceState(null, '', url.pathname + url.search);
}

/** Before and after each test of the current block (or file): no draft and no share link of `tag` (of any widget without one). */
export function cleanSlateEachTest(tag?: string): void {
  const clean = () => {
    clearDrafts(tag);
    clearShareLinks(tag);
  };
  beforeEach(clean);
  afterEach(clean);
}
