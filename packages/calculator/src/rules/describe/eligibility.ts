import { addDays, addYears, yearOf, type IsoDate } from '../../law/dates.js';
import { BUSINESS_SIZES, STATE_SHARE_EXCEPTIONS, type Measure } from '../../law/domain.js';
import { MCI } from '../../law/reference/business-size.js';
import type { CheckDef, Edition, InterpretationRef } from '../../law/editions/types.js';
import { Money } from '../../law/money.js';
import type { Message } from '../../law/message.js';
import { editionInfo, editionsOption, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy, own } from '../../law/plain.js';
import { eligibilityContext, eligibilityInterpretations, evaluateCheck, verdictOf, withApplicant, type Check, type CheckContext, type EligibilityResult } from '../eligibility/check-eligibility.js';
import type { Applicant, EligibilityInput } from '../schemas.js';
import { option, type FieldDescription, type Relevance } from './fields.js';

/** A question of the eligibility checker, with where the visitor stands on it. */
export interface EligibilityField extends FieldDescription {
  /** The answer's key in `applicant`. */
  id: keyof Applicant;
  /** The check it answers ('p3.4-sez-participant', …). */
  check: string;
  /** The edition's source does not hold the check's rule (Interpretation 16): `citation` is the current rule. */
  notCovered?: true;
  /**
   * `open`: to ask (see `open` for the order); `answered`; `not-asked`: its answer cannot change the verdict
   * (`reason`).
   */
  state: 'open' | 'answered' | 'not-asked';
  reason?: 'verdict-reached' | 'not-relevant' | 'cannot-change-verdict';
}

/** A check that stays `unknown` though nothing useful is left to ask, and why. */
export interface Unresolved {
  check: string;
  /** `answered-unknown`: an answer was "I don't know"; `not-covered`: the edition's source does not say (Interpretation 16); `not-asked`: unanswered, but another answer already keeps the verdict from `eligible`. */
  reason: 'answered-unknown' | 'not-covered' | 'not-asked';
  fields: (keyof Applicant)[];
  message: Message;
}

export interface EligibilityDescription {
  kind: 'eligibility-description';
  /** Every question of the edition for the measure, in the order the law lists them. */
  fields: EligibilityField[];
  /**
   * The questions still to ask, first the ones a single answer to which can exclude, so that the fewest answers
   * reach a verdict; empty once a check fails, or once no answer can change the verdict.
   */
  open: (keyof Applicant)[];
  /** The checker's verdict on the answers so far (`checkEligibility`). */
  verdict: EligibilityResult['verdict'];
  /** While `verdict` is `incomplete` and nothing useful is open: why. */
  unresolved: Unresolved[];
  applicationDate: IsoDate;
  receiptDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
  interpretations: InterpretationRef[];
}

type Value = unknown;
interface Spec {
  field: FieldDescription & { id: keyof Applicant };
  /** Definite answers that stand for every case the check tells apart. */
  reps: readonly Value[];
}

const yesNo = (id: keyof Applicant, citation: CheckDef['cite']): Spec => ({
  field: { id, kind: 'yes-no-unknown', nullable: true, required: false, message: { key: `describe.eligibility.${id}` as Message['key'] }, citation },
  reps: [true, false],
});

/** Tax years of p.13 sub-item 5 (Interpretation 3): the complete calendar years before the filing year. */
const taxYears = (def: Extract<CheckDef, { rule: 'taxGrowth' }>, filing: IsoDate) =>
  Array.from({ length: def.years }, (_, i) => String(yearOf(filing) - def.years + i));

