import type { LitElement } from 'lit';

/**
 * After the widget's next render, moves the focus to the first of `selectors` that matches in its shadow root (a
 * row just added, the row before one just removed, what an "Undo" brought back), so that a keyboard user is never
 * left on a control that is gone (the focus would fall to the page's top).
 */
export async function focusAfterUpdate(host: LitElement, ...selectors: string[]): Promise<void> {
  await host.updateComplete;
  for (const s of selectors) {
    const target = host.renderRoot.querySelector<HTMLElement>(s);
    if (target) {
      target.focus();
      return;
    }
  }
}

/** A selector for an element id (the widgets' ids are `qi<n>-…`, safe, but escaped all the same). */
export const byId = (id: string) => `#${CSS.escape(id)}`;

/**
 * A date (or time) field the visitor is typing into part by part: its value reads '' until every part is typed.
 * Taking that '' as the answer would re-render the field empty and throw away the parts typed so far (Chromium
 * resets a date field whose value is set), so that a date could not be typed over with the keyboard; a half-typed
 * field leaves the answer as it was. A field cleared on purpose (every part) is not half-typed.
 */
export const halfTyped = (field: HTMLInputElement): boolean => field.value === '' && field.validity.badInput;
