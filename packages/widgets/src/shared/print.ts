import type { LitElement, CSSResultOrNative } from 'lit';
import { editionTitle, formatDate, type Lang } from '@qazindustry/productivity-calculator/core';
import { printOpen } from './clipboard.js';
import type { UiStrings } from './i18n/en.js';
import { localToday } from './locale.js';

/**
 * "Print" prints the widget alone (issue "The widgets in the field", item 9).
 *
 * How: a hidden, same-origin `<iframe>` with no `src` (about:blank: no request) gets a copy of the widget's rendered
 * `.root` — `importNode` of its DOM, never an HTML string, so no text is ever parsed as markup — with the values of its
 * fields frozen into attributes, every `<details>` open, the buttons left out, and a head naming the edition and the
 * date; then that frame's window prints. A print of a frame prints that frame's document only, so the host page and
 * its own print CSS (`@media print { body > * { display: none } }`, a `* { … !important }`, a theme's print sheet)
 * take no part: the frame's document holds no stylesheet of the page. Its styles are the widget's own, adopted as
 * constructed stylesheets inside a shadow root (as in the widget, so `:host` rules apply): they need no inline
 * `<style>` and pass a strict `style-src` CSP. The frame's own box is kept out of sight with `!important` inline
 * properties, which a page's author CSS cannot override.
 *
 * A hostile or old browser that refuses any step (no `contentWindow`, no constructed stylesheets…) falls back to
 * printing the page with the widget's folds open, as before.
 */

/** One print frame per widget: a second print replaces the first. */
const frames = new WeakMap<Element, HTMLIFrameElement>();

export interface PrintHead {
  lang: string;
  /** The frame's title (for assistive technology; the frame is hidden). */
  title: string;
  /** Label and value lines at the top of the printout: the edition, the computation date, the day printed. */
  lines: readonly (readonly [string, string])[];
}

function cssTextOf(styles: readonly CSSResultOrNative[]): string {
  return styles
    .map((s) => {
      if (typeof CSSStyleSheet !== 'undefined' && s instanceof CSSStyleSheet) return [...s.cssRules].map((r) => r.cssText).join('\n');
      return (s as { cssText?: string }).cssText ?? '';
    })
    .join('\n');
}

/** Copies what the visitor typed, chose and ticked (properties, which a clone does not carry) into the clone's attributes. */
function freezeControls(source: Element, copy: Element): void {
  const from = source.querySelectorAll('input, select, textarea, details');
  const to = copy.querySelectorAll('input, select, textarea, details');
  if (from.length !== to.length) return;
  from.forEach((f, i) => {
    const t = to[i]!;
    if (f instanceof HTMLInputElement) {
      if (f.type === 'checkbox' || f.type === 'radio') t.toggleAttribute('checked', f.checked);
      else t.setAttribute('value', f.value);
      t.setAttribute('readonly', '');
    } else if (f instanceof HTMLSelectElement) {
      const options = t.querySelectorAll('option');
      [...f.options].forEach((o, k) => options[k]?.toggleAttribute('selected', o.selected));
    } else if (f instanceof HTMLTextAreaElement) {
      t.textContent = f.value;
    } else {
      t.setAttribute('open', '');
    }
  });
}

const HIDDEN: readonly (readonly [string, string])[] = [
  ['position', 'fixed'], ['right', '0'], ['bottom', '0'], ['width', '0'], ['height', '0'], ['border', '0'], ['margin', '0'], ['padding', '0'],
  ['display', 'block'], ['opacity', '0'], ['pointer-events', 'none'], ['visibility', 'visible'],
];

const PRINT_VIEW_CSS = `
  @page { margin: 15mm; }
  :host { display: block; }
  .print-head { margin: 0 0 1em; padding: 0 0 0.5em; border-bottom: 1px solid #000; font-size: 0.9em; }
  .print-head p { margin: 0.15em 0; }
  .root { border: 0 !important; padding: 0 !important; color: #000; background: #fff; }
  form, fieldset, input, select, textarea { break-inside: avoid; }
`;

/** Builds the print view of `host` in `frame` (exported for tests); false when the browser refuses a step. */
export function buildPrintView(host: LitElement, frame: HTMLIFrameElement, head: PrintHead): boolean {
  const source = host.renderRoot.querySelector('.root');
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!source || !win || !doc || !doc.body) return false;
  doc.documentElement.lang = head.lang;
  const title = doc.createElement('title');
  title.textContent = head.title;
  doc.head.append(title);
  const box = doc.createElement('div');
  const shadow = box.attachShadow({ mode: 'open' });
  const styles = (host.constructor as typeof LitElement).elementStyles ?? [];
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(cssTextOf(styles) + PRINT_VIEW_CSS);
  shadow.adoptedStyleSheets = [sheet];
  // the page's font token, if it sets one (the printout is black on white whatever the theme)
  const font = getComputedStyle(host).getPropertyValue('--qi-font').trim();
  if (font) box.style.setProperty('--qi-font', font);

  const copy = doc.importNode(source, true) as Element;
  freezeControls(source, copy);
  copy.querySelectorAll('.no-print, .actions, [part="share"], button').forEach((n) => n.remove());
  copy.removeAttribute('aria-busy');
  const top = doc.createElement('header');
  top.className = 'print-head';
  for (const [label, value] of head.lines) {
    const p = doc.createElement('p');
    const b = doc.createElement('strong');
    b.textContent = `${label}: `;
    p.append(b, value);
    top.append(p);
  }
  copy.prepend(top);
  shadow.append(copy);
  doc.body.append(box);
  return true;
}

/** Prints `host` alone (see above); the frame goes when the print dialog closes, or at the next print. */
export function printAlone(host: LitElement, head: PrintHead): void {
  frames.get(host)?.remove();
  frames.delete(host);
  const doc = host.ownerDocument;
  let frame: HTMLIFrameElement | undefined;
  try {
    frame = doc.createElement('iframe');
    frame.title = head.title;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    for (const [k, v] of HIDDEN) frame.style.setProperty(k, v, 'important');
    (doc.body ?? doc.documentElement).appendChild(frame);
    if (!buildPrintView(host, frame, head)) throw new Error('no print view');
    const win = frame.contentWindow!;
    const done = frame;
    frames.set(host, frame);
    win.addEventListener('afterprint', () => setTimeout(() => {
      done.remove();
      if (frames.get(host) === done) frames.delete(host);
    }), { once: true });
    win.print();
  } catch {
    if (frame && frames.get(host) !== frame) frame.remove();
    printOpen(host.renderRoot);
  }
}

/** The head of a result's printout: the edition's title, the date it was computed for, the day it was printed. */
export function resultHead(lang: Lang, t: UiStrings, result: { edition: { id: string }; applicationDate: string }): PrintHead {
  const p = t.printView;
  return {
    lang,
    title: p.frameTitle,
    lines: [
      [p.edition, editionTitle(result.edition.id, lang)],
      [p.computedFor, formatDate(result.applicationDate, lang)],
      [p.printedOn, formatDate(localToday(), lang)],
    ],
  };
}
