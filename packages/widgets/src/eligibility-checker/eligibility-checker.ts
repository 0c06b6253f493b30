import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  checkEligibility,
  formatDate,
  formatMessage,
  isInputError,
  MEASURE_NAMES_OF,
  MEASURES,
  type Applicant,
  type EligibilityResult,
  type InputIssue,
  type Measure,
  editionTitle,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { sentence, status } from '../shared/render.js';
import { fieldError, issuesByPath } from '../shared/fields.js';

type Answer = 'yes' | 'no' | '';
const YES_NO_FIELDS = [
  'industrialInnovativeSubject',
  'sezParticipant',
  'unrepaidBreach',
  'otherBudgetFunding',
  'inProducersRegister',
  'producesPriorityGoods',
  'courtBan',
  'personalDataConsent',
  'taxExempt',
  'individualEntrepreneur',
] as const;
type YesNoField = (typeof YES_NO_FIELDS)[number];

interface Answers {
  measure: string;
  size: string;
  headcount: string;
  income: string;
  stateShare: string;
  stateShareHolderException: string;
  registrationDate: string;
  taxPayments: Record<string, string>;
  yesNo: Partial<Record<YesNoField, Answer>>;
}

const EMPTY: Answers = { measure: '', size: '', headcount: '', income: '', stateShare: '', stateShareHolderException: '', registrationDate: '', taxPayments: {}, yesNo: {} };

/**
 * Says whether a company may apply for a measure, and why: every check of p.3, p.5(15), p.13(5), p.13(6), the
 * double-funding declaration and the refusal grounds, each with its status, a plain reason and the citation. Asks
 * only the questions that matter for the measure; "I don't know" is an answer, and a result is never "eligible"
 * while a question that could exclude is open.
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
 * @cssprop --qi-accent - Accent colour (buttons, focus ring).
 * @cssprop --qi-color-text - Text colour.
 * @cssprop --qi-color-bg - Background colour.
 * @cssprop --qi-color-surface - Background of notices and buttons.
 * @cssprop --qi-color-border - Borders.
 * @cssprop --qi-color-pass - Colour of "passes".
 * @cssprop --qi-color-fail - Colour of "fails" and of errors.
 * @cssprop --qi-color-unknown - Colour of "unknown".
 * @cssprop --qi-font - Font family.
 * @cssprop --qi-radius - Corner radius.
 * @cssprop --qi-space - Base spacing.
 */
export class QiEligibilityChecker extends QiElement {
  /** The measure to check: `competence`, `digital`, `process`, `organization`; the visitor chooses when absent. */
  @property() measure?: string;

  /**
   * Prefilled answers, in the SDK's shape (`Applicant`: `size`, `stateShare`, `taxPayments`, yes/no fields…).
   * Property only; the visitor can change every answer.
   */
  @property({ attribute: false }) applicant?: Applicant;

  @state() private answers: Answers = { ...EMPTY, yesNo: {} };
  @state() private result?: EligibilityResult;
  @state() private issues: readonly InputIssue[] = [];

