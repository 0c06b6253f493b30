import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputIssue, Lang } from '@qazindustry/productivity-calculator/core';
import { politeIssue, type FieldKind } from '../fields.js';

/** What the error controller needs of the widget. */
export interface FieldErrorsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isUpdatePending: boolean;
}

/**
 * Errors as GOV.UK shows them: a field's error once the visitor has left the field (or changed it) or asked for the
 * result (Enter in a field, a submit), never while typing into an untouched form; and an error summary that lists
 * each shown error, in the form's order, as a link to its field, and takes the focus when the visitor asked.
 */
export class FieldErrorsController implements ReactiveController {
  /** The visitor asked for the result, or the form was complete once: every error is shown. */
  asked = false;
  /** The errors the summary lists (the fields' shown errors of the last render, in the form's order). */
  items: readonly { id: string; text: string }[] = [];
  private touched: ReadonlySet<string> = new Set();
  private pending: { id: string; text: string }[] = [];
  private focusSummary = false;
  private listening = false;

  constructor(
    private readonly host: FieldErrorsHost,
    private readonly opts: { lang(): Lang; complete(): boolean },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.listening) return;
    this.listening = true;
    const root = this.host.renderRoot;
    const left = (e: Event) => {
      const el = e.composedPath()[0];
      if (!(el instanceof HTMLElement) || !el.id || !el.matches('input, select, textarea') || this.touched.has(el.id)) return;
      this.touched = new Set([...this.touched, el.id]);
      this.host.requestUpdate();
    };
    root.addEventListener('focusout', left);
    root.addEventListener('change', left);
    root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.ask();
    });
    root.addEventListener('keydown', (e) => {
      const el = (e as KeyboardEvent).composedPath()[0];
      if ((e as KeyboardEvent).key !== 'Enter' || !(el instanceof HTMLElement) || !el.closest('form')) return;
      if (el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|file)$/.test(el.type))) {
        e.preventDefault();
        left(e);
        this.ask();
      }
    });
  }

  /** The visitor asks for the result: every error is shown, and the summary takes the focus. */
  ask(): void {
    this.asked = true;
    this.focusSummary = true;
    this.host.requestUpdate();
  }

  /** Forgets which fields were left and whether the result was asked for (a reset). */
  reset(): void {
    this.asked = false;
    this.touched = new Set();
    this.host.requestUpdate();
  }

  /**
   * The issue a field shows now: none until the visitor has left the field or asked for the result; then the issue
   * in the widget's wording of formats (`politeIssue`), also listed in the summary. `id` is the control's.
   */
  issue(id: string, issue: InputIssue | undefined, how?: FieldKind): InputIssue | undefined {
    if (!issue || !(this.asked || this.touched.has(id))) return undefined;
    const lang = this.opts.lang();
    const shown = politeIssue(issue, lang, how);
    if (!this.pending.some((x) => x.id === id)) this.pending.push({ id, text: shown.message[lang] });
    return shown;
  }

  /** Before each render: the summary is collected anew from the fields' shown errors. */
  hostUpdate(): void {
    this.pending = [];
  }

  hostUpdated(): void {
    if (!this.asked && this.opts.complete()) {
      this.asked = true;
      this.host.requestUpdate();
    }
    const next = this.pending;
    const same = next.length === this.items.length && next.every((x, i) => x.id === this.items[i]!.id && x.text === this.items[i]!.text);
    if (!same) {
      this.items = [...next];
      this.host.requestUpdate();
      return;
    }
    if (this.focusSummary && !this.host.isUpdatePending) {
      this.focusSummary = false;
      this.host.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
    }
  }
}
