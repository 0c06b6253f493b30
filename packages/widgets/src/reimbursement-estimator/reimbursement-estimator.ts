import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  COST_TYPE_NAMES_OF,
  describeEstimate,
  estimateReimbursement,
  format,
  formatDate,
  formatMessage,
  isInputError,
  MEASURE_NAMES_OF,
  MEASURES,
  MAX_COST_LINES,
  type CostLine,
  type EstimateDescription,
  type EstimateInput,
  type EstimateResult,
  type FieldDescription,
  type InputIssue,
  type Lang,
  type Measure,
  type Message,
  type Reason,
  type Relevance,
  interpretationText,
  editionTitle,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { citation, sentence, status, tenge } from '../shared/render.js';
import { fieldError, issuesByPath, readAmount, readDate } from '../shared/fields.js';
import { copyText } from '../shared/clipboard.js';
import { atHand, mergeFields, type AtHand } from '../shared/at-hand.js';
import { printAlone, resultHead } from '../shared/print.js';
import { byId, focusAfterUpdate, halfTyped } from '../shared/keyboard.js';

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
  /**
   * The line's other answers, by the SDK's field id (`period.from`, `coursePeriod.to`, `courseKind`,
   * `equipmentKind`, …): which of them a line asks comes from `describeEstimate`.
   */
  details: Record<string, string>;
}
interface EstimatorInputs {
  measure: string;
  lines: LineDraft[];
  alreadyReceived: string;
  /**
   * The estimate's other described inputs, by the description's field id (`receiptDate`,
   * `interpretations.processCaps`), as typed.
   */
  extra?: Record<string, string>;
}

const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY', 'GBP', 'CHF', 'JPY', 'KRW', 'TRY', 'UZS', 'KGS', 'BYN', 'AED'];
/** The line fields the form lays out itself (type, currency, the amount with its date and rate, the payments); the rest are details. */
const OWN_FIELDS = new Set(['costType', 'currency', 'amount', 'date', 'rate', 'payments']);
/** Drafts and links made before the form followed the description named some details differently. */
const OLD_DETAIL_NAMES: Record<string, string> = { from: 'period.from', to: 'period.to' };
let lineKeys = 0;

/** Whether the visitor typed anything in a line (a blank line is not worth an undo). */
function filled(l: LineDraft): boolean {
  return !!(l.amount.trim() || l.date || l.rate.trim() || l.payments.some((p) => p.date || p.amount.trim()) || Object.values(l.details).some(Boolean));
}

function blankLine(costType: string): LineDraft {
  return { key: ++lineKeys, costType, amount: '', currency: 'KZT', rate: '', date: '', payments: [{ date: '', amount: '', rate: '' }], details: {} };
}

/** Whether a condition of the description holds for a line's answers (as the SDK reads `relevantWhen`). */
function holds(r: Relevance, answers: Readonly<Record<string, string>>): boolean {
  const v = Object.prototype.hasOwnProperty.call(answers, r.field) ? answers[r.field] : undefined;
  if ('is' in r) return r.is.includes(v as never);
  if (v === undefined || v === '') return false;
  if ('not' in r) return !r.not.includes(v as never);
  return Number(v) >= Number(r.atLeast);
}

const relevant = (f: FieldDescription, answers: Readonly<Record<string, string>>) => (f.relevantWhen ?? []).every((r) => holds(r, answers));

/** A detail's answer as the SDK takes it. */
function detailValue(f: FieldDescription, v: string, lang: Lang): unknown {
  if (f.kind === 'amount') return readAmount(v, lang);
  if (f.kind === 'date') return readDate(v);
  if (f.kind === 'yes-no-unknown') return v === 'yes' ? true : v === 'no' ? false : null;
  return v;
}

