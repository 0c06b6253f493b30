import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { property, state } from 'lit/decorators.js';
import {
  describeObligation,
  formatDate,
  formatMessage,
  formatTenge,
  isInputError,
  trackObligation,
  type InputIssue,
  type ObligationDescription,
  type ObligationInput,
  type ObligationResult,
  interpretationText,
  MAX_REVENUE_PERIODS,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { atHand } from '../shared/at-hand.js';
import { citation, sentence, status, tenge } from '../shared/render.js';
import { fieldError, issuesByPath, readAmount, readDate } from '../shared/fields.js';

import { parseRevenueCsv, type RevenueRow } from './csv.js';
import { byId, focusAfterUpdate, halfTyped } from '../shared/keyboard.js';

interface TrackerInputs {
  agreementDate: string;
  /** The assumed agreement date of a plan (item 7). */
  planDate?: string;
  baseline: string;
  stateAmount: string;
  asOf: string;
  revenue: RevenueRow[];
}

const FILE_VERSION = 1;

/** How much of a big file is read first to refuse one far over the row limit. */
const HEAD_BYTES = 256 * 1024;
/**
 * Tracks the counter-obligation of a reimbursement agreement over its term (from `describeObligation`): the target,
 * progress, the pace line and the checkpoints (an SVG chart with a table), the status and the refund a shortfall would
 * mean. Revenue is typed by quarter, pasted, or imported from CSV; the whole record exports to a file and imports
 * back, so clearing the browser loses nothing.
 * @tag qi-obligation-tracker
 * @summary Counter-obligation tracker (Annex 6 of the Rules; N + 2×Q).
 *
 * Planning (item 7): with `plan`, or inside a `<qi-provider>` whose estimate has a total while no agreement date is
 * given, it plans before the agreement exists: Q is the estimate's total (unless given), the agreement is assumed
 * to be concluded on the decision deadline of "What happens next" (else the application date; the visitor can
 * change it), and the target N + 2×Q with its checkpoints is shown, labelled as a plan.
 * @fires {QiChangeEvent} qi-change - after each recalculation; `detail` is the SDK's ObligationResult.
 * @fires {QiInputErrorEvent} qi-input-error - when a field cannot be read.
 * @csspart base - The widget's box.
 * @csspart form - The agreement and revenue fields.
 * @csspart result - Status, progress, chart and checkpoints.
 * @csspart progress - The progress bar.
 * @csspart chart - The SVG chart.
 * @csspart checkpoints - The checkpoint table.
 * @csspart status - A status badge.
 * @csspart citation - A reference to a paragraph.
 * @csspart share - The share-link controls.
 */
export class QiObligationTracker extends QiElement {
  /** Agreement date, `YYYY-MM-DD` (the day the institute received it signed). */
  @property({ attribute: 'agreement-date' }) agreementDate?: string;
  /** N: revenue over the term before the agreement (`describeObligation`'s `term`), KZT. */
  @property({ attribute: 'baseline-revenue' }) baselineRevenue?: string;
  /** Q: the amount of the agreement, KZT. */
  @property({ attribute: 'state-amount' }) stateAmount?: string;

  /** The as-of date, `YYYY-MM-DD`; the application date (today) when absent. */
  @property({ attribute: 'as-of' }) asOf?: string;
  /** Plan before the agreement exists (item 7): an assumed agreement date, Q from the estimate when not given. */
  @property({ type: Boolean }) plan = false;

  /** Prefilled revenue periods `{ from, to, amount }[]` (the SDK's shape). Property only. */
  @property({ attribute: false }) revenue?: readonly { from: string; to: string; amount: string | number }[];

  @state() private form: TrackerInputs = { agreementDate: '', baseline: '', stateAmount: '', asOf: '', revenue: [] };
  @state() private computed?: ObligationResult;
  @state() protected override issues: readonly InputIssue[] = [];
  @state() private pasteNote = '';

  protected get inputs(): TrackerInputs {
    return this.form;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object') return;
    const f = v as Partial<TrackerInputs>;
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    // a draft or a link with more rows than the SDK takes shows the first MAX_REVENUE_PERIODS and says so
    this.cutNote = Array.isArray(f.revenue) && f.revenue.length > MAX_REVENUE_PERIODS ? { had: f.revenue.length, max: MAX_REVENUE_PERIODS } : undefined;
    this.form = {
      agreementDate: str(f.agreementDate),
      ...(str(f.planDate) ? { planDate: str(f.planDate) } : {}),
      baseline: str(f.baseline),
      stateAmount: str(f.stateAmount),
      asOf: str(f.asOf),
      revenue: Array.isArray(f.revenue) ? f.revenue.slice(0, MAX_REVENUE_PERIODS).filter((r) => r && typeof r === 'object').map((r) => ({ from: str(r.from), to: str(r.to), amount: str(r.amount) })) : [],
    };
  }

  /** A plan before the agreement (item 7): asked for, or an estimate's total in the provider and no agreement date yet. */
  private get planning(): boolean {
    if (this.plan) return true;
    const total = Number(this.application.total ?? '');
    return Number.isFinite(total) && total > 0 && !this.form.agreementDate && !this.agreementDate;
  }

  private get values() {
    if (this.planning) {
      const agreementDate = this.form.planDate || this.application.decisionDate || this.effectiveDate;
      return {
        agreementDate,
        baseline: this.form.baseline || this.baselineRevenue || '',
        stateAmount: this.form.stateAmount || this.stateAmount || this.application.total || '',
        // nothing is earned yet: the plan is read on the day of the assumed agreement
        asOf: agreementDate,
      };
    }
    return {
      agreementDate: this.form.agreementDate || this.agreementDate || '',
      baseline: this.form.baseline || this.baselineRevenue || '',
      stateAmount: this.form.stateAmount || this.stateAmount || '',
      asOf: this.form.asOf || this.asOf || this.effectiveDate,
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('revenue') && Array.isArray(this.revenue)) {
      const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
      this.form = { ...this.form, revenue: this.revenue.filter((r) => r && typeof r === 'object').map((r) => ({ from: text(r.from), to: text(r.to), amount: text(r.amount) })) };
    }
    super.willUpdate(changed);
    this.computed = undefined;
    this.issues = [];
    const v = this.values;
    if (this.planning && !v.baseline) return; // the plan asks N first
    if (!v.agreementDate && !v.baseline && !v.stateAmount) {
      // Nothing to track yet, but a date the page set wrong is said at once.
      if (!this.form.asOf) this.issues = pageDateIssues(v.asOf);
      return;
    }
    const lang = this.effectiveLang;
    const input: ObligationInput = {
      agreementDate: readDate(v.agreementDate),
      baselineRevenue: readAmount(v.baseline, lang),
      stateAmount: readAmount(v.stateAmount, lang),
      asOf: readDate(v.asOf),
      revenue: this.planning ? [] : this.form.revenue.filter((r) => r.from || r.to || r.amount.trim()).map((r) => ({ from: readDate(r.from), to: readDate(r.to), amount: readAmount(r.amount, lang) })),
    };
    ({ value: this.computed, issues: this.issues } = this.attempt(() => trackObligation(input)));
  }

  /** There is a result (task x-errors: errors shown from then on). */
  protected override formComplete(): boolean {
    return !!this.computed;
  }

  /** The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none. */
  override get result(): ObligationResult | undefined {
    return this.computed;
  }


  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
  }

  private patch(p: Partial<TrackerInputs>) {
    this.form = { ...this.form, ...p };
    this.saveDraft();
  }

  private setRow(i: number, p: Partial<RevenueRow>) {
    this.patch({ revenue: this.form.revenue.map((r, j) => (j === i ? { ...r, ...p } : r)) });
  }

  /** A new revenue period (the quarter after the last); the focus goes to its first field. */
  private addRow(agreementDate: string) {
    const n = this.form.revenue.length;
    this.patch({ revenue: [...this.form.revenue, nextQuarter(this.form.revenue, agreementDate)] });
    void focusAfterUpdate(this, byId(`${this.uid}-r${n}-from`));
  }

  /** Removes period `i`; the focus goes to the previous period's first field (the next one's for the first), else to "Add". */
  private removeRow(i: number) {
    this.patch({ revenue: this.form.revenue.filter((_, j) => j !== i) });
    void focusAfterUpdate(this, byId(`${this.uid}-r${Math.max(i - 1, 0)}-from`), byId(`${this.uid}-add-row`));
  }

  /** Whether the visitor has entered anything an import of a saved record would replace. */
  private get filled(): boolean {
    const f = this.form;
    return !!(f.agreementDate || f.baseline.trim() || f.stateAmount.trim() || f.asOf || f.revenue.some((r) => r.from || r.to || r.amount.trim()));
  }

  /**
   * A saved record replaces the form (asked first when something is entered); a file of another widget, or more
   * revenue rows than the SDK takes, is refused at once, before anything is parsed further or rendered.
   */
  private importText(text: string) {
    const t = this.t.tracker;
    const lost = this.t.lost;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      /* not JSON: read it as CSV */
    }
    if (data && typeof data === 'object') {
      const d = data as { v?: unknown; tag?: unknown; inputs?: unknown };
      if (typeof d.tag === 'string' && d.tag !== this.localName) {
        this.pasteNote = lost.wrongWidget;
        return;
      }
      const inputs = d.inputs && typeof d.inputs === 'object' && !Array.isArray(d.inputs) ? (d.inputs as Record<string, unknown>) : undefined;
      if (d.v !== FILE_VERSION || !inputs || !['agreementDate', 'baseline', 'stateAmount', 'asOf', 'revenue'].some((k) => k in inputs)) {
        this.pasteNote = lost.notOurFile;
        return;
      }
      if (Array.isArray(inputs['revenue']) && inputs['revenue'].length > MAX_REVENUE_PERIODS) {
        this.pasteNote = lost.tooManyRows(MAX_REVENUE_PERIODS);
        return;
      }
      const apply = () => {
        this.inputs = inputs;
        this.dropUndo();
        this.saveDraft();
        this.pasteNote = t.imported;
      };
      if (this.filled) {
        this.pasteNote = '';
        this.ask('import', lost.importAsk, lost.importYes, apply);
      } else apply();
      return;
    }
    // count the lines before splitting them: a file far over the limit is refused at once
    const kept = this.form.revenue.filter((r) => r.from || r.amount).length;
    if (this.farOverLimit(text)) {
      this.pasteNote = lost.tooManyRows(MAX_REVENUE_PERIODS);
      return;
    }
    const { rows, badLines } = parseRevenueCsv(text);
    if (kept + rows.length > MAX_REVENUE_PERIODS) {
      this.pasteNote = lost.tooManyRows(MAX_REVENUE_PERIODS);
      return;
    }
    if (rows.length) this.patch({ revenue: [...this.form.revenue.filter((r) => r.from || r.amount), ...rows] });
    this.pasteNote = badLines.length ? t.badLines(badLines.join(', ')) : t.addedRows(rows.length);
  }

  /**
   * Whether text has more lines than the rows the SDK takes with those already kept (a header and a last newline are
   * not rows; the exact count is checked once the rows are read). Stops counting at the limit.
   */
  private farOverLimit(text: string): boolean {
    const kept = this.form.revenue.filter((r) => r.from || r.amount).length;
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1 && lines <= MAX_REVENUE_PERIODS + 2; i = text.indexOf('\n', i + 1)) lines++;
    return kept + lines > MAX_REVENUE_PERIODS + 2;
  }

  private async onFile(e: Event) {
    // Taken before the await: once the event is dispatched, its target (inside the shadow root) reads null.
    const picker = e.target as HTMLInputElement;
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    // a big CSV file far over the limit is refused from its first 256 KB, without reading the rest (a JSON record is
    // one line, and is read whole)
    const head = file.size > HEAD_BYTES ? await file.slice(0, HEAD_BYTES).text() : undefined;
    if (head !== undefined && !head.trimStart().startsWith('{') && this.farOverLimit(head)) {
      this.pasteNote = this.t.lost.tooManyRows(MAX_REVENUE_PERIODS);
      return;
    }
    this.importText(await file.text());
  }

  /** An issue with a value the page set in an attribute (or the application date), not one the visitor typed. */
  private pageIssue(): InputIssue | undefined {
    const f = this.form;
    const fromPage: Record<string, boolean> = {
      agreementDate: !f.agreementDate && !!this.agreementDate,
      baselineRevenue: !f.baseline && !!this.baselineRevenue,
      stateAmount: !f.stateAmount && !!this.stateAmount,
    };
    return this.issues.find((i) => i.path.length === 1 && (fromPage[String(i.path[0])] || (i.path[0] === 'asOf' && !f.asOf && i.code === 'date')));
  }

  private exportFile() {
    const blob = new Blob([JSON.stringify({ v: FILE_VERSION, tag: this.localName, inputs: this.form }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `qi-obligation-${this.values.agreementDate || 'draft'}.json`;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const byPath = issuesByPath(this.issues);
    const v = this.values;
    const u = this.uid;
    const field = (id: string, label: string, value: string, path: string, onInput: (x: string) => void, type = 'text', hint?: string) => {
      const issue = this.fieldIssue(id, byPath.get(path), { kind: type === 'date' ? 'date' : 'amount', value });
      return html`<div class="field">
      <label for=${id}>${label}${hint ? html` <span class="hint">${hint}</span>` : nothing}</label>
      <input id=${id} type=${type} inputmode=${type === 'date' ? 'numeric' : 'decimal'} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`} @input=${(e: Event) => { const f = e.target as HTMLInputElement; if (!halfTyped(f)) onInput(f.value); }} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
    };
    const attrError = this.pageIssue();
    if (this.planning) return this.renderPlan(field, attrError);
    return html`
      <h2>${t.tracker.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      ${this.renderErrorSummary()}
      ${this.renderNeeded()}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        <div class="row">
          ${field(`${u}-ad`, t.tracker.agreementDate, v.agreementDate, 'agreementDate', (x) => this.patch({ agreementDate: x }), 'date')}
          ${field(`${u}-n`, this.label('baselineRevenue', t.tracker.baseline), v.baseline, 'baselineRevenue', (x) => this.patch({ baseline: x }), 'text')}
          ${field(`${u}-q`, t.tracker.stateAmount, v.stateAmount, 'stateAmount', (x) => this.patch({ stateAmount: x }))}
          ${field(`${u}-asof`, t.tracker.asOf, v.asOf, 'asOf', (x) => this.patch({ asOf: x }), 'date')}
        </div>
        <fieldset>
          <legend>${t.describeTask.revenueTerm(this.description().term.years)}</legend>
          <table>
            <thead><tr><th scope="col">${t.tracker.from}</th><th scope="col">${t.tracker.to}</th><th scope="col">${t.tracker.amount}</th><th scope="col"><span class="visually-hidden">${t.tracker.remove}</span></th></tr></thead>
            <tbody>
              ${this.form.revenue.map((r, i) => {
                const p = `${u}-r${i}`;
                const cell = (f: keyof RevenueRow, type: string, label: string) => {
                  const issue = this.fieldIssue(`${p}-${f}`, byPath.get(`revenue.${i}.${f}`), { kind: type === 'date' ? 'date' : 'amount', value: r[f] });
                  return html`<td><input id=${`${p}-${f}`} type=${type} inputmode=${type === 'date' ? 'numeric' : 'decimal'} aria-label=${label} .value=${r[f]} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${p}-${f}-err`}
                    @input=${(e: Event) => { const x = e.target as HTMLInputElement; if (!halfTyped(x)) this.setRow(i, { [f]: x.value }); }} />${fieldError(`${p}-${f}-err`, issue, lang)}</td>`;
                };
                return html`<tr>
                  ${cell('from', 'date', t.tracker.rowLabel(i + 1, t.tracker.from))}${cell('to', 'date', t.tracker.rowLabel(i + 1, t.tracker.to))}${cell('amount', 'text', t.tracker.rowLabel(i + 1, t.tracker.amount))}
                  <td><button type="button" aria-label=${t.tracker.removeRow(i + 1)} @click=${() => this.removeRow(i)}>×</button></td>
                </tr>`;
              })}
            </tbody>
          </table>
          <div class="actions no-print">
            <button type="button" id=${`${u}-add-row`} @click=${() => this.addRow(v.agreementDate)}>${t.tracker.addQuarter}</button>
          </div>
        </fieldset>
        <details class="no-print">
          <summary>${t.tracker.pasteOrImport}</summary>
          <label for=${`${u}-paste`}>${t.tracker.pasteLabel}</label>
           <textarea id=${`${u}-paste`} rows="4" class="full" placeholder="2026-Q2;150000000&#10;2026-07-01;2026-09-30;160000000"></textarea>
          <div class="actions">
            <button type="button" @click=${() => { const ta = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${u}-paste`)!; this.importText(ta.value); ta.value = ''; }}>${t.tracker.addPasted}</button>
            <label class="hint choice">${t.tracker.importFile} <input type="file" accept=".csv,.txt,.json,text/csv,application/json" @change=${(e: Event) => this.onFile(e)} /></label>
            <button type="button" @click=${() => this.exportFile()}>${t.tracker.exportFile}</button>
          </div>
          <p role="status" class="hint">${this.pasteNote}</p>
          ${this.renderQuestion('import')}
        </details>
      </form>
      <div part="result" aria-live="polite">${this.computed ? this.renderResult(this.computed) : nothing}</div>
    `;
  }

  /** "I have the agreement": the plan becomes the tracker; the focus goes to the agreement date (the button is gone). */
  private haveAgreement(date: string) {
    this.patch({ agreementDate: date });
    void focusAfterUpdate(this, byId(`${this.uid}-ad`));
  }

  /** Item 7: the plan before the agreement, clearly labelled; the revenue table waits for the agreement. */
  private renderPlan(field: (id: string, label: string, value: string, path: string, onInput: (x: string) => void, type?: string, hint?: string) => TemplateResult, attrError: InputIssue | undefined): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const v = this.values;
    const u = this.uid;
    const qFromEstimate = !this.form.stateAmount && !this.stateAmount && !!this.application.total;
    return html`
      <h2>${t.tracker.title}</h2>
      <p part="plan" class="notice" role="note"><strong>${t.journey.planTitle}.</strong> ${t.journey.planNotice(/^\d{4}-\d{2}-\d{2}$/.test(v.agreementDate) ? formatDate(v.agreementDate, lang) : v.agreementDate)}</p>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      ${this.renderNeeded()}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        <div class="row">
          ${field(`${u}-pd`, t.journey.planDate, v.agreementDate, 'agreementDate', (x) => this.patch({ planDate: x }), 'date')}
          ${field(`${u}-n`, this.label('baselineRevenue', t.tracker.baseline), v.baseline, 'baselineRevenue', (x) => this.patch({ baseline: x }), 'text')}
          ${field(`${u}-q`, t.tracker.stateAmount, v.stateAmount, 'stateAmount', (x) => this.patch({ stateAmount: x }), 'text', qFromEstimate ? t.journey.planFromEstimate : undefined)}
        </div>
        ${this.plan ? nothing : html`<div class="actions no-print"><button type="button" @click=${() => this.haveAgreement(v.agreementDate)}>${t.journey.haveAgreement}</button></div>`}
      </form>
      <div part="result" aria-live="polite">${this.computed ? this.renderResult(this.computed) : html`<p class="hint">${t.journey.planNeedsBaseline}</p>`}</div>
    `;
  }

  /**
   * What to have at hand (task "What to have at hand"): the inputs `describeObligation` lists (the agreement date, N,
   * Q, the revenue by period); the as-of date is the widget's own (today unless changed).
   */
  private renderNeeded(): TemplateResult {
    return this.renderBeforeStart(atHand(this.description().fields, this.effectiveLang, { skip: ['asOf'] }));
  }

  private renderResult(r: ObligationResult): TemplateResult {
    const t = this.t.tracker;
    const lang = this.effectiveLang;
    const target = Number(r.target);
    const share = target > 0 ? Math.min(Number(r.achieved) / target, 1) : 0;
    return html`
      <h3>${status(r.status, t.statuses[r.status])} ${t.target}: ${tenge(r.target, lang)}</h3>
      <p>${sentence(r.message, r.citations.target, lang)}</p>
      <div part="progress" role="progressbar" aria-label=${t.progress} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(share * 100)}
        aria-valuetext=${`${formatTenge(r.achieved, lang)} / ${formatTenge(r.target, lang)}`}
        class="progress">
        <div ${ref((bar) => bar instanceof HTMLElement && bar.style.setProperty('width', `${(share * 100).toFixed(1)}%`))}></div>
      </div>
      ${this.renderChart(r)}
      <table part="checkpoints" class="stack">
        <caption class="left">${this.t.describeTask.checkpoints(this.description().term.checkpointMonths)}</caption>
        <thead><tr><th scope="col">${t.date}</th><th scope="col" class="num">${t.required}</th><th scope="col" class="num">${t.achieved}</th><th scope="col">${t.status}</th></tr></thead>
        <tbody>
          ${r.checkpoints.map((c) => html`<tr><td>${formatDate(c.date, lang)}</td><td class="num" data-label=${t.required}>${tenge(c.required, lang)}</td><td class="num" data-label=${t.achieved}>${c.status === 'pending' ? '—' : tenge(c.achieved, lang)}</td><td data-label=${t.status}>${status(c.status, t.checkpointStatuses[c.status])}</td></tr>`)}
        </tbody>
      </table>
      <p>${t.refund}: ${tenge(r.refund.amount, lang)} ${r.refund.final ? nothing : html`<span class="hint">(${t.refundIfNow})</span>`} ${citation(r.refund.citation, lang)}</p>
      ${r.messages.map((m) => html`<p class="hint">${formatMessage(m, lang)}</p>`)}
      <details><summary>${this.t.common.interpretations}</summary>
        <ul>${r.interpretations.map((i) => html`<li>${interpretationText(r.edition.id, i.id, lang)}</li>`)}</ul>
      </details>
    `;
  }

  /** The SDK's description of the tracker's questions and the agreement's term, for the agreement date typed. */
  private description(): ObligationDescription {
    const date = this.form.agreementDate || this.agreementDate || '';
    if (this.described?.date !== date) {
      let value: ObligationDescription;
      try {
        value = describeObligation(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { agreementDate: date } : {});
      } catch {
        value = describeObligation({});
      }
      this.described = { date, value };
    }
    return this.described.value;
  }

  private described?: { date: string; value: ObligationDescription };

  /** A field's label from the SDK's description, else the widget's own words. */
  private label(id: string, fallback: string): string {
    const f = this.description().fields.find((x) => x.id === id);
    return f ? formatMessage(f.message, this.effectiveLang) : fallback;
  }

  /** Cumulative revenue at the checkpoints and now, against the pace line; the table above is its text form. */
  private renderChart(r: ObligationResult): TemplateResult {
    const t = this.t.tracker;
    const lang = this.effectiveLang;
    const W = 320;
    const H = 160;
    const pad = 28;
    const months = r.checkpoints.at(-1)?.months ?? this.description().term.years * 12;
    const max = Math.max(Number(r.target), Number(r.achieved), 1);
    const x = (m: number) => pad + ((W - pad * 2) * m) / months;
    const y = (v: number) => H - pad - ((H - pad * 2) * v) / max;
    const points = [[0, 0], ...r.checkpoints.filter((c) => c.status !== 'pending').map((c) => [c.months, Number(c.achieved)]), [r.pace.months, Number(r.achieved)]];
    const titleId = `${this.uid}-chart-t`;
    return html`<svg part="chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby=${titleId} class="chart">
      <title id=${titleId}>${t.chartTitle(formatTenge(r.achieved, lang), formatTenge(r.target, lang), formatDate(r.deadline, lang))}</title>
      ${svg`<line x1=${x(0)} y1=${y(0)} x2=${x(months)} y2=${y(0)} stroke="currentColor" stroke-width="1" />
        <line x1=${x(0)} y1=${y(0)} x2=${x(months)} y2=${y(Number(r.target))} stroke="var(--_qi-muted)" stroke-dasharray="4 3" stroke-width="1.5" />
        ${r.checkpoints.map((c) => svg`<line x1=${x(c.months)} y1=${y(0) + 3} x2=${x(c.months)} y2=${y(0) - 3} stroke="currentColor" /><text x=${x(c.months)} y=${H - 8} font-size="9" text-anchor="middle" fill="currentColor">${c.months}</text>`)}
        <polyline points=${points.map(([m, v]) => `${x(m!)},${y(v!)}`).join(' ')} fill="none" stroke="var(--_qi-accent)" stroke-width="2.5" />
        ${points.slice(1).map(([m, v]) => svg`<circle cx=${x(m!)} cy=${y(v!)} r="3" fill="var(--_qi-accent)" />`)}`}
    </svg>
    <p class="hint"><span aria-hidden="true">— </span>${t.legendRevenue} · <span aria-hidden="true">- - </span>${t.legendPace}</p>`;
  }
}

