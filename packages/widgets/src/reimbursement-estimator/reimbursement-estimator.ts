import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  COST_TYPE_NAMES_OF,
  editionFor,
  estimateReimbursement,
  format,
  formatDate,
  formatMessage,
  isInputError,
  MEASURE_NAMES_OF,
  MEASURES,
  type CostLine,
  type CostType,
  type EstimateInput,
  type EstimateResult,
  type InputIssue,
  type Measure,
  interpretationText,
  editionTitle,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { citation, sentence, status, tenge } from '../shared/render.js';
import { fieldError, issuesByPath } from '../shared/fields.js';
import { copyText, printOpen } from '../shared/clipboard.js';
import { normalizeAmount } from '../shared/fields.js';

interface PaymentDraft {
  date: string;
  amount: string;
  rate: string;
}
interface LineDraft {
  key: number;
  costType: string;
  amount: string;
  currency: string;
  rate: string;
  date: string;
  payments: PaymentDraft[];
  /** Training / accommodation: the kind of course and the stay (p.20: 1 or 3 months of accommodation). */
  courseKind?: string;
  from?: string;
  to?: string;
  /** Digital equipment: which device (the list of p.12 is exhaustive). */
  equipmentKind?: string;
  /** Technological equipment: what it is used for (p.5 sub-item 8). */
  equipmentCategory?: string;
}
interface EstimatorInputs {
  measure: string;
  lines: LineDraft[];
  alreadyReceived: string;
}

const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY', 'GBP', 'CHF', 'JPY', 'KRW', 'TRY', 'UZS', 'KGS', 'BYN', 'AED'];
const EQUIPMENT = new Set(['tech-equipment', 'digital-equipment']);
let lineKeys = 0;


function blankLine(costType: string): LineDraft {
  return { key: ++lineKeys, costType, amount: '', currency: 'KZT', rate: '', date: '', payments: [{ date: '', amount: '', rate: '' }] };
}

/**
 * Estimates the reimbursement of a measure's costs, live, line by line: what is included, what is excluded and
 * why, where a yearly cap bites, and the total; prints or copies the full calculation with every reason, citation,
 * the edition and the date it was computed for.
 * @tag qi-reimbursement-estimator
 * @summary Reimbursement estimator (Rules No. 308, p. 14, 14-1, 17, 19, 20).
 * @fires {QiChangeEvent} qi-change - after each recalculation; `detail` is the SDK's EstimateResult.
 * @fires {QiInputErrorEvent} qi-input-error - when a field cannot be read; `detail.issues` are the SDK's issues.
 * @csspart base - The widget's box.
 * @csspart form - The cost lines.
 * @csspart line - One cost line of the form.
 * @csspart result - The estimate.
 * @csspart total - The total.
 * @csspart breakdown - The line-by-line table.
 * @csspart caps - The yearly caps.
 * @csspart status - A status badge.
 * @csspart citation - A reference to a paragraph of the Rules.
 * @csspart share - The share-link controls.
 * @cssprop --qi-accent - Accent colour (buttons, focus ring, total).
 * @cssprop --qi-color-text - Text colour.
 * @cssprop --qi-color-bg - Background colour.
 * @cssprop --qi-color-surface - Background of notices and buttons.
 * @cssprop --qi-color-border - Borders.
 * @cssprop --qi-color-pass - Colour of "included".
 * @cssprop --qi-color-fail - Colour of "excluded" and of errors.
 * @cssprop --qi-font - Font family.
 * @cssprop --qi-radius - Corner radius.
 * @cssprop --qi-space - Base spacing.
 */
export class QiReimbursementEstimator extends QiElement {
  /** The measure: `competence`, `digital`, `process`, `organization`; the visitor chooses when absent. */
  @property() measure?: string;

  /**
   * Prefilled cost lines, in the SDK's shape (`CostLine[]`: `costType`, `amount`, `currency`, `rate`, `date`,
   * `payments`). Property only; the visitor can change every line.
   */
  @property({ attribute: false }) costs?: readonly CostLine[];
  /** Prefilled: what was already received this year under the measure, KZT. */
  @property({ attribute: 'already-received' }) alreadyReceived?: string;

  @state() private form: EstimatorInputs = { measure: '', lines: [], alreadyReceived: '' };
  @state() private result?: EstimateResult;
  @state() private issues: readonly InputIssue[] = [];
  @state() private copied = false;
  /** Maps the SDK's cost index to the form's line. */
  private sdkToLine: number[] = [];

