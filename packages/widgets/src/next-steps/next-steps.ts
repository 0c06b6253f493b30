import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CHANNELS, editionTitle, formatDate, serviceDeadline, type Channel, type InputIssue, type ServiceDeadlineResult } from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { sentence } from '../shared/render.js';
import { fieldError, issuesByPath } from '../shared/fields.js';

interface NextStepsInputs {
  channel: string;
  time: string;
}

/** The time of day the panel assumes until the visitor gives one (shown in the field, never hidden). */
const DEFAULT_TIME = '10:00';

/**
 * What happens next (item 7 "One application, one journey"): for the filing date and the channel (portal or office),
 * the day the application is accepted and the deadline of the decision in working days on the Kazakh calendar, each
 * with its citation — the SDK's `serviceDeadline`, in its own messages. Its own element, not a section of the
 * estimator: it belongs to the whole application (a page may show it by the checklist, or alone), and it needs no
 * measure or costs. Inside a `<qi-provider>` it uses the application's filing date and gives the decision deadline to
 * the tracker's plan as the assumed agreement date.
 * @tag qi-next-steps
 * @summary What happens next: acceptance day and the decision deadline (p.28 of the Rules, Annex 3).
 * @fires {QiChangeEvent} qi-change - when the dates change; `detail` is the SDK's ServiceDeadlineResult.
 * @fires {QiInputErrorEvent} qi-input-error - when the date, the time or the channel cannot be used.
 * @csspart base - The widget's box.
 * @csspart form - The channel, the filing date and time.
 * @csspart date-question - "When will you file?".
 * @csspart result - The dates and the SDK's sentences.
 * @csspart citation - A reference to a paragraph.
 * @csspart share - The share-link controls.
 */
export class QiNextSteps extends QiElement {
  /** `portal` or `office` (the SDK's channels); the visitor chooses when absent. */
  @property() channel?: string;

  @state() private form: NextStepsInputs = { channel: '', time: '' };
  @state() private computed?: ServiceDeadlineResult;
  @state() protected override issues: readonly InputIssue[] = [];

  protected get inputs(): NextStepsInputs {
    return this.form;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object') return;
    const f = v as Partial<NextStepsInputs>;
    this.form = {
      channel: typeof f.channel === 'string' ? f.channel : '',
      time: typeof f.time === 'string' && /^\d{2}:\d{2}$/.test(f.time) ? f.time : '',
    };
  }

  protected override get editionId() {
    return this.computed?.edition.id;
  }

  private get chosenChannel(): string {
    return this.channel || this.form.channel || CHANNELS[0];
  }

  private get time(): string {
    return this.form.time || DEFAULT_TIME;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.computed = undefined;
    this.issues = [];
    ({ value: this.computed, issues: this.issues } = this.attempt(() =>
      serviceDeadline({ submittedAt: `${this.effectiveDate}T${this.time}`, channel: this.chosenChannel as Channel }),
    ));
  }

  /** The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none. */
  override get result(): ServiceDeadlineResult | undefined {
    return this.computed;
  }


  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // the decision deadline is the plan's assumed agreement date (the provider ignores a value that did not change)
    this.publish({ decisionDate: this.computed?.deadline });
  }

  private patch(p: Partial<NextStepsInputs>) {
    this.form = { ...this.form, ...p };
    this.saveDraft();
  }

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const u = this.uid;
    const byPath = issuesByPath(this.issues);
    const channels = t.journey.channels as Readonly<Record<string, string>>;
    const r = this.computed;
    return html`
      <h2>${t.journey.nextTitle}</h2>
      ${this.renderBeforeStart()}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        <div class="row">
          ${this.renderDateQuestion(byPath.get('applicationDate'))}
          ${this.channel && (CHANNELS as readonly string[]).includes(this.channel)
            ? nothing
            : html`<div class="field">
                <label for=${`${u}-ch`}>${t.journey.channel}</label>
                <select id=${`${u}-ch`} aria-describedby=${`${u}-ch-err`} @change=${(e: Event) => this.patch({ channel: (e.target as HTMLSelectElement).value })}>
                  ${CHANNELS.map((c) => html`<option value=${c} ?selected=${c === this.chosenChannel}>${channels[c] ?? c}</option>`)}
                </select>
                ${fieldError(`${u}-ch-err`, byPath.get('channel'), lang)}
              </div>`}
          <div class="field">
            <label for=${`${u}-t`}>${t.journey.time} <span class="hint">${t.journey.timeHint}</span></label>
            <input id=${`${u}-t`} type="time" .value=${this.time} aria-invalid=${byPath.has('submittedAt') ? 'true' : 'false'} aria-describedby=${`${u}-t-err`}
              @input=${(e: Event) => this.patch({ time: (e.target as HTMLInputElement).value })} />
            ${fieldError(`${u}-t-err`, byPath.get('submittedAt'), lang)}
          </div>
        </div>
      </form>
      <div part="result" aria-live="polite">
        ${r
          ? html`<dl class="next-steps">
                <dt>${t.journey.acceptedOn}</dt><dd part="accepted-on"><strong>${formatDate(r.acceptedOn, lang)}</strong></dd>
                <dt>${t.journey.decisionBy(r.workingDays)}</dt><dd part="deadline"><strong>${formatDate(r.deadline, lang)}</strong></dd>
              </dl>
              <ul class="plain spaced" part="messages">${r.messages.map((m) => html`<li>${sentence(m.message, m.citation, lang)}</li>`)}</ul>
              <p class="hint">${t.common.computedFor(formatDate(r.submitted.date, lang), editionTitle(r.edition.id, lang))}</p>`
          : nothing}
      </div>
    `;
  }
}
