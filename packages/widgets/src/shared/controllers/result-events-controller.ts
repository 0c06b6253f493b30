import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputIssue } from '@qazindustry/productivity-calculator/core';
import { QiChangeEvent, QiInputErrorEvent } from '../events.js';

/**
 * Tells the page of the widget's result: `qi-change` whenever the result differs from the last one told, from any
 * cause (a visitor's input, an attribute, a property, the provider, a draft, a link), and nothing when an update
 * leaves it as it was; `qi-input-error` after each change of the inputs (or of the issues) that leaves issues.
 */
export class ResultEventsController implements ReactiveController {
  private lastResult: unknown;
  private lastIssues = '';
  private queued = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly read: () => { result: unknown; issues: readonly InputIssue[]; inputs: unknown },
  ) {
    host.addController(this);
  }

  /** After each update, once the update's other work is done (a microtask later). */
  hostUpdated(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.check();
    });
  }

  private check(): void {
    const { result, issues, inputs } = this.read();
    if (result !== undefined && result !== this.lastResult && !(this.lastResult !== undefined && JSON.stringify(result) === JSON.stringify(this.lastResult))) {
      this.lastResult = result;
      this.host.dispatchEvent(new QiChangeEvent(result));
    }
    // a new bad value with the same issue is told again: the page hears of each input the SDK refused
    const key = issues.length ? JSON.stringify([issues, inputs]) : '';
    if (key !== this.lastIssues) {
      this.lastIssues = key;
      if (issues.length) this.host.dispatchEvent(new QiInputErrorEvent(issues));
    }
  }
}