  protected get inputs(): EstimatorInputs {
    return this.form;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object') return;
    const f = v as Partial<EstimatorInputs>;
    // A draft or a link may hold anything: take strings only, so that no field holds a value the form cannot read.
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    const lines = Array.isArray(f.lines)
      ? f.lines.filter((l) => l && typeof l === 'object').map((l) => ({
          key: ++lineKeys,
          costType: str(l.costType),
          amount: str(l.amount),
          currency: str(l.currency) || 'KZT',
          rate: str(l.rate),
          date: str(l.date),
          payments: Array.isArray(l.payments) && l.payments.length ? l.payments.map((p) => ({ date: str(p?.date), amount: str(p?.amount), rate: str(p?.rate) })) : [{ date: '', amount: '', rate: '' }],
          courseKind: str(l.courseKind),
          from: str(l.from),
          to: str(l.to),
          equipmentKind: str(l.equipmentKind),
          equipmentCategory: str(l.equipmentCategory),
        }))
      : [];
    this.form = { measure: typeof f.measure === 'string' ? f.measure : '', lines, alreadyReceived: typeof f.alreadyReceived === 'string' ? f.alreadyReceived : '' };
  }

  protected override get editionId() {
    return this.result?.edition.id;
  }

  private get chosenMeasure(): string {
    return this.form.measure || this.measure || '';
  }

  private costTypes(): readonly CostType[] {
    try {
      return editionFor(this.effectiveDate).measures[this.chosenMeasure as Measure]?.costTypes ?? [];
    } catch {
      return [];
    }
  }

  /** The SDK input the form stands for; wholly blank lines are left out until the visitor types in them. */
  sdkInput(): EstimateInput {
    const costs: CostLine[] = [];
    this.sdkToLine = [];
    this.form.lines.forEach((l, i) => {
      const equipment = EQUIPMENT.has(l.costType);
      const payments = l.payments.filter((p) => p.date || p.amount.trim());
      if (equipment ? payments.length === 0 : !l.amount.trim() && !l.date) return;
      const line: Record<string, unknown> = { costType: l.costType };
      if (l.currency && l.currency !== 'KZT') line['currency'] = l.currency;
      if (equipment) {
        line['payments'] = payments.map((p) => ({ date: p.date, amount: normalizeAmount(p.amount), ...(l.currency !== 'KZT' && p.rate.trim() ? { rate: normalizeAmount(p.rate) } : {}) }));
      } else {
        line['amount'] = normalizeAmount(l.amount);
        if (l.date) line['date'] = l.date;
        if (l.currency !== 'KZT' && l.rate.trim()) line['rate'] = normalizeAmount(l.rate);
      }
      if (l.courseKind) line['courseKind'] = l.courseKind;
      if (l.from || l.to) line['period'] = { from: l.from ?? '', to: l.to ?? '' };
      if (l.equipmentKind) line['equipmentKind'] = l.equipmentKind;
      if (l.equipmentCategory) line['equipmentCategory'] = l.equipmentCategory;
      costs.push(line as unknown as CostLine);
      this.sdkToLine.push(i);
    });
    const input: EstimateInput = { applicationDate: this.effectiveDate, measure: this.chosenMeasure as Measure, costs };
    if (this.form.alreadyReceived.trim()) input.alreadyReceived = [{ amount: normalizeAmount(this.form.alreadyReceived) }];
    return input;
  }

