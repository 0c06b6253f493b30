import { addYears, yearOf, type IsoDate } from '../../law/dates.js';
import { MEASURES, type Measure } from '../../law/domain.js';
import { editionFor, editionInfo, editionsOption, interpretationsOf, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import type { CheckDef, Edition, InterpretationRef } from '../../law/editions/types.js';
import type { Citation } from '../../law/citation.js';
import type { Message, Param } from '../../law/message.js';
import { deriveSize, type DerivedSize } from '../../law/reference/business-size.js';
import { formatAmount, Money } from '../../law/money.js';
import { decimalText, EligibilityInputSchema, type Applicant, type EligibilityInput } from '../schemas.js';
import { issue, parseOrThrow, throwIfAny } from '../validate.js';
import { editionNotes } from '../notes.js';
import { own } from '../../law/plain.js';

export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';

/** One requirement of the law, checked against the answers. */
export interface Check {
  /** The law's numbering first: 'p3.1-large-business', 'p13.5-tax-growth', … */
  id: string;
  status: CheckStatus;
  citation: Citation;
  message: Message;
  /** The applicant's answers it read. */
  inputs: readonly (keyof Applicant)[];
  /**
   * The edition's source does not hold this rule (a partial edition, RULES.md Interpretation 16): `citation` is the
   * current rule, and the status never `pass`.
   */
  silent?: true;
}

export interface EligibilityResult {
  kind: 'eligibility';
  /** `ineligible` if any check fails; else `incomplete` if any is unknown; else `eligible`. */
  verdict: 'eligible' | 'ineligible' | 'incomplete';
  checks: Check[];
  /** One sentence that sums the verdict up: what fails, what stays open or what is still unanswered. */
  summary: Message[];
  /** When ineligible: the other measures no check would refuse (e.g. a large business: `competence`). */
  remainsOpen: Measure[];
  /** Answers that would settle the `unknown` checks. */
  unanswered: (keyof Applicant)[];
  /** The business size used, and whether stated or derived. */
  size?: { value: DerivedSize['size']; source: 'stated' | 'derived'; derivation?: DerivedSize };
  applicationDate: IsoDate;
  receiptDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
  interpretations: InterpretationRef[];
  notes: Message[];
}

/** What a check reads: the answers, the dates, the measure, and the readings of the interpretations. */
export interface CheckContext {
  measure: Measure;
  filing: IsoDate;
  receipt: IsoDate;
  a: Applicant;
  size?: EligibilityResult['size'];
  sizeUnknownMci?: number;
  /** The size headcount and income give, when it differs from the stated one. */
  sizeConflict?: DerivedSize['size'];
  edition: Edition;
  /** The reading of each interpretation, by id: the caller's choice, else the edition's. */
  readings: Readonly<Record<string, string>>;
}
type Context = CheckContext;

type Outcome = { status: CheckStatus; message: Message; inputs: (keyof Applicant)[]; citation?: Citation };

const known = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

function sizeSource(ctx: Context): Param {
  const s = ctx.size;
  if (!s || s.source === 'stated' || !s.derivation) return { message: { key: 'size.source-stated' } };
  const d = s.derivation;
  return {
    message: {
      key: 'size.source-derived',
      params: {
        headcount: String(ctx.a.headcount),
        income: { amount: formatAmount(new Money(decimalText(ctx.a.averageAnnualIncome!)!)) },
        incomeMci: d.incomeMci,
        year: String(d.mciYear),
        mci: d.mci,
      },
    },
  };
}

function evaluate(def: CheckDef, ctx: Context): Outcome {
  const a = ctx.a;
  switch (def.rule) {
    // p.3 sub-item 1: a large business only for the competence measure (business size: Entrepreneurial Code art. 24)
    case 'size': {
      const inputs: (keyof Applicant)[] = ['size', 'headcount', 'averageAnnualIncome', 'neverSmallActivity'];
      const anySize = def.largeExceptMeasures.includes(ctx.measure);
      if (!ctx.size) {
        if (anySize) return { status: 'pass', message: { key: 'size.pass-any' }, inputs };
        if (ctx.sizeUnknownMci !== undefined) {
          return { status: 'unknown', message: { key: 'size.unknown-mci', params: { year: String(ctx.sizeUnknownMci) } }, inputs };
        }
        return { status: 'unknown', message: { key: 'size.unknown' }, inputs };
      }
      const size = ctx.size.value;
      const source = sizeSource(ctx);
      if (ctx.sizeConflict && !(anySize && def.largeExceptMeasures.length)) {
        return { status: 'unknown', message: { key: 'size.conflict', params: { stated: { size }, derived: { size: ctx.sizeConflict } } }, inputs };
      }
      if (def.allowed.includes(size)) return { status: 'pass', message: { key: 'size.pass', params: { size: { size }, source } }, inputs };
      if (anySize) return { status: 'pass', message: { key: 'size.pass-exception', params: { source } }, inputs };
      if (def.largeExceptMeasures.length) {
        return {
          status: 'fail',
          message: { key: 'size.fail-large', params: { source, open: { list: def.largeExceptMeasures.map((m) => ({ measure: m })) } } },
          inputs,
        };
      }
      return { status: 'fail', message: { key: 'size.fail', params: { size: { size }, source } }, inputs };
    }
    // p.3 sub-item 2: a state (national holding, company) share of 50 % or more excludes, but for two holders
    case 'stateShare': {
      const inputs: (keyof Applicant)[] = ['stateShare', 'stateShareHolderException'];
      if (!known(a.stateShare)) return { status: 'unknown', message: { key: 'stateShare.unknown' }, inputs };
      const share = decimalText(a.stateShare)!;
      const params = { share, threshold: def.thresholdPercent };
      if (new Money(share).lt(def.thresholdPercent)) return { status: 'pass', message: { key: 'stateShare.pass', params }, inputs };
      if (def.exceptions) {
        const holder = a.stateShareHolderException;
        // p.3 sub-item 2 spares two holders: until the visitor says who holds the share, the check is open
        if (!known(holder)) return { status: 'unknown', message: { key: 'stateShare.unknown-holder', params }, inputs };
        if (holder !== 'none') {
          return { status: 'pass', message: { key: 'stateShare.pass-exception', params: { ...params, holder: { message: { key: `holder.${holder}` } } } }, inputs };
        }
      }
      return { status: 'fail', message: { key: 'stateShare.fail', params }, inputs };
    }
    // p.3 sub-items 3-4, the double-funding declaration (Annex 1), refusal ground 9.4: a "yes" excludes
    case 'flagMustBeFalse': {
      const v = own(a, def.field);
      const inputs = [def.field];
      if (!known(v)) return { status: 'unknown', message: { key: `${def.field}.unknown` }, inputs };
      return { status: v ? 'fail' : 'pass', message: { key: `${def.field}.${v ? 'fail' : 'pass'}` }, inputs };
    }
    // p.5 sub-item 15, p.13 sub-item 6 (from 2026-01-01), refusal ground 9.5: a "no" excludes
    case 'flagMustBeTrue': {
      const inputs = [def.field];
      const params: Record<string, Param> = def.from ? { from: { date: def.from }, date: { date: ctx.filing } } : {};
      if (def.from && ctx.filing < def.from) {
        return { status: 'not-applicable', message: { key: `${def.field}.not-applicable` as Message['key'], params }, inputs };
      }
      const v = own(a, def.field);
      if (!known(v)) return { status: 'unknown', message: { key: `${def.field}.unknown`, params }, inputs };
      return { status: v ? 'pass' : 'fail', message: { key: `${def.field}.${v ? 'pass' : 'fail'}`, params }, inputs };
    }
    case 'taxGrowth':
      return taxGrowth(def, ctx);
    case 'priorityGoods':
      return priorityGoods(def, ctx);
  }
}

// Interpretation 15: up to `requiredUntil` a "no" fails; afterwards the edition's reading decides (by default
// `not-applicable` from 2026-01-01, when the documents proving priority goods end).
function priorityGoods(def: Extract<CheckDef, { rule: 'priorityGoods' }>, ctx: Context): Outcome {
  const inputs: (keyof Applicant)[] = ['producesPriorityGoods'];
  const until = def.requiredUntil;
  const ended = until !== undefined && ctx.filing > until;
  const after = def.afterwards;
  const reading = !ended || after === 'required' ? 'required' : (after.readings[ctx.readings[after.interpretation] ?? ''] ?? 'required');
  if (reading === 'not-applicable' && typeof after === 'object') {
    const cite = ctx.edition.interpretations.find((i) => i.id === after.interpretation)?.cite;
    const params = { until: { date: until! }, date: { date: ctx.filing } };
    return { status: 'not-applicable', message: { key: 'priorityGoods.not-applicable', params }, inputs, ...(cite ? { citation: cite } : {}) };
  }
  const v = ctx.a.producesPriorityGoods;
  if (v === true) return { status: 'pass', message: { key: 'priorityGoods.pass' }, inputs };
  if (v === false) {
    if (ended) return { status: 'fail', message: { key: 'priorityGoods.fail-still-required', params: { until: { date: until! } } }, inputs };
    return until !== undefined
      ? { status: 'fail', message: { key: 'priorityGoods.fail', params: { until: { date: until } } }, inputs }
      : { status: 'fail', message: { key: 'priorityGoods.fail-always' }, inputs };
  }
  return { status: 'unknown', message: { key: 'priorityGoods.unknown' }, inputs };
}

// p.13 sub-item 5 with Interpretation 3: the three complete calendar years before the filing year, each strictly
// above the one before; not for the tax-exempt, nor for those registered less than seven years before receipt.
function taxGrowth(def: Extract<CheckDef, { rule: 'taxGrowth' }>, ctx: Context): Outcome {
  const a = ctx.a;
  const inputs: (keyof Applicant)[] = ['taxPayments', 'taxExempt', 'registrationDate'];
  if (a.taxExempt === true) return { status: 'not-applicable', message: { key: 'taxGrowth.not-applicable-exempt' }, inputs };
  const sevenYearsBefore = addYears(ctx.receipt, -def.exemptRegisteredYears.value);
  const young = known(a.registrationDate) ? a.registrationDate > sevenYearsBefore : undefined;
  if (young === true) {
    return {
      status: 'not-applicable',
      message: {
        key: 'taxGrowth.not-applicable-young',
        params: { registered: { date: a.registrationDate! }, receipt: { date: ctx.receipt }, years: String(def.exemptRegisteredYears.value) },
      },
      inputs,
    };
  }
  const y = yearOf(ctx.filing);
  const years = Array.from({ length: def.years }, (_, i) => String(y - def.years + i));
  const payments = a.taxPayments ?? {};
  const missing = years.filter((k) => !known(own(payments, k)));
  if (missing.length) return { status: 'unknown', message: { key: 'taxGrowth.unknown-years', params: { years: missing.join(', ') } }, inputs };
  const values = years.map((k) => new Money(decimalText(own(payments, k)!)!));
  const series: Param = { list: years.map((k, i) => `${k}: ${formatAmount(values[i]!)}`) };
  const grew = values.every((v, i) => i === 0 || v.gt(values[i - 1]!));
  if (grew) return { status: 'pass', message: { key: 'taxGrowth.pass', params: { series } }, inputs };
  if (a.taxExempt === false && young === false) return { status: 'fail', message: { key: 'taxGrowth.fail', params: { series } }, inputs };
  return { status: 'unknown', message: { key: 'taxGrowth.unknown-exemption', params: { series } }, inputs };
}

function sizeOf(a: Applicant, filing: IsoDate): Pick<Context, 'size' | 'sizeUnknownMci' | 'sizeConflict'> {
  if (known(a.size)) {
    const derived = known(a.headcount) && known(a.averageAnnualIncome) ? deriveSize(a.headcount, a.averageAnnualIncome, yearOf(filing), a.neverSmallActivity === true) : undefined;
    const smallish = (s: string) => (s === 'micro' ? 'small' : s);
    if (derived && smallish(derived.size) !== smallish(a.size)) return { size: { value: a.size, source: 'stated' }, sizeConflict: derived.size };
    return { size: { value: a.size, source: 'stated' } };
  }
  if (known(a.headcount) && known(a.averageAnnualIncome)) {
    const year = yearOf(filing);
    const d = deriveSize(a.headcount, a.averageAnnualIncome, year, a.neverSmallActivity === true);
    return d ? { size: { value: d.size, source: 'derived', derivation: d } } : { sizeUnknownMci: year };
  }
  return {};
}

// Interpretation 16: a rule the edition's source does not hold never passes; an answer it would fail stays open.
function silenced(o: Outcome, cite: Citation): Outcome {
  if (o.status === 'fail') return { ...o, status: 'unknown', message: { key: 'silent.excludes', params: { rule: { cite }, reason: { message: o.message } } } };
  if (o.status === 'pass' || o.status === 'not-applicable') return { ...o, status: 'not-applicable', message: { key: 'silent.not-covered', params: { rule: { cite } } } };
  return o;
}

/** One check of the edition against the answers in `ctx`. */
export function evaluateCheck(def: CheckDef, ctx: CheckContext): Check {
  const citation = own(def.citeByMeasure, ctx.measure) ?? def.cite;
  const raw = evaluate(def, ctx);
  const o = def.silent ? silenced(raw, citation) : raw;
  const check: Check = { id: def.id, status: o.status, citation: o.citation ?? citation, message: o.message, inputs: o.inputs };
  if (def.silent) check.silent = true;
  return check;
}

/** The context the checks read: the answers, the size they give, the dates, the measure and the readings. */
export function checkContext(
  edition: Edition,
  a: Applicant,
  filing: IsoDate,
  receipt: IsoDate,
  measure: Measure,
  choices: EligibilityInput['interpretations'] = {},
): CheckContext {
  const readings: Record<string, string> = Object.fromEntries(edition.interpretations.map((i) => [i.id, i.value]));
  if (choices?.priorityGoods && readings['priority-goods'] !== undefined) readings['priority-goods'] = choices.priorityGoods;
  return { filing, receipt, a, measure, edition, readings, ...sizeOf(a, filing) };
}

/** The same context with other answers. */
export function withApplicant(ctx: CheckContext, a: Applicant): CheckContext {
  const { filing, receipt, measure, edition, readings } = ctx;
  return { filing, receipt, measure, edition, readings, a, ...sizeOf(a, filing) };
}

function runChecks(edition: Edition, ctx: Context): Check[] {
  return edition.eligibility.map((def) => evaluateCheck(def, ctx));
}

/** `ineligible` if any check fails; else `incomplete` if any is unknown; else `eligible`. */
export function verdictOf(checks: readonly Check[]): EligibilityResult['verdict'] {
  if (checks.some((c) => c.status === 'fail')) return 'ineligible';
  if (checks.some((c) => c.status === 'unknown')) return 'incomplete';
  return 'eligible';
}

/** The interpretations an eligibility result rests on, with the readings used. */
export function eligibilityInterpretations(ctx: CheckContext): InterpretationRef[] {
  const ids = ['tax-growth', 'order-442-item-4', 'priority-goods'];
  if (ctx.edition.eligibility.some((d) => d.silent)) ids.push('partial-silence');
  return interpretationsOf(ctx.edition, ids, ctx.readings);
}

/**
 * Checks the applicant against p.3 (exclusions), p.5 sub-item 15, p.13 sub-items 5 and 6, the double-funding
 * declaration and the refusal grounds a person can answer. An unanswered question is `unknown`, never a guess.
 *
 * @example
 * checkEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } })
 * // → verdict 'ineligible', the p3.1 check fails, remainsOpen ['competence']
 */
export function checkEligibility(input: EligibilityInput, options: { editions?: readonly Edition[] } = {}): EligibilityResult {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => eligibilityUnder(input, editions)));
}