/** The SDK's issue with an as-of date alone (checked with an otherwise valid agreement). */
function pageDateIssues(asOf: string): readonly InputIssue[] {
  try {
    trackObligation({ agreementDate: '2000-01-01', baselineRevenue: '0', stateAmount: '1', asOf, revenue: [] });
  } catch (e) {
    if (!isInputError(e)) return [];
    return e.issues.filter((i) => i.path[0] === 'asOf' && (i.code === 'date' || i.code === 'date-range'));
  }
  return [];
}

/** The quarter after the last row (or the agreement's quarter): what a company adds every three months. */
function nextQuarter(rows: readonly RevenueRow[], agreementDate: string): RevenueRow {
  const last = rows.at(-1)?.to || '';
  const base = /^\d{4}-\d{2}-\d{2}$/.test(last) ? last : /^\d{4}-\d{2}-\d{2}$/.test(agreementDate) ? agreementDate : '';
  if (!base) return { from: '', to: '', amount: '' };
  let y = Number(base.slice(0, 4));
  let q = Math.floor((Number(base.slice(5, 7)) - 1) / 3);
  if (last) q += 1;
  if (q > 3) {
    q = 0;
    y += 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const endDay = [31, 30, 30, 31][q]!;
  return { from: `${y}-${pad(q * 3 + 1)}-01`, to: `${y}-${pad(q * 3 + 3)}-${endDay}`, amount: '' };
}
