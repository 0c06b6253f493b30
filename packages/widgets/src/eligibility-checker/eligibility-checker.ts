import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  checkEligibility,
  describeEligibility,
  formatDate,
  formatMessage,
  isInputError,
  MEASURE_NAMES_OF,
  MEASURES,
  type Applicant,
  type EligibilityDescription,
  type EligibilityResult,
  type InputIssue,
  type Measure,
  editionTitle,
  format,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { sentence, status } from '../shared/render.js';
import { fieldError, issuesByPath, readAmount, readDate } from '../shared/fields.js';
import { isRelevant } from '../shared/describe.js';
import { atHand, mergeFields, type AtHand } from '../shared/at-hand.js';
import { copyText } from '../shared/clipboard.js';
import { printAlone, resultHead } from '../shared/print.js';
import { halfTyped } from '../shared/keyboard.js';

type Field = EligibilityDescription['fields'][number];

/** The form's answer for "I don't know" (the SDK's `null`): never pre-selected, chosen like any other answer. */
const UNKNOWN = '?';

interface Answers {
  measure: string;
  /** One answer per field id, as typed or chosen: yes/no questions hold 'yes' | 'no' | UNKNOWN. */
  values: Record<string, string>;
  /** Lists with named answers (the tax years), per field id and key. */
  lists: Record<string, Record<string, string>>;
}

const EMPTY: Answers = { measure: '', values: {}, lists: {} };
const SAFE_KEY = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** Plain string entries of an object of unknown shape, with keys that cannot reach a prototype. */
function strings(x: unknown): Record<string, string> {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return {};
  return Object.fromEntries(Object.entries(x).filter(([k, v]) => SAFE_KEY.test(k) && k !== 'constructor' && typeof v === 'string'));
}

/** An SDK answer (`Applicant`'s value) as the form holds it. */
function formValue(v: unknown): string | Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (v === null) return UNKNOWN;
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, x === undefined || x === null ? '' : String(x)]));
  return String(v);
}

/**
 * Says whether a company may apply for a measure, and why: every check of p.3, p.5(15), p.13(5), p.13(6), the
 * double-funding declaration and the refusal grounds, each with its status, a plain reason and the citation. Asks
 * only the questions that matter for the measure; "I don't know" is an answer, and a result is never "eligible"
 * while a question that could exclude is open. Prints the answers and the result alone (the edition, the date and every
 * citation, each linked to the act on adilet.zan.kz), or copies the SDK's text of the result.
 * @tag qi-eligibility-checker
 * @summary Eligibility checker (Rules No. 308, p. 3, 13).
 * @fires {QiChangeEvent} qi-change - after each answer; `detail` is the SDK's EligibilityResult.
 * @fires {QiInputErrorEvent} qi-input-error - when an answer cannot be read; `detail.issues` are the SDK's issues.
 * @csspart base - The widget's box.
 * @csspart form - The questions.
 * @csspart result - The verdict and the checks.
 * @csspart verdict - The verdict line.
 * @csspart check - One check.
 * @csspart status - A status badge.
 * @csspart citation - A reference to a paragraph of the Rules.
 * @csspart share - The share-link controls.
 */
export class QiEligibilityChecker extends QiElement {
  /** The measure to check: `competence`, `digital`, `process`, `organization`; the visitor chooses when absent. */
  @property() measure?: Measure;

  /**
   * Prefilled answers, in the SDK's shape (`Applicant`: `size`, `stateShare`, `taxPayments`, yes/no fields…).
   * Property only; the visitor can change every answer.
   */
  @property({ attribute: false }) applicant?: Applicant;

  @state() private answers: Answers = { ...EMPTY, values: {}, lists: {} };
  @state() private computed?: EligibilityResult;
  @state() private description?: EligibilityDescription;
  @state() protected override issues: readonly InputIssue[] = [];
  @state() private copied = false;

  /** The order the questions were first shown in, so that an answered question stays where it was. */
  private shown: { key: string; ids: string[] } = { key: '', ids: [] };

