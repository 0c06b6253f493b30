import type { InputIssue } from '@qazindustry/productivity-calculator/core';

/**
 * `qi-change`: the widget computed a new result; `detail` is the SDK's result object, exactly as the SDK returned it.
 * Bubbles and crosses shadow roots, so a page can listen on `document`.
 */
export class QiChangeEvent<T = unknown> extends CustomEvent<T> {
  static readonly type = 'qi-change';
  constructor(result: T) {
    super(QiChangeEvent.type, { detail: result, bubbles: true, composed: true });
  }
}

/** `qi-input-error`: the visitor's input has problems; `detail.issues` are the SDK's InputError issues. */
export class QiInputErrorEvent extends CustomEvent<{ issues: readonly InputIssue[] }> {
  static readonly type = 'qi-input-error';
  constructor(issues: readonly InputIssue[]) {
    super(QiInputErrorEvent.type, { detail: { issues }, bubbles: true, composed: true });
  }
}

/** `qi-checklist-item-toggle`: a document of the checklist was ticked or unticked. */
export class QiChecklistItemToggleEvent extends CustomEvent<{ id: string; checked: boolean; ready: number; total: number }> {
  static readonly type = 'qi-checklist-item-toggle';
  constructor(detail: { id: string; checked: boolean; ready: number; total: number }) {
    super(QiChecklistItemToggleEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'qi-change': QiChangeEvent;
    'qi-input-error': QiInputErrorEvent;
    'qi-checklist-item-toggle': QiChecklistItemToggleEvent;
  }
}