/** The validated answers and what every check reads of them: for the checker and for the description of its questions. */
export function eligibilityContext(input: EligibilityInput, editions: readonly Edition[]) {
  const parsed = parseOrThrow(EligibilityInputSchema, input);
  const filing = parsed.applicationDate;
  const receipt = parsed.receiptDate ?? filing;
  throwIfAny(receipt < filing ? [issue(['receiptDate'], 'receipt-before-filing')] : []);
  const edition = editionFor(filing, editions);
  const a: Applicant = parsed.applicant ?? {};
  const ctx = checkContext(edition, a, filing, receipt, parsed.measure, parsed.interpretations);
  return { parsed, filing, receipt, edition, a, ctx };
}

function eligibilityUnder(input: EligibilityInput, editions: readonly Edition[]): EligibilityResult {
  const { parsed, filing, receipt, edition, a, ctx } = eligibilityContext(input, editions);
  const checks = runChecks(edition, ctx);
  const verdict = verdictOf(checks);

  const remainsOpen =
    verdict === 'ineligible'
      ? MEASURES.filter((m) => m !== parsed.measure && !runChecks(edition, { ...ctx, measure: m }).some((c) => c.status === 'fail'))
      : [];
  const unknown = checks.filter((c) => c.status === 'unknown');
  const unanswered = [...new Set(unknown.flatMap((c) => c.inputs.filter((k) => !known(own(a, k)))))];

  const summary: Message[] = [];
  const measureParam: Param = { measure: parsed.measure };
  if (verdict === 'eligible') summary.push({ key: 'verdict.eligible', params: { measure: measureParam } });
  if (verdict === 'ineligible') {
    summary.push({
      key: 'verdict.ineligible',
      params: { measure: measureParam, failed: { list: checks.filter((c) => c.status === 'fail').map((c) => ({ cite: c.citation })) } },
    });
    if (remainsOpen.length) summary.push({ key: 'verdict.ineligible-open', params: { open: { list: remainsOpen.map((m) => ({ measure: m })) } } });
  }
  if (verdict === 'incomplete') {
    // Interpretation 16: nothing is unanswered, but the edition's source cannot say what the current rules exclude
    const notCovered = unknown.every((c) => c.silent && c.message.key === 'silent.excludes');
    summary.push(
      notCovered
        ? { key: 'verdict.not-covered', params: { checks: { list: unknown.map((c) => ({ cite: c.citation })) } } }
        : { key: 'verdict.incomplete', params: { unknown: { list: unknown.map((c) => ({ cite: c.citation })) } } },
    );
  }
  if (a.individualEntrepreneur === true) summary.push({ key: 'taxGrowth.entrepreneur-statement' });

  const result: EligibilityResult = {
    kind: 'eligibility',
    verdict,
    checks,
    summary,
    remainsOpen,
    unanswered,
    applicationDate: filing,
    receiptDate: receipt,
    measure: parsed.measure,
    edition: editionInfo(edition, filing, editions),
    interpretations: eligibilityInterpretations(ctx),
    notes: editionNotes(edition, filing, editions),
  };
  if (ctx.size) result.size = ctx.size;
  return result;
}