  protected get inputs(): Answers {
    return this.answers;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return;
    // a draft or a link may hold anything: keep only answers of the right type, never let one break the widget
    const a = v as Record<string, unknown>;
    const values = strings(a['values']);
    const lists: Answers['lists'] = {};
    if (a['lists'] && typeof a['lists'] === 'object' && !Array.isArray(a['lists'])) {
      for (const [k, x] of Object.entries(a['lists'] as object)) if (SAFE_KEY.test(k) && k !== 'constructor') lists[k] = strings(x);
    }
    // a draft of the earlier form (size, income, yesNo…): its answers under the SDK's field ids
    const old = strings(a);
    for (const [from, to] of [['size', 'size'], ['headcount', 'headcount'], ['income', 'averageAnnualIncome'], ['stateShare', 'stateShare'], ['stateShareHolderException', 'stateShareHolderException'], ['registrationDate', 'registrationDate']] as const) {
      if (old[from] && values[to] === undefined) values[to] = old[from];
    }
    for (const [k, x] of Object.entries(strings(a['yesNo']))) if ((x === 'yes' || x === 'no') && values[k] === undefined) values[k] = x;
    if (a['taxPayments'] && !lists['taxPayments']) lists['taxPayments'] = strings(a['taxPayments']);
    this.answers = { measure: typeof a['measure'] === 'string' ? a['measure'] : '', values, lists };
  }

  protected override get editionId() {
    return this.computed?.edition.id;
  }

  private get chosenMeasure(): string {
    // item 7: without an attribute of its own, the widget follows the measure of the application (any widget's choice)
    if (!this.measure && this.application.measure) return this.application.measure;
    return this.answers.measure || this.measure || '';
  }

  /**
   * A field's answer as the form holds it. A yes/no question the provider's application answered (here or in the
   * checklist) takes that answer, so the widgets of one application agree (item 7).
   */
  private formValueOf(f: Field): string {
    const shared = this.application.answers;
    if (f.kind === 'yes-no-unknown' && shared && Object.prototype.hasOwnProperty.call(shared, f.id)) {
      const x = shared[f.id];
      return x === true ? 'yes' : x === false ? 'no' : UNKNOWN;
    }
    return Object.prototype.hasOwnProperty.call(this.answers.values, f.id) ? this.answers.values[f.id]! : '';
  }

  /** The yes/no answers given, by field id, for the application the provider holds. */
  private publishAnswers(): void {
    const out: Record<string, boolean | null> = {};
    for (const f of this.description?.fields ?? []) {
      if (f.kind !== 'yes-no-unknown' || !Object.prototype.hasOwnProperty.call(this.answers.values, f.id)) continue;
      const v = this.answers.values[f.id];
      out[f.id] = v === 'yes' ? true : v === 'no' ? false : null;
    }
    if (Object.keys(out).length) this.publish({ answers: out });
  }

  /** One field's answer in the SDK's shape; undefined when not given. */
  private answerOf(f: Field): unknown {
    if (f.kind === 'list' && f.keys) {
      const given = Object.entries(this.answers.lists[f.id] ?? {}).filter(([k, v]) => f.keys!.includes(k) && v.trim() !== '');
      return given.length ? Object.fromEntries(given.map(([k, v]) => [k, readAmount(v, this.effectiveLang)])) : undefined;
    }
    const v = this.formValueOf(f);
    if (v === UNKNOWN) return f.nullable ? null : undefined;
    if (f.kind === 'yes-no-unknown') return v === 'yes' ? true : v === 'no' ? false : undefined;
    if (v.trim() === '') return undefined;
    if (f.kind === 'count') return Number(readAmount(v, this.effectiveLang));
    if (f.kind === 'amount' || f.kind === 'percent') return readAmount(v, this.effectiveLang);
    if (f.kind === 'date') return readDate(v.trim());
    return v.trim();
  }