  /** The SDK's cost lines as the form's lines (what a page prefills). */
  private linesFrom(costs: readonly CostLine[]): LineDraft[] {
    const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    return costs
      .filter((c) => c && typeof c === 'object')
      .map((c) => ({
        ...blankLine(text(c.costType)),
        amount: text(c.amount),
        currency: text(c.currency) || 'KZT',
        rate: text(c.rate),
        date: text(c.date),
        payments: Array.isArray(c.payments) && c.payments.length
          ? c.payments.map((p) => ({ date: text(p?.date), amount: text(p?.amount), rate: text(p?.rate) }))
          : EQUIPMENT.has(String(c.costType)) && c.amount !== undefined
            ? [{ date: text(c.date), amount: text(c.amount), rate: text(c.rate) }]
            : [{ date: '', amount: '', rate: '' }],
        courseKind: text(c.courseKind),
        from: text(c.period?.from),
        to: text(c.period?.to),
        equipmentKind: text(c.equipmentKind),
        equipmentCategory: text(c.equipmentCategory),
      }));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('costs') && Array.isArray(this.costs)) this.form = { ...this.form, lines: this.linesFrom(this.costs) };
    if (changed.has('alreadyReceived') && typeof this.alreadyReceived === 'string') this.form = { ...this.form, alreadyReceived: this.alreadyReceived };
    super.willUpdate(changed);
    if (this.chosenMeasure && this.form.lines.length === 0 && (MEASURES as readonly string[]).includes(this.chosenMeasure)) {
      const first = this.costTypes()[0];
      if (first) this.form = { ...this.form, lines: [blankLine(first)] };
    }
    this.result = undefined;
    this.issues = [];
    if (!this.chosenMeasure) {
      // No measure yet, but a date the page set wrong is said at once, not after the visitor chose a measure.
      this.issues = this.applicationDateIssues();
      return;
    }
    ({ value: this.result, issues: this.issues } = this.attempt(() => estimateReimbursement(this.sdkInput())));
  }

  /** The SDK's issues with the application date alone. */
  private applicationDateIssues(): readonly InputIssue[] {
    try {
      estimateReimbursement({ applicationDate: this.effectiveDate, measure: MEASURES[0], costs: [] });
      return [];
    } catch (e) {
      if (!isInputError(e)) return [];
      return e.issues.filter((i) => i.path[0] === 'applicationDate');
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('form') || changed.has('measure') || changed.has('applicationDate')) {
      if (this.result) this.emitChange(this.result);
      else if (this.issues.length) this.emitInputError(this.issues);
    }
  }

  private update_(fn: (f: EstimatorInputs) => EstimatorInputs) {
    this.form = fn(this.form);
    this.copied = false;
    this.saveDraft();
  }

  private setLine(i: number, patch: Partial<LineDraft>) {
    this.update_((f) => ({ ...f, lines: f.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
    if (patch.currency || patch.date !== undefined) void this.fetchRate(i);
  }

  private async fetchRate(i: number) {
    const provider = this.settings?.rateProvider;
    const l = this.form.lines[i];
    if (!provider || !l || l.currency === 'KZT' || !l.date || l.rate) return;
    try {
      const rate = await provider(l.currency, l.date);
      if (rate && this.form.lines[i]?.key === l.key && !this.form.lines[i]!.rate) this.setLine(i, { rate });
    } catch {
      /* the visitor types the rate */
    }
  }

  /** Errors by the form's own paths: `lines.<i>.<field>`. */
  private formIssues(): Map<string, InputIssue> {
    const mapped = this.issues.map((issue) => {
      if (issue.path[0] === 'costs' && typeof issue.path[1] === 'number') {
        return { ...issue, path: ['lines', this.sdkToLine[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] };
      }
      return issue;
    });
    return issuesByPath(mapped);
  }

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const byPath = this.formIssues();
    const measureValid = (MEASURES as readonly string[]).includes(this.chosenMeasure);
    const attrError = byPath.get('applicationDate') ?? (this.measure && !(MEASURES as readonly string[]).includes(this.measure) ? byPath.get('measure') : undefined);
    const types = this.costTypes();
    const id = `${this.uid}-measure`;
    return html`
      <h2>${t.estimator.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${this.measure && measureValid
          ? nothing
          : html`<div class="field">
              <label for=${id}>${t.common.measure}</label>
              <select id=${id} aria-describedby=${`${id}-err`} @change=${(e: Event) => this.update_((f) => ({ ...f, measure: (e.target as HTMLSelectElement).value, lines: [] }))}>
                <option value="">${t.common.chooseMeasure}</option>
                ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.chosenMeasure}>${MEASURE_NAMES_OF(lang)[m]}</option>`)}
              </select>
              ${fieldError(`${id}-err`, byPath.get('measure'), lang)}
            </div>`}
        ${measureValid ? html`${this.form.lines.map((l, i) => this.renderLine(l, i, types, byPath))}
          <div class="actions no-print">
            <button type="button" @click=${() => this.update_((f) => ({ ...f, lines: [...f.lines, blankLine(types[0] ?? '')] }))}>${t.estimator.addLine}</button>
          </div>
          <div class="field mt">
            <label for=${`${this.uid}-received`}>${t.estimator.alreadyReceived} <span class="hint">${t.estimator.alreadyReceivedHint}</span></label>
            <input id=${`${this.uid}-received`} inputmode="decimal" .value=${this.form.alreadyReceived} aria-invalid=${byPath.has('alreadyReceived.0.amount') ? 'true' : 'false'} aria-describedby=${`${this.uid}-received-err`}
              @input=${(e: Event) => this.update_((f) => ({ ...f, alreadyReceived: (e.target as HTMLInputElement).value }))} />
            ${fieldError(`${this.uid}-received-err`, byPath.get('alreadyReceived.0.amount'), lang)}
          </div>` : nothing}
      </form>
      <div part="result" aria-live="polite" aria-atomic="false">${this.renderResult(byPath)}</div>
    `;
  }

  private renderLine(l: LineDraft, i: number, types: readonly CostType[], byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t.estimator;
    const lang = this.effectiveLang;
    const p = `${this.uid}-l${l.key}`;
    const at = (field: string) => byPath.get(`lines.${i}.${field}`);
    const equipment = EQUIPMENT.has(l.costType);
    const input = (id: string, label: string, value: string, issue: InputIssue | undefined, onInput: (v: string) => void, type = 'text', mode = 'decimal') => html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} inputmode=${mode} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
    return html`<fieldset part="line" class="notice line">
      <legend>${t.line(i + 1)}</legend>
      <div class="row">
        <div class="field">
          <label for=${`${p}-type`}>${t.costType}</label>
          <select id=${`${p}-type`} aria-describedby=${`${p}-type-err`} @change=${(e: Event) => this.setLine(i, { costType: (e.target as HTMLSelectElement).value })}>
            ${types.map((ct) => html`<option value=${ct} ?selected=${ct === l.costType}>${COST_TYPE_NAMES_OF(lang)[ct]}</option>`)}
          </select>
          ${fieldError(`${p}-type-err`, at('costType'), lang)}
        </div>
        <div class="field">
          <label for=${`${p}-cur`}>${t.currency}</label>
          <select id=${`${p}-cur`} @change=${(e: Event) => this.setLine(i, { currency: (e.target as HTMLSelectElement).value })}>
            ${CURRENCIES.map((c) => html`<option ?selected=${c === l.currency}>${c}</option>`)}
          </select>
        </div>
      </div>
      ${equipment
        ? html`${l.payments.map((pay, j) => html`<div class="row">
              ${input(`${p}-p${j}-date`, t.paymentDate(j + 1), pay.date, at(`payments.${j}.date`), (v) => this.setPayment(i, j, { date: v }), 'date', 'numeric')}
              ${input(`${p}-p${j}-amount`, t.paymentAmount(j + 1, l.currency), pay.amount, at(`payments.${j}.amount`) ?? (j === 0 ? at('amount') ?? at('date') : undefined), (v) => this.setPayment(i, j, { amount: v }))}
              ${l.currency !== 'KZT' ? input(`${p}-p${j}-rate`, t.rate(l.currency), pay.rate, at(`payments.${j}.rate`), (v) => this.setPayment(i, j, { rate: v })) : nothing}
              ${l.payments.length > 1 ? html`<button type="button" class="no-print" @click=${() => this.setLine(i, { payments: l.payments.filter((_, k) => k !== j) })}>${t.removePayment}</button>` : nothing}
            </div>`)}
            ${fieldError(`${p}-payments-err`, at('payments'), lang)}
            <button type="button" class="no-print" @click=${() => this.setLine(i, { payments: [...l.payments, { date: '', amount: '', rate: '' }] })}>${t.addPayment}</button>`
        : html`<div class="row">
            ${input(`${p}-amount`, t.amount(l.currency), l.amount, at('amount'), (v) => this.setLine(i, { amount: v }))}
            ${l.costType === 'per-diem' ? nothing : input(`${p}-date`, t.actDate, l.date, at('date'), (v) => this.setLine(i, { date: v }), 'date', 'numeric')}
            ${l.currency !== 'KZT' ? input(`${p}-rate`, t.rate(l.currency), l.rate, at('rate'), (v) => this.setLine(i, { rate: v })) : nothing}
          </div>`}
      ${this.renderDetails(l, i, at)}
      ${this.form.lines.length > 1
        ? html`<button type="button" class="no-print" @click=${() => this.update_((f) => ({ ...f, lines: f.lines.filter((_, k) => k !== i) }))}>${t.removeLine(i + 1)}</button>`
        : nothing}
    </fieldset>`;
  }

  /** What the law asks about some cost types: the course and the stay, the device, the equipment's use. */
  private renderDetails(l: LineDraft, i: number, at: (field: string) => InputIssue | undefined): TemplateResult | typeof nothing {
    const t = this.t.estimator;
    const lang = this.effectiveLang;
    const p = `${this.uid}-l${l.key}`;
    const select = (id: string, label: string, value: string | undefined, options: readonly (readonly [string, string])[], onChange: (v: string) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === (value ?? '')}>${text}</option>`)}
      </select>
    </div>`;
    const date = (id: string, label: string, value: string | undefined, issue: InputIssue | undefined, onInput: (v: string) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="date" .value=${value ?? ''} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
    if (l.costType === 'accommodation' || l.costType === 'training') {
      return html`<div class="row">
        ${select(`${p}-course`, t.courseKind, l.courseKind, [['', t.notSaid], ['professional-training', t.courseKinds.professional], ['retraining', t.courseKinds.retraining], ['qualification-upgrade', t.courseKinds.upgrade]], (v) => this.setLine(i, { courseKind: v }))}
        ${date(`${p}-from`, l.costType === 'accommodation' ? t.stayFrom : t.courseFrom, l.from, at('period.from'), (v) => this.setLine(i, { from: v }))}
        ${date(`${p}-to`, l.costType === 'accommodation' ? t.stayTo : t.courseTo, l.to, at('period.to'), (v) => this.setLine(i, { to: v }))}
      </div>`;
    }
    if (l.costType === 'digital-equipment') {
      return select(`${p}-kind`, t.device, l.equipmentKind, [['', t.notSaid], ['3d-scanner', t.devices.scanner], ['3d-printer', t.devices.printer], ['wide-format-plotter', t.devices.plotter], ['other', t.devices.other]], (v) => this.setLine(i, { equipmentKind: v }));
    }
    if (l.costType === 'tech-equipment') {
      return select(`${p}-use`, t.equipmentUse, l.equipmentCategory, [['', t.notSaid], ['production', t.uses.production], ['logistics', t.uses.logistics], ['refrigeration', t.uses.refrigeration], ['crane', t.uses.crane], ['vehicle', t.uses.vehicle], ['loader', t.uses.loader]], (v) => this.setLine(i, { equipmentCategory: v }));
    }
    return nothing;
  }

  private setPayment(i: number, j: number, patch: Partial<PaymentDraft>) {
    const l = this.form.lines[i]!;
    this.setLine(i, { payments: l.payments.map((p, k) => (k === j ? { ...p, ...patch } : p)) });
  }

  private renderResult(byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const r = this.result;
    if (!r) {
      return this.issues.length && this.chosenMeasure ? html`<p class="notice fail">${t.common.fixFields(byPath.size)}</p>` : html``;
    }
    return html`
      <p part="total" class="total"><strong>${t.estimator.total}: ${tenge(r.total, lang)}</strong></p>
      <table part="breakdown" class="stack">
        <caption class="visually-hidden">${t.estimator.breakdown}</caption>
        <thead><tr><th scope="col">${t.estimator.costType}</th><th scope="col" class="num">${t.estimator.amountKzt}</th><th scope="col">${t.estimator.status}</th><th scope="col" class="num">${t.estimator.reimbursable}</th></tr></thead>
        <tbody>
          ${r.lines.map(
            (l) => html`<tr>
                <td>${COST_TYPE_NAMES_OF(lang)[l.costType]}</td>
                <td class="num" data-label=${t.estimator.amountKzt}>${tenge(l.amount, lang)}</td>
                <td data-label=${t.estimator.status}>${status(l.status, t.estimator.statuses[l.status])}</td>
                <td class="num" data-label=${t.estimator.reimbursable}>${tenge(l.reimbursable, lang)}</td>
              </tr>
              <tr><td colspan="4" class="hint"><ul class="plain">${l.reasons.map((x) => html`<li>${sentence(x.message, x.citation, lang)}</li>`)}</ul></td></tr>`,
          )}
        </tbody>
      </table>
      <h3 class="mt">${t.estimator.caps}</h3>
      <ul class="plain spaced" part="caps">
        ${r.caps.map((c) => html`<li>${c.binding ? status('fail', t.estimator.capBites) : nothing} ${sentence(c.message, c.citation, lang)}</li>`)}
      </ul>
      ${r.notes.map((n) => html`<p class="notice">${formatMessage(n, lang)}</p>`)}
      <details><summary>${t.common.interpretations}</summary>
        <ul>${r.interpretations.map((i) => html`<li>${interpretationText(r.edition.id, i.id, lang)} ${citation(i.cite, lang)}</li>`)}</ul>
      </details>
      <p class="hint">${t.common.computedFor(formatDate(r.applicationDate, lang), editionTitle(r.edition.id, lang))}</p>
      <div class="actions no-print">
        <button type="button" @click=${() => printOpen(this.renderRoot)}>${t.common.print}</button>
        <button type="button" @click=${async () => { this.copied = await copyText(format(r, lang)); }}>${t.common.copy}</button>
        <span role="status">${this.copied ? t.common.copied : ''}</span>
      </div>
    `;
  }
}