  protected get inputs(): Answers {
    return this.answers;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return;
    // a draft or a link may hold anything: keep only answers of the right type, never let one break the widget
    const a = v as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    const entries = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x) : []);
    this.answers = {
      measure: str(a['measure']),
      size: (['micro', 'small', 'medium', 'large'] as unknown[]).includes(a['size']) ? (a['size'] as string) : '',
      headcount: str(a['headcount']),
      income: str(a['income']),
      stateShare: str(a['stateShare']),
      stateShareHolderException: str(a['stateShareHolderException']),
      registrationDate: str(a['registrationDate']),
      taxPayments: Object.fromEntries(entries(a['taxPayments']).filter(([k, x]) => /^\d{4}$/.test(k) && typeof x === 'string')) as Record<string, string>,
      yesNo: Object.fromEntries(entries(a['yesNo']).filter(([k, x]) => (YES_NO_FIELDS as readonly string[]).includes(k) && (x === 'yes' || x === 'no'))),
    };
  }

  protected override get editionId() {
    return this.result?.edition.id;
  }

  private get chosenMeasure(): string {
    return this.answers.measure || this.measure || '';
  }

  private sdkApplicant(): Applicant {
    const a = this.answers;
    const out: Record<string, unknown> = {};
    if (a.size) out['size'] = a.size;
    else if (a.headcount.trim() !== '' || a.income.trim() !== '') {
      out['headcount'] = a.headcount.trim() === '' ? undefined : Number(a.headcount);
      out['averageAnnualIncome'] = a.income.trim();
    }
    if (a.stateShare.trim() !== '') out['stateShare'] = a.stateShare.trim().replace(',', '.');
    if (a.stateShareHolderException) out['stateShareHolderException'] = a.stateShareHolderException;
    if (a.registrationDate) out['registrationDate'] = a.registrationDate;
    const payments = Object.fromEntries(Object.entries(a.taxPayments).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim().replace(/\s/g, '').replace(',', '.')]));
    if (Object.keys(payments).length) out['taxPayments'] = payments;
    for (const f of YES_NO_FIELDS) {
      const v = a.yesNo[f];
      if (v === 'yes') out[f] = true;
      if (v === 'no') out[f] = false;
    }
    return out as Applicant;
  }

  /** The SDK's Applicant as the form's answers. */
  private answersFrom(a: Applicant): Answers {
    const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const yesNo: Answers['yesNo'] = {};
    for (const f of YES_NO_FIELDS) {
      const v = (a as Record<string, unknown>)[f];
      if (v === true) yesNo[f] = 'yes';
      if (v === false) yesNo[f] = 'no';
    }
    return {
      ...this.answers,
      size: text(a.size),
      headcount: text(a.headcount),
      income: text(a.averageAnnualIncome),
      stateShare: text(a.stateShare),
      stateShareHolderException: text(a.stateShareHolderException),
      registrationDate: text(a.registrationDate),
      taxPayments: Object.fromEntries(Object.entries(a.taxPayments ?? {}).map(([k, v]) => [k, text(v)])),
      yesNo,
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('applicant') && this.applicant && typeof this.applicant === 'object') this.answers = this.answersFrom(this.applicant);
    super.willUpdate(changed);
    const measure = this.chosenMeasure;
    this.result = undefined;
    this.issues = [];
    if (!measure) {
      // a bad application-date is the page's mistake: say so at once, not only after a measure is chosen
      try {
        checkEligibility({ applicationDate: this.effectiveDate, measure: 'competence' });
      } catch (e) {
        if (isInputError(e)) this.issues = e.issues.filter((i) => i.path[0] === 'applicationDate');
      }
      return;
    }
    ({ value: this.result, issues: this.issues } = this.attempt(() => checkEligibility({ applicationDate: this.effectiveDate, measure: measure as Measure, applicant: this.sdkApplicant() })));
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('answers') || changed.has('measure') || changed.has('applicationDate')) {
      if (this.result) this.emitChange(this.result);
      else if (this.issues.length) this.emitInputError(this.issues);
    }
  }

  private set<K extends keyof Answers>(key: K, value: Answers[K]) {
    this.answers = { ...this.answers, [key]: value };
    this.saveDraft();
  }

  /** Fields the checks read that an empty form leaves unknown: the questions that matter for the measure. */
  private relevantFields(): Set<string> {
    // depends on the measure and the date only: computed once for them, not on every keystroke
    const key = `${this.chosenMeasure}|${this.effectiveDate}`;
    if (this.relevant?.key !== key) {
      let fields = new Set<string>();
      try {
        const blank = checkEligibility({ applicationDate: this.effectiveDate, measure: this.chosenMeasure as Measure, applicant: {} });
        fields = new Set(blank.checks.filter((c) => c.status === 'unknown').flatMap((c) => c.inputs));
      } catch {
        /* a bad measure or date is reported by the main computation */
      }
      this.relevant = { key, fields };
    }
    return this.relevant.fields;
  }

  private relevant?: { key: string; fields: Set<string> };

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const byPath = issuesByPath(this.issues);
    const attrError = byPath.get('applicationDate') ?? (this.measure && !(MEASURES as readonly string[]).includes(this.measure) ? byPath.get('measure') : undefined);
    return html`
      <h2>${t.eligibility.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      <form part="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${this.renderDateQuestion(byPath.get('applicationDate'))}
        ${this.measure && (MEASURES as readonly string[]).includes(this.measure) ? nothing : this.renderMeasureSelect(byPath)}
        ${this.chosenMeasure ? this.renderQuestions(byPath) : nothing}
      </form>
      <div part="result" aria-live="polite">${this.result ? this.renderResult(this.result) : nothing}</div>
    `;
  }

  private renderMeasureSelect(byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const id = `${this.uid}-measure`;
    return html`<div class="field">
      <label for=${id}>${t.common.measure}</label>
      <select id=${id} .value=${this.chosenMeasure} @change=${(e: Event) => this.set('measure', (e.target as HTMLSelectElement).value)} aria-describedby=${`${id}-err`}>
        <option value="">${t.common.chooseMeasure}</option>
        ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.chosenMeasure}>${MEASURE_NAMES_OF(lang)[m]}</option>`)}
      </select>
      ${fieldError(`${id}-err`, byPath.get('measure'), lang)}
    </div>`;
  }

  private yesNo(field: YesNoField, label: string, hint?: string): TemplateResult {
    const t = this.t.common;
    const name = `${this.uid}-${field}`;
    const value = this.answers.yesNo[field] ?? '';
    const pick = (v: Answer) => {
      this.answers = { ...this.answers, yesNo: { ...this.answers.yesNo, [field]: v } };
      this.saveDraft();
    };
    return html`<fieldset class="field" role="radiogroup" aria-labelledby=${`${name}-l`}>
      <legend id=${`${name}-l`}>${label}${hint ? html` <span class="hint">${hint}</span>` : nothing}</legend>
      <div class="row">
        ${([['yes', t.yes], ['no', t.no], ['', t.dontKnow]] as const).map(
          ([v, text]) => html`<label class="choice"><input type="radio" name=${name} .checked=${value === v} @change=${() => pick(v)} />${text}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderQuestions(byPath: Map<string, InputIssue>): TemplateResult {
    const t = this.t.eligibility;
    const lang = this.effectiveLang;
    const rel = this.relevantFields();
    const a = this.answers;
    const text = (id: string, label: string, value: string, onInput: (v: string) => void, path: string, opts: { type?: string; hint?: string; inputmode?: string } = {}) => {
      const issue = byPath.get(path);
      return html`<div class="field">
        <label for=${id}>${label}${opts.hint ? html` <span class="hint">${opts.hint}</span>` : nothing}</label>
        <input id=${id} type=${opts.type ?? 'text'} inputmode=${opts.inputmode ?? 'text'} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
        ${fieldError(`${id}-err`, issue, lang)}
      </div>`;
    };
    // from the questions asked, not from the result: a bad amount in one year must not take the year fields away
    const years = rel.has('taxPayments') ? taxYears(this.effectiveDate) : [];
    return html`
      ${rel.has('size')
        ? html`<fieldset class="field">
            <legend>${t.size}</legend>
            <label for=${`${this.uid}-size`} class="visually-hidden">${t.size}</label>
            <select id=${`${this.uid}-size`} .value=${a.size} @change=${(e: Event) => this.set('size', (e.target as HTMLSelectElement).value)}>
              <option value="">${t.sizeUnknown}</option>
              ${(['micro', 'small', 'medium', 'large'] as const).map((s) => html`<option value=${s} ?selected=${s === a.size}>${t.sizes[s]}</option>`)}
            </select>
            ${a.size
              ? nothing
              : html`<p class="hint">${t.sizeOr}</p>
                  <div class="row">
                    ${text(`${this.uid}-headcount`, t.headcount, a.headcount, (v) => this.set('headcount', v), 'applicant.headcount', { inputmode: 'numeric' })}
                    ${text(`${this.uid}-income`, t.income, a.income, (v) => this.set('income', v), 'applicant.averageAnnualIncome', { inputmode: 'decimal' })}
                  </div>`}
          </fieldset>`
        : nothing}
      ${rel.has('stateShare')
        ? html`${text(`${this.uid}-share`, t.stateShare, a.stateShare, (v) => this.set('stateShare', v), 'applicant.stateShare', { inputmode: 'decimal', hint: t.stateShareHint })}
            ${Number(a.stateShare.replace(',', '.')) >= 50
              ? html`<div class="field">
                  <label for=${`${this.uid}-exc`}>${t.exception}</label>
                  <select id=${`${this.uid}-exc`} .value=${a.stateShareHolderException} @change=${(e: Event) => this.set('stateShareHolderException', (e.target as HTMLSelectElement).value)}>
                    <option value="">${this.t.common.dontKnow}</option>
                    <option value="none">${t.noException}</option>
                    <option value="social-entrepreneurial-corporation">${t.exceptionSpk}</option>
                    <option value="public-private-partnership">${t.exceptionPpp}</option>
                  </select>
                </div>`
              : nothing}`
        : nothing}
      ${YES_NO_FIELDS.filter((f) => rel.has(f)).map((f) => this.yesNo(f, t.questions[f]))}
      ${rel.has('taxPayments')
        ? html`${text(`${this.uid}-reg`, t.registrationDate, a.registrationDate, (v) => this.set('registrationDate', v), 'applicant.registrationDate', { type: 'date' })}
            <fieldset class="field">
              <legend>${t.taxPayments}</legend>
              <div class="row">
                ${years.map((y) =>
                  text(`${this.uid}-tax-${y}`, y, a.taxPayments[y] ?? '', (v) => this.set('taxPayments', { ...a.taxPayments, [y]: v }), `applicant.taxPayments.${y}`, { inputmode: 'decimal' }),
                )}
              </div>
            </fieldset>`
        : nothing}
    `;
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
      <p class="hint">${this.t.common.computedFor(formatDate(r.applicationDate, lang), editionTitle(r.edition.id, lang))}</p>
    `;
  }
}

/** The three calendar years before the filing year (Interpretation 3). */
function taxYears(date: string): string[] {
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? [y - 3, y - 2, y - 1].map(String) : [];
}
