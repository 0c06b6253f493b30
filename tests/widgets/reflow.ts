/**
 * Reflow measurements (WCAG 1.4.10, 2.5.8) that axe does not make: every box a widget draws stays inside the
 * widget's own box, and every control is shown, reachable by scrolling and at least 44 × 44 CSS px.
 *
 * Boxes are read with getBoundingClientRect, walking into every open shadow root. One exception is allowed: the
 * content of a scroll container that announces itself (`overflow-x: auto | scroll`, `role="region"` with an
 * accessible name, `tabindex="0"`), which a keyboard or a finger can scroll; the container itself must fit.
 */

/** The smallest target the issue asks for (WCAG 2.5.5 AAA size; 2.5.8 AA would be 24). */
export const MIN_TARGET = 44;
/** Sub-pixel rounding of borders and fractional widths. */
const SLACK = 0.5;

export interface ReflowProblem {
  kind: 'overflow' | 'small-target' | 'unreachable';
  what: string;
  detail: string;
}

/** A short, readable name for an element in a failure message: `td.num "1 000 000,00 ₸"`. */
export function describeElement(el: Element): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const id = el.id ? `#${el.id}` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const label = el.getAttribute('aria-label') ?? '';
  const text = (label || (el.textContent ?? '')).replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${id}${cls}${part}${text ? ` "${text}"` : ''}`;
}

/** Every element under `root`, in tree order, entering open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** The element's parent, crossing a shadow boundary to the host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The accessible name a region would have from `aria-label` or `aria-labelledby` (what axe and readers use). */
function regionName(el: Element): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
}

/** A scroll container a person can find and scroll: overflow-x auto/scroll, a named region, in the tab order. */
export function isLabelledScrollRegion(el: Element): boolean {
  const style = getComputedStyle(el);
  return (
    (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
    el.getAttribute('role') === 'region' &&
    regionName(el) !== '' &&
    el.getAttribute('tabindex') === '0'
  );
}

/** Whether `el` is inside a labelled scroll region below `host` (its overflow is then the region's, by design). */
function insideScrollRegion(el: Element, host: Element): boolean {
  for (let p = parentOf(el); p && p !== host; p = parentOf(p)) if (isLabelledScrollRegion(p)) return true;
  return false;
}

/** Drawn at all: has a box of some size (closed <details> content, `display: none` and `hidden` have none). */
function rendered(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return el.getClientRects().length > 0 && (r.width > 0 || r.height > 0);
}

/** Clipped away on purpose: the visually-hidden pattern (1 × 1 px, clipped) reads as text, not as a box. */
function visuallyHidden(el: Element): boolean {
  const s = getComputedStyle(el);
  return s.position === 'absolute' && (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)');
}

/** Inside a visually-hidden ancestor (below `host`): clipped to nothing with it. */
function insideVisuallyHidden(el: Element, host: Element): boolean {
  for (let p = parentOf(el); p && p !== host; p = parentOf(p)) if (visuallyHidden(p)) return true;
  return false;
}

/**
 * Every descendant box of `host` that extends past the host's left or right edge. Only the outermost box of each
 * overflowing subtree is reported (with how many boxes inside it overflow too): that is where the fix belongs.
 */
export function overflowingBoxes(host: Element): ReflowProblem[] {
  const box = host.getBoundingClientRect();
  const problems: ReflowProblem[] = [];
  const reported: { el: Element; problem: ReflowProblem; inside: number }[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!rendered(el) || visuallyHidden(el) || insideVisuallyHidden(el, host) || insideScrollRegion(el, host)) continue;
    const r = el.getBoundingClientRect();
    const left = box.left - r.left;
    const right = r.right - box.right;
    if (left <= SLACK && right <= SLACK) continue;
    const outer = reported.find((x) => x.el.contains(el) || (x.el.shadowRoot?.contains(el) ?? false));
    if (outer) {
      outer.inside += 1;
      continue;
    }
    const problem: ReflowProblem = {
      kind: 'overflow',
      what: describeElement(el),
      detail: `${left > SLACK ? `${left.toFixed(1)} px past the left edge` : `${right.toFixed(1)} px past the right edge`} (host ${box.left.toFixed(0)}–${box.right.toFixed(0)}, box ${r.left.toFixed(0)}–${r.right.toFixed(0)})`,
    };
    reported.push({ el, problem, inside: 0 });
    problems.push(problem);
  }
  for (const x of reported) if (x.inside) x.problem.detail += `, and ${x.inside} boxes inside it`;
  return problems;
}

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, [role="button"], summary';

/** The controls a person can operate in `host`; those inside a closed <details> are left out (not yet shown). */
export function controlsOf(host: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!el.matches(CONTROLS)) continue;
    const details = el.closest('details');
    if (details && !details.open && el !== details.querySelector(':scope > summary')) continue;
    out.push(el as HTMLElement);
  }
  return out;
}

/** The box a finger hits: a checkbox or radio counts its clickable label with it (the label toggles it too). */
export function targetBox(control: HTMLElement): DOMRect {
  const r = control.getBoundingClientRect();
  if (!(control instanceof HTMLInputElement) || (control.type !== 'checkbox' && control.type !== 'radio')) return r;
  const labels = [...(control.labels ?? [])];
  if (!labels.length) return r;
  let [l, t, rt, b] = [r.left, r.top, r.right, r.bottom];
  for (const label of labels) {
    const lr = label.getBoundingClientRect();
    [l, t, rt, b] = [Math.min(l, lr.left), Math.min(t, lr.top), Math.max(rt, lr.right), Math.max(b, lr.bottom)];
  }
  return new DOMRect(l, t, rt - l, b - t);
}

/** The element a tap at (x, y) lands on, looking through shadow roots. */
function hitAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether a tap at the control's centre reaches it (or its label, for a checkbox or radio). */
function tapReaches(control: HTMLElement, box: DOMRect): boolean {
  const hit = hitAt(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit) return false;
  if (hit === control || control.contains(hit)) return true;
  return [...((control as HTMLInputElement).labels ?? [])].some((l) => l === hit || l.contains(hit));
}

/**
 * Every control that is hidden, not at least 44 × 44 px, out of the viewport horizontally once scrolled into view,
 * or covered by something else at its centre. Scrolls the page (and any scroll region) as a person would.
 */
export function targetProblems(host: Element): ReflowProblem[] {
  const problems: ReflowProblem[] = [];
  const viewport = window.visualViewport?.width ?? document.documentElement.clientWidth;
  for (const control of controlsOf(host)) {
    const what = describeElement(control);
    if (!rendered(control) || getComputedStyle(control).visibility === 'hidden') {
      problems.push({ kind: 'unreachable', what, detail: 'not displayed' });
      continue;
    }
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = targetBox(control);
    // Under CSS zoom the rectangles are in zoomed pixels; a target's size is a matter of CSS pixels.
    const zoom = (control as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const [w, h] = [box.width / zoom, box.height / zoom];
    if (w < MIN_TARGET - SLACK || h < MIN_TARGET - SLACK) {
      problems.push({ kind: 'small-target', what, detail: `${w.toFixed(1)} × ${h.toFixed(1)} CSS px` });
    }
    if (box.left < -SLACK || box.right > viewport + SLACK) {
      problems.push({ kind: 'unreachable', what, detail: `at ${box.left.toFixed(0)}–${box.right.toFixed(0)} px, the viewport is ${viewport} px wide` });
    } else if (zoom === 1 && !tapReaches(control, box)) {
      // (under CSS zoom, elementFromPoint and getBoundingClientRect do not agree on coordinates in this Chromium;
      // the same layout is hit-tested at 320 px)
      problems.push({ kind: 'unreachable', what, detail: `a tap at its centre lands on ${describeElement(hitAt(box.left + box.width / 2, box.top + box.height / 2) ?? document.body)}` });
    }
  }
  window.scrollTo(0, 0);
  return problems;
}

/** Both measurements, as lines a failing assertion can print. */
export function reflowProblems(host: Element): string[] {
  return [...overflowingBoxes(host), ...targetProblems(host)].map((p) => `${p.kind}: ${p.what}: ${p.detail}`);
}

/** Opens every <details> in the widget, so that what it holds is measured too. */
export function openAllDetails(host: Element): void {
  for (const el of deepElements(host.shadowRoot ?? host)) if (el instanceof HTMLDetailsElement) el.open = true;
}