  /** The answers of the questions that are relevant for the answers before them, in the SDK's shape. */
  private sdkApplicant(fields: readonly Field[]): Applicant {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (!isRelevant(f, out)) continue;
      const v = this.answerOf(f);
      if (v !== undefined) out[f.id] = v;
    }
    return out as Applicant;
  }

  /** The SDK's Applicant as the form's answers. */
  private answersFrom(a: Applicant): Answers {
    const values: Answers['values'] = {};
    const lists: Answers['lists'] = {};
    for (const [k, v] of Object.entries(a)) {
      const x = formValue(v);
      if (typeof x === 'string') values[k] = x;
      else if (x) lists[k] = x;
    }
    return { ...this.answers, values, lists };
  }

  /** The SDK's description for the answers; answers it cannot read are left out of it (their field reports them). */
  private describe(measure: Measure, applicant: Applicant): EligibilityDescription | undefined {
    let a = applicant;
    for (let tries = 0; tries < 3; tries++) {
      try {
        return describeEligibility({ applicationDate: this.effectiveDate, measure, applicant: a });
      } catch (e) {
        if (!isInputError(e)) return undefined;
        const bad = new Set(e.issues.filter((i) => i.path[0] === 'applicant').map((i) => String(i.path[1])));
        if (!bad.size) return undefined;
        a = Object.fromEntries(Object.entries(a).filter(([k]) => !bad.has(k))) as Applicant;
      }
    }
    return undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('applicant') && this.applicant && typeof this.applicant === 'object') this.answers = this.answersFrom(this.applicant);
    super.willUpdate(changed);
    if (changed.has('answers') || changed.has('measure') || changed.has('applicationDate') || changed.has('lang')) this.copied = false;
    const measure = this.chosenMeasure;
    this.computed = undefined;
    this.issues = [];
    if (!measure) {
      this.description = undefined;
      // a bad application-date is the page's mistake: say so at once, not only after a measure is chosen
      try {
        checkEligibility({ applicationDate: this.effectiveDate, measure: MEASURES[0]! });
      } catch (e) {
        if (isInputError(e)) this.issues = e.issues.filter((i) => i.path[0] === 'applicationDate');
      }
      return;
    }
    // the questions of the measure on the date (their relevance decides which answers count), then the answers
    const blank = this.describe(measure as Measure, {});
    const applicant = blank ? this.sdkApplicant(blank.fields) : {};
    this.description = blank && this.describe(measure as Measure, applicant);
    ({ value: this.computed, issues: this.issues } = this.attempt(() => checkEligibility({ applicationDate: this.effectiveDate, measure: measure as Measure, applicant })));
  }

  /** Every question the SDK asks is answered and there is a result (task x-errors: errors shown from then on). */
  protected override formComplete(): boolean {
    return !!this.computed && !!this.description && this.description.open.length === 0;
  }

  private chooseMeasure(measure: string) {
    this.answers = { ...this.answers, measure };
    this.publish({ measure });
    this.saveDraft();
  }

  /** The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none. */
  override get result(): EligibilityResult | undefined {
    return this.computed;
  }


  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // a draft's (or link's) measure and answers start the application when the provider has none yet
    if (this.answers.measure && !this.measure && !this.application.measure) this.publish({ measure: this.answers.measure });
    if (changed.has('applicant') || (changed.has('answers') && !changed.get('answers'))) this.publishAnswers();
  }

  private setValue(id: string, value: string) {
    this.answers = { ...this.answers, values: { ...this.answers.values, [id]: value } };
    if (this.description?.fields.some((f) => f.id === id && f.kind === 'yes-no-unknown')) this.publish({ answers: { [id]: value === 'yes' ? true : value === 'no' ? false : null } });
    this.saveDraft();
  }

  private setListValue(id: string, key: string, value: string) {
    this.answers = { ...this.answers, lists: { ...this.answers.lists, [id]: { ...this.answers.lists[id], [key]: value } } };
    this.saveDraft();
  }

  /**
   * The questions to show: the SDK's open ones in its order, and the answered ones (editable), each staying where it
   * first appeared; a question appearing later (the holder of a large state share) comes right after the one it
   * depends on.
   */
  private questions(d: EligibilityDescription): Field[] {
    const key = `${d.measure}|${d.applicationDate}`;
    if (this.shown.key !== key) this.shown = { key, ids: [] };
    const byId = new Map(d.fields.map((f) => [f.id as string, f]));
    const asked = (f: Field | undefined) => !!f && (f.state === 'open' || (f.state === 'answered' && this.answerOf(f) !== undefined));
    const ids = this.shown.ids.filter((id) => asked(byId.get(id)));
    const fresh = [...d.open.map((id) => byId.get(id)!), ...d.fields.filter((f) => f.state === 'answered')].filter((f) => asked(f) && !ids.includes(f.id));
    for (const f of fresh) {
      const after = f.relevantWhen?.map((r) => ids.indexOf(r.field)).reduce((m, i) => Math.max(m, i), -1) ?? -1;
      if (after >= 0) ids.splice(after + 1, 0, f.id);
      else ids.push(f.id);
    }
    this.shown = { key, ids };
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * What to have at hand (task "What to have at hand"): the questions `describeEligibility` asks on a blank form for
   * the chosen measure, or for every measure while none is chosen.
   */
  private needed(): AtHand | undefined {
    const measures = this.chosenMeasure ? [this.chosenMeasure] : [...MEASURES];
    const key = `${measures.join(',')}|${this.effectiveDate}|${this.effectiveLang}`;
    if (this.neededFor?.key !== key) {
      const lists = measures.map((m) => this.describe(m as Measure, {})?.fields ?? []);
      this.neededFor = { key, value: lists.some((l) => l.length) ? atHand(mergeFields(lists), this.effectiveLang) : undefined };
    }
    return this.neededFor.value;
  }

  private neededFor?: { key: string; value: AtHand | undefined };

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const byPath = issuesByPath(this.issues);
    const attrError = byPath.get('applicationDate') ?? (this.measure && !(MEASURES as readonly string[]).includes(this.measure) ? byPath.get('measure') : undefined);
    const d = this.description;
    return html`
      <h2>${t.eligibility.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      ${this.renderErrorSummary()}
      ${this.renderBeforeStart(this.needed())}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${this.renderDateQuestion(this.fieldIssue(`${this.uid}-filing-date`, byPath.get('applicationDate'), { kind: 'date' }))}
        ${this.measure && (MEASURES as readonly string[]).includes(this.measure) ? nothing : this.renderMeasureSelect(byPath)}
        ${this.chosenMeasure && d ? repeat(this.questions(d), (f) => f.id, (f) => this.renderField(f, byPath)) : nothing}
      </form>
      <div part="result" aria-live="polite">${this.computed ? this.renderResult(this.computed) : nothing}</div>
    `;
  }

  private renderMeasureSelect(byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const id = `${this.uid}-measure`;
    return html`<div class="field">
      <label for=${id}>${t.common.measure}</label>
      <select id=${id} .value=${this.chosenMeasure} @change=${(e: Event) => this.chooseMeasure((e.target as HTMLSelectElement).value)} aria-describedby=${`${id}-err`}>
        <option value="">${t.common.chooseMeasure}</option>
        ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.chosenMeasure}>${MEASURE_NAMES_OF(lang)[m]}</option>`)}
      </select>
      ${fieldError(`${id}-err`, this.fieldIssue(id, byPath.get('measure')), lang)}
    </div>`;
  }

  /** One question, its control picked by the field's kind. */
  private renderField(f: Field, byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const label = formatMessage(f.message, lang);
    const id = `${this.uid}-${f.id}`;
    const value = this.formValueOf(f);
    if (f.kind === 'yes-no-unknown') {
      const answers: [string, string][] = [['yes', t.common.yes], ['no', t.common.no]];
      if (f.nullable) answers.push([UNKNOWN, t.common.dontKnow]);
      return html`<fieldset class="field" role="radiogroup" aria-labelledby=${`${id}-l`}>
        <legend id=${`${id}-l`}>${label}</legend>
        <div class="row">
          ${answers.map(([v, text]) => html`<label class="choice"><input type="radio" name=${id} .checked=${value === v} @change=${() => this.setValue(f.id, v)} />${text}</label>`)}
        </div>
      </fieldset>`;
    }
    if (f.kind === 'choice') {
      const issue = this.fieldIssue(id, byPath.get(`applicant.${f.id}`));
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`} @change=${(e: Event) => this.setValue(f.id, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === ''}>${t.describeTask.choose}</option>
          ${(f.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${formatMessage(o.label, lang)}</option>`)}
          ${f.nullable ? html`<option value=${UNKNOWN} ?selected=${value === UNKNOWN}>${t.common.dontKnow}</option>` : nothing}
        </select>
        ${fieldError(`${id}-err`, issue, lang)}
      </div>`;
    }
    if (f.kind === 'list' && f.keys) {
      const list = this.answers.lists[f.id] ?? {};
      return html`<fieldset class="field">
        <legend>${label}</legend>
        <div class="row">${f.keys.map((k) => this.input(`${id}-${k}`, k, list[k] ?? '', (v) => this.setListValue(f.id, k, v), byPath.get(`applicant.${f.id}.${k}`), f.of))}</div>
      </fieldset>`;
    }
    return this.input(id, label, value, (v) => this.setValue(f.id, v), byPath.get(`applicant.${f.id}`), f.kind);
  }

  private input(id: string, label: string, value: string, onInput: (v: string) => void, sdkIssue: InputIssue | undefined, kind: Field['kind'] | undefined): TemplateResult {
    const issue = this.fieldIssue(id, sdkIssue, { kind, value });
    const type = kind === 'date' ? 'date' : 'text';
    const inputmode = kind === 'count' ? 'numeric' : kind === 'amount' || kind === 'percent' ? 'decimal' : 'text';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} inputmode=${inputmode} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`}
        @input=${(e: Event) => { const f = e.target as HTMLInputElement; if (!halfTyped(f)) onInput(f.value); }} />
      ${fieldError(`${id}-err`, issue, this.effectiveLang)}
    </div>`;
  }

  private renderResult(r: EligibilityResult): TemplateResult {
    const t = this.t.eligibility;
    const lang = this.effectiveLang;
    const shown = r.verdict === 'ineligible' ? r.checks.filter((c) => c.status === 'fail') : r.checks;
    return html`
      <h3 part="verdict">${status(r.verdict, t.verdicts[r.verdict])}</h3>
      ${r.summary.map((m) => html`<p class=${r.verdict === 'ineligible' ? 'notice fail' : 'notice'}>${formatMessage(m, lang)}</p>`)}
      <ul class="plain spaced">
        ${shown.map(
          (c) => html`<li part="check">${status(c.status, this.t.statuses[c.status])} ${sentence(c.message, c.citation, lang)}</li>`,
        )}
      </ul>
      ${r.verdict === 'ineligible' && r.checks.some((c) => c.status === 'unknown')
        ? html`<details><summary>${t.otherChecks}</summary>
            <ul class="plain">${r.checks.filter((c) => c.status !== 'fail').map((c) => html`<li part="check">${status(c.status, this.t.statuses[c.status])} ${sentence(c.message, c.citation, lang)}</li>`)}</ul>
          </details>`
        : nothing}
      ${this.description && this.description.verdict === 'incomplete' && !this.description.open.length && this.description.unresolved.length
        ? html`<p class="hint">${this.t.describeTask.unresolved}</p>
            <ul class="plain">${this.description.unresolved.map((u) => html`<li>${formatMessage(u.message, lang)}</li>`)}</ul>`
        : nothing}
      <p class="hint">${this.t.common.computedFor(formatDate(r.applicationDate, lang), editionTitle(r.edition.id, lang))}</p>
      <div class="actions no-print">
        <button type="button" @click=${() => printAlone(this, resultHead(lang, this.t, r))}>${this.t.common.print}</button>
        <button type="button" @click=${async () => { this.copied = await copyText(format(r, lang)); }}>${this.t.common.copy}</button>
        <span role="status">${this.copied ? this.t.common.copied : ''}</span>
      </div>
    `;
  }
}