/** Sets `value` at a dotted field id (`period.from`) of a plain object. */
function setAt(target: Record<string, unknown>, id: string, value: unknown): void {
  const parts = id.split('.');
  let o = target;
  for (const part of parts.slice(0, -1)) {
    const next = o[part];
    o = (o[part] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}

/** The same message (key and values): the estimate's file-by note is shown by the total, not again among the notes. */
function sameMessage(a: Message, b: Message | undefined): boolean {
  return !!b && a.key === b.key && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}

/** A draft's or a link's details: strings only, under today's ids or the older names. */
function detailsFromDraft(l: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const d = l['details'];
  if (d && typeof d === 'object' && !Array.isArray(d)) for (const [k, v] of Object.entries(d)) if (typeof v === 'string') out[k] = v;
  for (const [k, v] of Object.entries(l)) {
    if (OWN_FIELDS.has(k) || k === 'key' || k === 'details' || typeof v !== 'string' || !v) continue;
    const id = OLD_DETAIL_NAMES[k] ?? k;
    if (!(id in out)) out[id] = v;
  }
  return out;
}

/** A prefilled line's details as the form's strings, by dotted id (`period: { from }` → `period.from`). */
function detailsOf(c: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (id: string, v: unknown) => {
    if (v === undefined) return;
    out[id] = v === true ? 'yes' : v === false ? 'no' : v === null ? 'unknown' : String(v);
  };
  for (const [k, v] of Object.entries(c)) {
    if (OWN_FIELDS.has(k)) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [sub, w] of Object.entries(v as Record<string, unknown>)) put(`${k}.${sub}`, w);
    else put(k, v);
  }
  return out;
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
 */
export class QiReimbursementEstimator extends QiElement {
  /** The measure: `competence`, `digital`, `process`, `organization`; the visitor chooses when absent. */
  @property() measure?: Measure;

  /**
   * Prefilled cost lines, in the SDK's shape (`CostLine[]`: `costType`, `amount`, `currency`, `rate`, `date`,
   * `payments`). Property only; the visitor can change every line.
   */
  @property({ attribute: false }) costs?: readonly CostLine[];
  /** Prefilled: what was already received this year under the measure, KZT. */
  @property({ attribute: 'already-received' }) alreadyReceived?: string;

  @state() private form: EstimatorInputs = { measure: '', lines: [], alreadyReceived: '' };
  @state() private computed?: EstimateResult;
  @state() protected override issues: readonly InputIssue[] = [];
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
    // a draft or a link with more rows than the SDK takes shows the first MAX_COST_LINES and says so
    this.cutNote = Array.isArray(f.lines) && f.lines.length > MAX_COST_LINES ? { had: f.lines.length, max: MAX_COST_LINES } : undefined;
    // no more lines than the SDK takes, so that a huge draft or link never reaches the renderer
    const lines = Array.isArray(f.lines)
      ? f.lines.slice(0, MAX_COST_LINES).filter((l) => l && typeof l === 'object').map((l) => ({
          key: ++lineKeys,
          costType: str(l.costType),
          amount: str(l.amount),
          currency: str(l.currency) || 'KZT',
          rate: str(l.rate),
          date: str(l.date),
          payments: Array.isArray(l.payments) && l.payments.length ? l.payments.map((p) => ({ date: str(p?.date), amount: str(p?.amount), rate: str(p?.rate) })) : [{ date: '', amount: '', rate: '' }],
          details: detailsFromDraft(l as unknown as Record<string, unknown>),
        }))
      : [];
    const extra: Record<string, string> = {};
    if (f.extra && typeof f.extra === 'object') for (const [k, x] of Object.entries(f.extra)) if (Object.hasOwn(f.extra, k) && typeof x === 'string' && x) extra[k] = x;
    this.form = { measure: typeof f.measure === 'string' ? f.measure : '', lines, alreadyReceived: typeof f.alreadyReceived === 'string' ? f.alreadyReceived : '', extra };
  }

  protected override get editionId() {
    return this.computed?.edition.id;
  }

  private get chosenMeasure(): string {
    // item 7: without an attribute of its own, the widget follows the measure of the application (any widget's choice)
    if (!this.measure && this.application.measure) return this.application.measure;
    return this.form.measure || this.measure || '';
  }

  /** The measure the lines were made for: another measure (chosen in another widget) keeps only the lines it has. */
  private linesMeasure?: string;

  private described?: { key: string; value: EstimateDescription | undefined };

  /** The SDK's description of the estimate's questions for the date and the measure (none while either is invalid). */
  private description(): EstimateDescription | undefined {
    const key = `${this.effectiveDate}|${this.chosenMeasure}`;
    if (this.described?.key !== key) {
      let value: EstimateDescription | undefined;
      try {
        value = describeEstimate({ applicationDate: this.effectiveDate, measure: this.chosenMeasure as Measure });
      } catch {
        value = undefined; // a bad date or measure is reported by the estimate itself
      }
      this.described = { key, value };
    }
    return this.described.value;
  }

  /**
   * What to have at hand (task "What to have at hand"): the estimate's inputs and, for each cost, its line's fields
   * (`describeEstimate`), for the chosen measure, or for every measure while none is chosen.
   */
  private needed(): { need: AtHand; line: AtHand } | undefined {
    const lang = this.effectiveLang;
    const valid = (MEASURES as readonly string[]).includes(this.chosenMeasure);
    const key = `${this.effectiveDate}|${valid ? this.chosenMeasure : ''}|${lang}`;
    if (this.neededFor?.key !== key) {
      const ds: EstimateDescription[] = [];
      for (const m of valid ? [this.chosenMeasure] : MEASURES) {
        try {
          ds.push(describeEstimate({ applicationDate: this.effectiveDate, measure: m as Measure }));
        } catch {
          /* a bad date is reported by the estimate itself */
        }
      }
      const value = ds.length
        ? { need: atHand(mergeFields(ds.map((d) => d.fields)), lang), line: atHand(mergeFields(ds.map((d) => d.line)), lang, { withOptions: valid }) }
        : undefined;
      this.neededFor = { key, value };
    }
    return this.neededFor.value;
  }

  private neededFor?: { key: string; value: { need: AtHand; line: AtHand } | undefined };

  /** The measure's cost types in the edition, in its order. */
  private costTypes(): readonly string[] {
    return this.description()?.costTypes.map((c) => c.costType) ?? [];
  }

  /** The fields of a line the description makes relevant for its cost type and currency, in its order. */
  private lineFields(l: LineDraft): FieldDescription[] {
    const answers = { ...l.details, costType: l.costType, currency: l.currency || 'KZT' };
    return (this.description()?.line ?? []).filter((f) => relevant(f, answers));
  }

  /**
   * The estimate's described inputs besides the lines and the amount already received: the date the institute
   * receives the application, from which equipment's window is counted (p.14-1), and how the caps combine
   * (Interpretation 1), when the edition has a choice.
   */
  private extraFields(): FieldDescription[] {
    return (this.description()?.fields ?? []).filter((f) => f.id !== 'alreadyReceived');
  }

  /** Whether the description asks this cost type as a schedule of payments (equipment, p.14-1). */
  private paidInPayments(costType: string): boolean {
    const kinds = new Map(this.description()?.costTypes.map((c) => [c.costType as string, c.kind]));
    return kinds.get(costType) === 'equipment';
  }

  /** The SDK input the form stands for; wholly blank lines are left out until the visitor types in them. */
  sdkInput(): EstimateInput {
    const costs: CostLine[] = [];
    const lang = this.effectiveLang;
    const amount = (v: string) => readAmount(v, lang);
    this.sdkToLine = [];
    this.form.lines.forEach((l, i) => {
      const fields = this.lineFields(l);
      const asks = new Set(fields.map((f) => f.id));
      // an unknown cost type asks nothing yet: what was typed goes to the SDK, which names the cost type
      const known = asks.has('amount') || asks.has('payments');
      const payments = l.payments.filter((p) => p.date || p.amount.trim());
      const byPayments = asks.has('payments');
      if (byPayments ? payments.length === 0 : !l.amount.trim() && !l.date) return;
      const line: Record<string, unknown> = { costType: l.costType };
      const foreign = l.currency && l.currency !== 'KZT';
      if (foreign) line['currency'] = l.currency;
      if (byPayments) {
        line['payments'] = payments.map((p) => ({ date: readDate(p.date), amount: amount(p.amount), ...(foreign && p.rate.trim() ? { rate: amount(p.rate) } : {}) }));
      } else {
        line['amount'] = amount(l.amount);
        if (l.date && (asks.has('date') || !known)) line['date'] = readDate(l.date);
        if (foreign && l.rate.trim()) line['rate'] = amount(l.rate);
      }
      for (const f of fields) {
        const v = l.details[f.id];
        if (!OWN_FIELDS.has(f.id) && v) setAt(line, f.id, detailValue(f, v, lang));
      }
      costs.push(line as unknown as CostLine);
      this.sdkToLine.push(i);
    });
    const input: EstimateInput = { applicationDate: this.effectiveDate, measure: this.chosenMeasure as Measure, costs };
    if (this.form.alreadyReceived.trim()) input.alreadyReceived = [{ amount: amount(this.form.alreadyReceived) }];
    for (const f of this.extraFields()) {
      const v = this.form.extra?.[f.id];
      if (v) setAt(input as unknown as Record<string, unknown>, f.id, detailValue(f, v, lang));
    }
    return input;
  }

  /** The SDK's cost lines as the form's lines (what a page prefills). */
  private linesFrom(costs: readonly CostLine[]): LineDraft[] {
    const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    return costs
      .slice(0, MAX_COST_LINES)
      .filter((c) => c && typeof c === 'object')
      .map((c) => ({
        ...blankLine(text(c.costType)),
        amount: text(c.amount),
        currency: text(c.currency) || 'KZT',
        rate: text(c.rate),
        date: text(c.date),
        payments: Array.isArray(c.payments) && c.payments.length
          ? c.payments.map((p) => ({ date: text(p?.date), amount: text(p?.amount), rate: text(p?.rate) }))
          : this.paidInPayments(String(c.costType)) && c.amount !== undefined
            ? [{ date: text(c.date), amount: text(c.amount), rate: text(c.rate) }]
            : [{ date: '', amount: '', rate: '' }],
        details: detailsOf(c as unknown as Record<string, unknown>),
      }));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('costs') && Array.isArray(this.costs)) this.form = { ...this.form, lines: this.linesFrom(this.costs) };
    if (changed.has('alreadyReceived') && typeof this.alreadyReceived === 'string') this.form = { ...this.form, alreadyReceived: this.alreadyReceived };
    super.willUpdate(changed);
    if (this.linesMeasure !== undefined && this.linesMeasure !== this.chosenMeasure && this.form.lines.length) {
      const kept = new Set(this.costTypes());
      this.form = { ...this.form, lines: this.form.lines.filter((l) => kept.has(l.costType)) };
    }
    this.linesMeasure = this.chosenMeasure;
    if (this.chosenMeasure && this.form.lines.length === 0 && (MEASURES as readonly string[]).includes(this.chosenMeasure)) {
      const first = this.costTypes()[0];
      if (first) this.form = { ...this.form, lines: [blankLine(first)] };
    }
    this.computed = undefined;
    this.issues = [];
    if (!this.chosenMeasure) {
      // No measure yet, but a date the page set wrong is said at once, not after the visitor chose a measure.
      this.issues = this.applicationDateIssues();
      return;
    }
    ({ value: this.computed, issues: this.issues } = this.attempt(() => estimateReimbursement(this.sdkInput())));
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

  /** A cost line is estimated (task x-errors: errors shown from then on). */
  protected override formComplete(): boolean {
    return !!this.computed && this.computed.lines.length > 0;
  }

  /** The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none. */
  override get result(): EstimateResult | undefined {
    return this.computed;
  }


  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.publishJourney();
  }

  /**
   * Item 7: the estimate's cost types (for the checklist) and its total (the tracker's planned Q) go to the
   * application; so does a draft's measure when the provider has none yet. The provider ignores what did not change.
   */
  private publishJourney(): void {
    if (!this.settings?.publish) return;
    const measure = this.chosenMeasure;
    if (measure && !this.application.measure && (MEASURES as readonly string[]).includes(measure)) this.publish({ measure });
    const known = new Set(this.costTypes());
    const costTypes = [...new Set(this.form.lines.map((l) => l.costType).filter((c) => known.has(c)))];
    this.publish({ costTypes, total: this.computed?.total });
  }

  private update_(fn: (f: EstimatorInputs) => EstimatorInputs) {
    this.form = fn(this.form);
    this.copied = false;
    this.beforeMeasure = undefined;
    this.dropUndo();
    this.saveDraft();
  }

  /** The form before a run of measure changes (arrow keys on the select change it per option), while its undo is on offer. */
  private beforeMeasure?: EstimatorInputs;

  /**
   * A new measure keeps the lines whose cost type it has; the others are removed with an "Undo". A run of changes
   * counts from the form before the first, so that arrowing through the measures and back loses nothing.
   */
  private chooseMeasure(measure: string) {
    const base = (this.undoPending && this.beforeMeasure) || this.form;
    let types: readonly string[] = [];
    try {
      types = describeEstimate({ applicationDate: this.effectiveDate, measure: measure as Measure }).costTypes.map((c) => c.costType);
    } catch {
      /* no measure (or a bad date): no cost types */
    }
    const kept = base.lines.filter((l) => types.includes(l.costType));
    const removed = base.lines.filter((l) => !types.includes(l.costType) && filled(l)).length;
    this.form = { ...this.form, measure, lines: kept };
    this.linesMeasure = measure;
    this.publish({ measure });
    this.copied = false;
    this.saveDraft();
    if (removed) {
      this.beforeMeasure = base;
      this.offerUndo(this.t.lost.linesRemoved(removed), () => {
        this.form = base;
        this.beforeMeasure = undefined;
        this.saveDraft();
        // the "Undo" button is gone: the focus goes to the first line brought back (else the measure)
        const first = base.lines[0];
        void focusAfterUpdate(this, ...(first ? [byId(this.lineFieldId(first, 'type'))] : []), byId(`${this.uid}-measure`));
      });
    } else {
      this.beforeMeasure = undefined;
      this.dropUndo();
    }
  }

  /** The id of a line's control (`type`, `p0-date`, …): by the line's key, so that it follows the line. */
  private lineFieldId(l: LineDraft, field: string): string {
    return `${this.uid}-l${l.key}-${field}`;
  }

  /** A new line; the focus goes to its first field. */
  private addLine(types: readonly string[]) {
    if (this.form.lines.length >= MAX_COST_LINES) return;
    const line = blankLine(types[0] ?? '');
    this.update_((f) => ({ ...f, lines: [...f.lines, line] }));
    void focusAfterUpdate(this, byId(this.lineFieldId(line, 'type')));
  }

  /** Removes line `i`; the focus goes to the previous line's first field (the next one's for the first line), else to "Add". */
  private removeLine(i: number) {
    const near = this.form.lines[i - 1] ?? this.form.lines[i + 1];
    this.update_((f) => ({ ...f, lines: f.lines.filter((_, k) => k !== i) }));
    void focusAfterUpdate(this, ...(near ? [byId(this.lineFieldId(near, 'type'))] : []), byId(`${this.uid}-add-line`));
  }

  /** A new payment of line `i`; the focus goes to its date. */
  private addPayment(i: number) {
    const l = this.form.lines[i]!;
    this.setLine(i, { payments: [...l.payments, { date: '', amount: '', rate: '' }] });
    void focusAfterUpdate(this, byId(this.lineFieldId(l, `p${l.payments.length}-date`)));
  }

  /** Removes payment `j` of line `i`; the focus goes to the previous payment's date (the first's for the first). */
  private removePayment(i: number, j: number) {
    const l = this.form.lines[i]!;
    this.setLine(i, { payments: l.payments.filter((_, k) => k !== j) });
    void focusAfterUpdate(this, byId(this.lineFieldId(l, `p${Math.max(j - 1, 0)}-date`)));
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
    // a date the page set wrong is the page's mistake; one the visitor chose is said under the date question
    const dateIssue = byPath.get('applicationDate');
    const attrError = (this.dateChosen ? undefined : dateIssue) ?? (this.measure && !(MEASURES as readonly string[]).includes(this.measure) ? byPath.get('measure') : undefined);
    const types = this.costTypes();
    const id = `${this.uid}-measure`;
    const received = this.fieldIssue(`${this.uid}-received`, byPath.get('alreadyReceived.0.amount'), { kind: 'amount', value: this.form.alreadyReceived });
    return html`
      <h2>${t.estimator.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      ${this.renderErrorSummary()}
      ${this.renderNeeded()}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${this.renderDateQuestion(this.fieldIssue(`${this.uid}-filing-date`, dateIssue, { kind: 'date' }))}
        ${this.measure && measureValid
          ? nothing
          : html`<div class="field">
              <label for=${id}>${t.common.measure}</label>
              <select id=${id} aria-describedby=${`${id}-err`} .value=${this.chosenMeasure} @change=${(e: Event) => this.chooseMeasure((e.target as HTMLSelectElement).value)}>
                <option value="">${t.common.chooseMeasure}</option>
                ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.chosenMeasure}>${MEASURE_NAMES_OF(lang)[m]}</option>`)}
              </select>
              ${fieldError(`${id}-err`, this.fieldIssue(id, byPath.get('measure')), lang)}
            </div>`}
        ${measureValid ? html`${this.form.lines.map((l, i) => this.renderLine(l, i, types, byPath))}
          <div class="actions no-print">
            <button type="button" id=${`${this.uid}-add-line`} ?disabled=${this.form.lines.length >= MAX_COST_LINES} @click=${() => this.addLine(types)}>${t.estimator.addLine}</button>
          </div>
          <div class="field mt">
            <label for=${`${this.uid}-received`}>${t.estimator.alreadyReceived} <span class="hint">${t.estimator.alreadyReceivedHint}</span></label>
            <input id=${`${this.uid}-received`} inputmode="decimal" .value=${this.form.alreadyReceived} aria-invalid=${received ? 'true' : 'false'} aria-describedby=${`${this.uid}-received-err`}
              @input=${(e: Event) => this.update_((f) => ({ ...f, alreadyReceived: (e.target as HTMLInputElement).value }))} />
            ${fieldError(`${this.uid}-received-err`, received, lang)}
          </div>
          ${this.renderExtra(byPath)}` : nothing}
      </form>
      <div part="result" aria-live="polite" aria-atomic="false">${this.renderResult(byPath)}</div>
    `;
  }

  private renderNeeded(): TemplateResult {
    const n = this.needed();
    return this.renderBeforeStart(n && { items: n.need.items, yesNo: n.need.yesNo + n.line.yesNo }, n ? [{ heading: this.t.atHand.eachCost, items: n.line.items }] : []);
  }

  private renderLine(l: LineDraft, i: number, types: readonly string[], byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t.estimator;
    const lang = this.effectiveLang;
    const p = `${this.uid}-l${l.key}`;
    const at = (field: string) => byPath.get(`lines.${i}.${field}`);
    const fields = this.lineFields(l);
    const asks = (id: string) => fields.some((f) => f.id === id);
    const foreign = l.currency !== 'KZT';
    // a field the description does not ask but the SDK reports on is shown, so that it can be corrected
    const shows = (id: string) => asks(id) || !!at(id);
    const typeOptions = this.description()?.line.find((f) => f.id === 'costType')?.options ?? types.map((value) => ({ value, label: { key: 'describe.option', params: { name: { costType: value } } } as Message }));
    const input = (id: string, label: string, value: string, sdkIssue: InputIssue | undefined, onInput: (v: string) => void, type = 'text', mode = 'decimal', kind?: string) => {
      const issue = this.fieldIssue(id, sdkIssue, { kind: type === 'date' ? 'date' : kind, value });
      return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} inputmode=${mode} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`} @input=${(e: Event) => { const f = e.target as HTMLInputElement; if (!halfTyped(f)) onInput(f.value); }} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
    };
    const payments = fields.find((f) => f.id === 'payments');
    const paymentAsks = (id: string) => (payments?.item ?? []).some((f) => f.id === id && relevant(f, { costType: l.costType, currency: l.currency || 'KZT' }));
    return html`<fieldset part="line" class="notice line">
      <legend>${t.line(i + 1)}</legend>
      <div class="row">
        <div class="field">
          <label for=${`${p}-type`}>${t.costType}</label>
          <select id=${`${p}-type`} aria-describedby=${`${p}-type-err`} @change=${(e: Event) => this.setLine(i, { costType: (e.target as HTMLSelectElement).value })}>
            ${typeOptions.map((o) => html`<option value=${o.value} ?selected=${o.value === l.costType}>${formatMessage(o.label, lang)}</option>`)}
          </select>
          ${fieldError(`${p}-type-err`, this.fieldIssue(`${p}-type`, at('costType')), lang)}
        </div>
        <div class="field">
          <label for=${`${p}-cur`}>${t.currency}</label>
          <select id=${`${p}-cur`} @change=${(e: Event) => this.setLine(i, { currency: (e.target as HTMLSelectElement).value })}>
            ${CURRENCIES.map((c) => html`<option ?selected=${c === l.currency}>${c}</option>`)}
          </select>
        </div>
      </div>
      ${payments
        ? html`${l.payments.map((pay, j) => html`<div class="row">
              ${input(`${p}-p${j}-date`, t.paymentDate(j + 1), pay.date, at(`payments.${j}.date`), (v) => this.setPayment(i, j, { date: v }), 'date', 'numeric')}
              ${input(`${p}-p${j}-amount`, t.paymentAmount(j + 1, l.currency), pay.amount, at(`payments.${j}.amount`) ?? (j === 0 ? at('amount') ?? at('date') : undefined), (v) => this.setPayment(i, j, { amount: v }), 'text', 'decimal', 'amount')}
              ${paymentAsks('rate') || at(`payments.${j}.rate`) ? input(`${p}-p${j}-rate`, t.rate(l.currency), pay.rate, at(`payments.${j}.rate`), (v) => this.setPayment(i, j, { rate: v })) : nothing}
              ${l.payments.length > 1 ? html`<button type="button" class="no-print" @click=${() => this.removePayment(i, j)}>${t.removePayment}</button>` : nothing}
            </div>`)}
            ${fieldError(`${p}-payments-err`, this.fieldIssue(`${p}-p0-amount`, at('payments')), lang)}
            <button type="button" class="no-print" @click=${() => this.addPayment(i)}>${t.addPayment}</button>`
        : html`<div class="row">
            ${shows('amount') || !fields.length ? input(`${p}-amount`, t.amount(l.currency), l.amount, at('amount'), (v) => this.setLine(i, { amount: v }), 'text', 'decimal', 'amount') : nothing}
            ${shows('date') ? input(`${p}-date`, t.actDate, l.date, at('date'), (v) => this.setLine(i, { date: v }), 'date', 'numeric') : nothing}
            ${foreign && shows('rate') ? input(`${p}-rate`, t.rate(l.currency), l.rate, at('rate'), (v) => this.setLine(i, { rate: v })) : nothing}
          </div>`}
      ${this.renderDetails(l, i, fields, at)}
      ${this.form.lines.length > 1
        ? html`<button type="button" class="no-print" @click=${() => this.removeLine(i)}>${t.removeLine(i + 1)}</button>`
        : nothing}
    </fieldset>`;
  }

  /**
   * What the description asks about a line besides its amount: the course and the stay (p.20), the device (p.12),
   * the equipment's use (p.5 sub-item 8), a Decree-256 limit, previous use… each control by the field's kind.
   */
  private renderDetails(l: LineDraft, i: number, fields: readonly FieldDescription[], at: (field: string) => InputIssue | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.effectiveLang;
    const p = `${this.uid}-l${l.key}`;
    const details = fields.filter((f) => !OWN_FIELDS.has(f.id));
    if (!details.length) return nothing;
    // a line that also asks the course's dates has a period that is the stay; otherwise the period is the course
    const stay = details.some((f) => f.id.startsWith('coursePeriod.'));
    const label = (f: FieldDescription) =>
      f.id === 'period.from' ? (stay ? t.estimator.stayFrom : t.estimator.courseFrom) : f.id === 'period.to' ? (stay ? t.estimator.stayTo : t.estimator.courseTo) : formatMessage(f.message, lang);
    const control = (f: FieldDescription) => {
      const id = `${p}-${f.id.replace(/\W/g, '-')}`;
      return this.renderDescribed(f, id, label(f), l.details[f.id] ?? '', at(f.id), (v) => this.setLine(i, { details: { ...l.details, [f.id]: v } }));
    };
    return html`<div class="row">${details.map((f) => control(f))}</div>`;
  }

  /** The estimate's other described inputs (`extraFields`), each by its kind. */
  private renderExtra(byPath: Map<string, InputIssue>): TemplateResult | typeof nothing {
    const fields = this.extraFields();
    if (!fields.length) return nothing;
    const lang = this.effectiveLang;
    const t = this.t.estimator;
    const label = (f: FieldDescription) => html`${formatMessage(f.message, lang)} <span class="hint">${t.extraHints[f.id] ?? t.alreadyReceivedHint}</span>`;
    return html`<div class="row">${fields.map((f) =>
      this.renderDescribed(f, `${this.uid}-${f.id.replace(/\W/g, '-')}`, label(f), this.form.extra?.[f.id] ?? '', byPath.get(f.id), (v) =>
        this.update_((form) => ({ ...form, extra: { ...form.extra, [f.id]: v } })),
      ),
    )}</div>`;
  }

  /** One described field as a control of its kind (a select for a choice or yes/no, a date, else text), with its error. */
  private renderDescribed(f: FieldDescription, id: string, label: string | TemplateResult, value: string, sdkIssue: InputIssue | undefined, set: (v: string) => void): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const issue = this.fieldIssue(id, sdkIssue, { kind: f.kind, value });
    const invalid = issue ? 'true' : 'false';
    let body: TemplateResult;
    if (f.kind === 'choice' || f.kind === 'yes-no-unknown') {
      const options: [string, string][] =
        f.kind === 'choice'
          ? (f.options ?? []).map((o) => [o.value, formatMessage(o.label, lang)])
          : [['yes', t.common.yes], ['no', t.common.no], ...(f.nullable ? ([['unknown', t.common.dontKnow]] as [string, string][]) : [])];
      body = html`<select id=${id} aria-invalid=${invalid} aria-describedby=${`${id}-err`} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${f.required ? nothing : html`<option value="" ?selected=${value === ''}>${t.estimator.notSaid}</option>`}
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>`;
    } else {
      const type = f.kind === 'date' ? 'date' : 'text';
      const mode = f.kind === 'date' ? 'numeric' : 'decimal';
      body = html`<input id=${id} type=${type} inputmode=${mode} .value=${value} aria-invalid=${invalid} aria-describedby=${`${id}-err`} @input=${(e: Event) => { const x = e.target as HTMLInputElement; if (!halfTyped(x)) set(x.value); }} />`;
    }
    return html`<div class="field"><label for=${id}>${label}</label>${body}${fieldError(`${id}-err`, issue, lang)}</div>`;
  }

  /**
   * One reason of a line; the line's date of the window (the SDK's `cost.file-by*` / `cost.left-window*` reason: by
   * when to file to keep it, or when it left) stands out, with the date first.
   */
  private renderReason(x: Reason, windowDate: string | undefined): TemplateResult {
    const lang = this.effectiveLang;
    if (windowDate && x.message.key.startsWith('cost.file-by')) {
      return html`<li part="line-file-by" class="file-by"><strong>${this.t.filing.fileBy}: ${formatDate(windowDate, lang)}.</strong> ${sentence(x.message, x.citation, lang)}</li>`;
    }
    if (windowDate && x.message.key.startsWith('cost.left-window')) {
      return html`<li part="line-left-window" class="left-window"><strong>${sentence(x.message, x.citation, lang)}</strong></li>`;
    }
    return html`<li>${sentence(x.message, x.citation, lang)}</li>`;
  }

  private setPayment(i: number, j: number, patch: Partial<PaymentDraft>) {
    const l = this.form.lines[i]!;
    this.setLine(i, { payments: l.payments.map((p, k) => (k === j ? { ...p, ...patch } : p)) });
  }

  private renderResult(byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const r = this.computed;
    if (!r) {
      return this.issues.length && this.chosenMeasure && this.hasShownErrors ? html`<p class="notice fail">${t.common.fixFields(byPath.size)}</p>` : html``;
    }
    return html`
      <p part="total" class="total"><strong>${t.estimator.total}: ${tenge(r.total, lang)}</strong></p>
      ${r.fileBy
        ? html`<p part="file-by" class="notice file-by"><strong>${t.filing.fileBy}: ${formatDate(r.fileBy.date, lang)}.</strong> ${sentence(r.fileBy.message, r.fileBy.citation, lang)}</p>`
        : nothing}
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
              <tr><td colspan="4" class="hint"><ul class="plain">${l.reasons.map((x) => this.renderReason(x, l.fileBy ?? l.leftWindowOn))}</ul></td></tr>`,
          )}
        </tbody>
      </table>
      <h3 class="mt">${t.estimator.caps}</h3>
      <ul class="plain spaced" part="caps">
        ${r.caps.map((c) => html`<li>${c.binding ? status('fail', t.estimator.capBites) : nothing} ${sentence(c.message, c.citation, lang)}</li>`)}
      </ul>
      ${r.notes.filter((n) => !sameMessage(n, r.fileBy?.message)).map((n) => html`<p class="notice">${formatMessage(n, lang)}</p>`)}
      <details><summary>${t.common.interpretations}</summary>
        <ul>${r.interpretations.map((i) => html`<li>${interpretationText(r.edition.id, i.id, lang)} ${citation(i.cite, lang)}</li>`)}</ul>
      </details>
      <p class="hint">${t.common.computedFor(formatDate(r.applicationDate, lang), editionTitle(r.edition.id, lang))}</p>
      <div class="actions no-print">
        <button type="button" @click=${() => printAlone(this, resultHead(lang, t, r))}>${t.common.print}</button>
        <button type="button" @click=${async () => { this.copied = await copyText(format(r, lang)); }}>${t.common.copy}</button>
        <span role="status">${this.copied ? t.common.copied : ''}</span>
      </div>
    `;
  }
}
