import { addYears, yearOf, type IsoDate } from '../../law/dates.js';
import { MEASURES, type Measure } from '../../law/domain.js';
import { EDITIONS, editionFor, editionInfo, interpretationsOf, type EditionInfo } from '../editions.js';
import type { CheckDef, Edition, InterpretationRef } from '../../law/editions/types.js';
import type { Citation } from '../../law/citation.js';
import type { Message, Param } from '../../explain/format.js';
import { deriveSize, type DerivedSize } from '../../law/reference/business-size.js';
import { formatAmount, Money } from '../../law/money.js';
import { decimalText, EligibilityInputSchema, type Applicant, type EligibilityInput } from '../schemas.js';
import { issue, parseOrThrow, throwIfAny } from '../validate.js';
import { editionNotes } from '../notes.js';
import { own } from '../own.js';

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

interface Context {
  measure: Measure;
  filing: IsoDate;
  receipt: IsoDate;
  a: Applicant;
  size?: EligibilityResult['size'];
  sizeUnknownMci?: number;
  /** The size headcount and income give, when it differs from the stated one. */
  sizeConflict?: DerivedSize['size'];
}

type Outcome = { status: CheckStatus; message: Message; inputs: (keyof Applicant)[] };

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
    case 'flagMustBeFalse': {
      const v = own(a, def.field);
      const inputs = [def.field];
      if (!known(v)) return { status: 'unknown', message: { key: `${def.field}.unknown` }, inputs };
      return { status: v ? 'fail' : 'pass', message: { key: `${def.field}.${v ? 'fail' : 'pass'}` }, inputs };
    }
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
    case 'priorityGoods': {
      const inputs: (keyof Applicant)[] = ['producesPriorityGoods'];
      const v = a.producesPriorityGoods;
      const requiredNow = def.afterwards === 'required' || (def.requiredUntil !== undefined && ctx.filing <= def.requiredUntil);
      if (v === true) return { status: 'pass', message: { key: 'priorityGoods.pass' }, inputs };
      if (requiredNow) {
        if (v === false) {
          return def.requiredUntil
            ? { status: 'fail', message: { key: 'priorityGoods.fail', params: { until: { date: def.requiredUntil } } }, inputs }
            : { status: 'fail', message: { key: 'priorityGoods.fail-always' }, inputs };
        }
        return { status: 'unknown', message: { key: 'priorityGoods.unknown' }, inputs };
      }
      return { status: 'unknown', message: { key: 'priorityGoods.unknown-after', params: { until: { date: def.requiredUntil ?? '' } } }, inputs };
    }
  }
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

function runChecks(edition: Edition, ctx: Context): Check[] {
  return edition.eligibility.map((def) => {
    const o = evaluate(def, ctx);
    return { id: def.id, status: o.status, citation: own(def.citeByMeasure, ctx.measure) ?? def.cite, message: o.message, inputs: o.inputs };
  });
}

function verdictOf(checks: readonly Check[]): EligibilityResult['verdict'] {
  if (checks.some((c) => c.status === 'fail')) return 'ineligible';
  if (checks.some((c) => c.status === 'unknown')) return 'incomplete';
  return 'eligible';
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
  const parsed = parseOrThrow(EligibilityInputSchema, input);
  const filing = parsed.applicationDate;
  const receipt = parsed.receiptDate ?? filing;
  throwIfAny(receipt < filing ? [issue(['receiptDate'], 'receipt-before-filing')] : []);
  const editions = options.editions ?? EDITIONS;
  const edition = editionFor(filing, editions);
  const a: Applicant = parsed.applicant ?? {};
  const base = { filing, receipt, a, ...sizeOf(a, filing) };
  const ctx: Context = { ...base, measure: parsed.measure };
  const checks = runChecks(edition, ctx);
  const verdict = verdictOf(checks);

  const remainsOpen =
    verdict === 'ineligible'
      ? MEASURES.filter((m) => m !== parsed.measure && !runChecks(edition, { ...base, measure: m }).some((c) => c.status === 'fail'))
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
    summary.push({ key: 'verdict.incomplete', params: { unknown: { list: unknown.map((c) => ({ cite: c.citation })) } } });
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
    interpretations: interpretationsOf(edition, ['tax-growth', 'order-442-item-4']),
    notes: editionNotes(edition, filing, editions),
  };
  if (ctx.size) result.size = ctx.size;
  return result;
}