/** The questions a check asks, derived from its definition in the edition. */
function specsOf(def: CheckDef, cite: CheckDef['cite'], filing: IsoDate, receipt: IsoDate): Spec[] {
  const q = (id: keyof Applicant, rest: Omit<FieldDescription, 'id' | 'message' | 'citation' | 'nullable' | 'required'>, reps: readonly Value[]): Spec => ({
    field: { id, ...rest, nullable: true, required: false, message: { key: `describe.eligibility.${id}` as Message['key'] }, citation: cite },
    reps,
  });
  switch (def.rule) {
    case 'size': {
      const unknownSize: Relevance = { field: 'size', is: [null] };
      const mci = MCI[yearOf(filing)]?.value;
      // one income at each threshold of art. 24 and one tiyn above the largest: every size the law tells apart
      const incomes = mci && /^\d+$/.test(mci) ? ['30000', '300000', '3000000'].map((t) => new Money(t).times(mci).toFixed(2)) : [];
      if (incomes.length) incomes.push(new Money(incomes.at(-1)!).plus('0.01').toFixed(2));
      return [
        q('size', { kind: 'choice', options: BUSINESS_SIZES.map((s) => option(s, { size: s })) }, BUSINESS_SIZES),
        q('headcount', { kind: 'count', relevantWhen: [unknownSize] }, [15, 100, 250, 251]),
        q('averageAnnualIncome', { kind: 'amount', relevantWhen: [unknownSize] }, incomes),
        q('neverSmallActivity', { kind: 'yes-no-unknown', relevantWhen: [unknownSize] }, [true, false]),
      ];
    }
    case 'stateShare': {
      const specs = [q('stateShare', { kind: 'percent' }, ['0', def.thresholdPercent])];
      if (def.exceptions) {
        specs.push(q('stateShareHolderException', {
          kind: 'choice',
          options: STATE_SHARE_EXCEPTIONS.map((h) => option(h, { message: { key: `holder.${h}` as Message['key'] } })),
          relevantWhen: [{ field: 'stateShare', atLeast: def.thresholdPercent }],
        }, STATE_SHARE_EXCEPTIONS));
      }
      return specs;
    }
    case 'flagMustBeFalse':
    case 'flagMustBeTrue':
      return [yesNo(def.field, cite)];
    case 'priorityGoods':
      return [yesNo('producesPriorityGoods', cite)];
    case 'taxGrowth': {
      const years = taxYears(def, filing);
      const old = addYears(receipt, -def.exemptRegisteredYears.value);
      return [
        q('taxExempt', { kind: 'yes-no-unknown' }, [true, false]),
        q('registrationDate', { kind: 'date' }, [old, addDays(old, 1)]),
        q('taxPayments', { kind: 'list', keys: years, of: 'amount' }, [
          Object.fromEntries(years.map((y, i) => [y, String(i + 1)])),
          Object.fromEntries(years.map((y) => [y, '1'])),
        ]),
      ];
    }
  }
}

function holds(r: Relevance, a: Readonly<Record<string, Value>>): boolean {
  const v = a[r.field];
  if ('is' in r) return r.is.includes(v as never);
  if (v === undefined || v === null) return false;
  if ('not' in r) return !r.not.includes(v as never);
  try {
    return new Money(String(v).replace(',', '.')).gte(r.atLeast);
  } catch {
    return false;
  }
}
const relevant = (f: FieldDescription, a: Readonly<Record<string, Value>>) => (f.relevantWhen ?? []).every((r) => holds(r, a));

/** An answer is given: `null` ("I don't know") counts; tax payments count once every year has a value. */
function answered(f: FieldDescription, a: Readonly<Record<string, Value>>): boolean {
  const v = a[f.id];
  if (v === undefined) return false;
  if (v !== null && f.keys) return f.keys.every((k) => (v as Record<string, Value>)[k] !== undefined && (v as Record<string, Value>)[k] !== null);
  return true;
}

type Cls = 'fail' | 'ok' | 'unknown';
const clsOf = (c: Check): Cls => (c.status === 'fail' ? 'fail' : c.status === 'unknown' ? 'unknown' : 'ok');

interface Case {
  values: Record<string, Value>;
  /** Fields given a definite or null answer in this case, beyond those already answered. */
  added: string[];
  full: boolean;
  cls: Cls;
}

/**
 * Every way the visitor could still answer one check's questions (each unanswered relevant field: not yet, "I don't
 * know", or each representative answer), evaluated by the checker itself.
 */
function casesOf(def: CheckDef, specs: readonly Spec[], a: Applicant, ctx: CheckContext): Case[] {
  const out: Case[] = [];
  const walk = (i: number, values: Record<string, Value>, added: string[], full: boolean) => {
    if (i === specs.length) {
      const applicant = { ...a, ...values } as Applicant;
      const c = evaluateCheck(def, withApplicant(ctx, applicant));
      out.push({ values, added, full, cls: clsOf(c) });
      return;
    }
    const { field, reps } = specs[i]!;
    const merged = { ...a, ...values } as Record<string, Value>;
    if (answered(field, a) || !relevant(field, merged)) return walk(i + 1, values, added, full);
    walk(i + 1, { ...values, [field.id]: undefined }, added, false);
    for (const v of [null, ...reps]) walk(i + 1, { ...values, [field.id]: v }, [...added, field.id], full);
  };
  walk(0, {}, [], true);
  return out;
}

interface FieldStat {
  canFail: boolean;
  canPass: boolean;
  /** Fewest answers (this one included) that make the check fail. */
  toFail: number;
}

/** Per unanswered field: whether some answer to it, all else equal, moves its check between fail / ok / unknown. */
function statsOf(specs: readonly Spec[], cases: readonly Case[]): Map<string, FieldStat> {
  const stats = new Map<string, FieldStat>();
  for (const { field } of specs) {
    const deps = new Set<string>([field.id, ...specs.filter((s) => s.field.relevantWhen?.some((r) => r.field === field.id)).map((s) => s.field.id)]);
    const groups = new Map<string, Set<Cls>>();
    let toFail = Infinity;
    for (const c of cases) {
      if (!c.added.includes(field.id)) continue;
      if (c.cls === 'fail') toFail = Math.min(toFail, c.added.length);
      if (!c.full) continue;
      const key = JSON.stringify(Object.entries(c.values).filter(([k]) => !deps.has(k)));
      groups.set(key, (groups.get(key) ?? new Set()).add(c.cls));
    }
    const canFail = [...groups.values()].some((g) => g.has('fail') && g.size > 1);
    const canPass = [...groups.values()].some((g) => g.has('ok') && g.has('unknown'));
    if (cases.some((c) => c.added.includes(field.id))) stats.set(field.id, { canFail, canPass, toFail });
  }
  return stats;
}

/**
 * The questions of the eligibility checker for a measure on a date, derived from the edition's checks: each with
 * its kind, allowed values, relevance, label (message key) and citation; and, for the answers so far, the questions
 * still open, in the order that reaches a verdict with the fewest answers (Publicodes' "missing variables"). A
 * question whose every answer leaves the verdict as it is, is marked `not-asked`.
 *
 * Answers go in `applicant` as `checkEligibility` takes them: `undefined` = not asked yet, `null` = "I don't know".
 *
 * @example
 * describeEligibility({ applicationDate: '2026-03-02', measure: 'digital', applicant: { sezParticipant: false } }).open
 * // → ['size', 'unrepaidBreach', 'industrialInnovativeSubject', 'inProducersRegister', …, 'stateShare', 'taxExempt', …]
 */
export function describeEligibility(input: EligibilityInput, options: { editions?: readonly Edition[] } = {}): EligibilityDescription {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => describeEligibilityUnder(input, editions)));
}

function describeEligibilityUnder(input: EligibilityInput, editions: readonly Edition[]): EligibilityDescription {
  const { parsed, filing, receipt, edition, a, ctx } = eligibilityContext(input, editions);

  const perCheck = edition.eligibility.map((def) => {
    const cite = own(def.citeByMeasure, parsed.measure) ?? def.cite;
    const specs = specsOf(def, cite, filing, receipt);
    const now = evaluateCheck(def, ctx);
    const cases = casesOf(def, specs, a, ctx);
    const okReachable = cases.some((c) => c.full && c.cls === 'ok');
    return { def, specs, now, cases, okReachable, stats: statsOf(specs, cases) };
  });
  const checks = perCheck.map((p) => p.now);
  const verdict = verdictOf(checks);
  const reached = verdict === 'ineligible';

  const fields: EligibilityField[] = [];
  const open: { id: keyof Applicant; toFail: number; order: number }[] = [];
  perCheck.forEach((p, k) => {
    // the ok-or-unknown of this check matters only while every other check can still be ok
    const othersCanPass = perCheck.every((o, j) => j === k || o.okReachable);
    for (const { field } of p.specs) {
      const f: EligibilityField = { ...field, check: p.def.id, state: 'answered' };
      if (p.def.silent) f.notCovered = true;
      if (!answered(field, a)) {
        const stat = p.stats.get(field.id);
        const useful = !!stat && (stat.canFail || (stat.canPass && othersCanPass));
        if (reached) Object.assign(f, { state: 'not-asked', reason: 'verdict-reached' });
        else if (!relevant(field, a as Record<string, Value>)) Object.assign(f, { state: 'not-asked', reason: 'not-relevant' });
        else if (!useful) Object.assign(f, { state: 'not-asked', reason: 'cannot-change-verdict' });
        else {
          f.state = 'open';
          open.push({ id: field.id, toFail: stat.toFail, order: fields.length });
        }
      }
      fields.push(f);
    }
  });
  open.sort((x, y) => x.toFail - y.toFail || x.order - y.order);

  const unresolved: Unresolved[] = [];
  if (verdict === 'incomplete') {
    for (const p of perCheck) {
      if (p.now.status !== 'unknown' || p.specs.some((s) => fields.find((f) => f.id === s.field.id)?.state === 'open')) continue;
      const ids: (keyof Applicant)[] = p.specs.map((s) => s.field.id);
      const nulls = ids.filter((id) => a[id] === null);
      const reason: Unresolved['reason'] = p.now.silent && p.now.message.key === 'silent.excludes' ? 'not-covered' : nulls.length ? 'answered-unknown' : 'not-asked';
      unresolved.push({ check: p.def.id, reason, fields: reason === 'answered-unknown' ? nulls : ids, message: p.now.message });
    }
  }

  return {
    kind: 'eligibility-description',
    fields,
    open: open.map((o) => o.id),
    verdict,
    unresolved,
    applicationDate: filing,
    receiptDate: receipt,
    measure: parsed.measure,
    edition: editionInfo(edition, filing, editions),
    interpretations: eligibilityInterpretations(ctx),
  };
}
