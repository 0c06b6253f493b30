import * as z from 'zod/mini';
import { addDays, addMonths, lastDateReaching, maxDate, minDate, toDayNumber, type IsoDate } from '../../law/dates.js';
import type { CostType, Measure } from '../../law/domain.js';
import { editionFor, editionInfo, editionsOption, interpretationsOf, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import type { CapGroup, CostTypeRule, Edition, InterpretationRef } from '../../law/editions/types.js';
import { InputError, type InputIssue } from '../errors.js';
import type { Citation } from '../../law/citation.js';
import type { Message, Param } from '../../law/message.js';
import { editionNotes } from '../notes.js';
import { formatAmount, Money, roundTiyn, sum, ZERO } from '../../law/money.js';
import {
  AlreadyReceivedSchema,
  CostLineSchema,
  EstimateInputSchema,
  InterpretationChoicesSchema,
  IsoDateSchema,
  MeasureSchema,
  type CostLine,
  type EstimateInput,
} from '../schemas.js';
import { decimalText } from '../schemas.js';
import { check, issue, snapshot } from '../validate.js';
import { own } from '../../law/plain.js';

/** Why a line counts as it does: a sentence and the paragraph it comes from. */
export interface Reason {
  code: string;
  message: Message;
  citation: Citation;
}

export interface EstimateLine {
  /** Position of the line in the input. */
  index: number;
  /** The caller's id, if it gave one. */
  id?: string;
  costType: CostType;
  status: 'included' | 'excluded';
  /** The line in tenge (converted at the given rates), two decimals. */
  amount: string;
  /** The part of it that counts (after a Decree-256 limit or the accommodation limit). */
  counted: string;
  /** 40 % of what counts, before the caps, two decimals; '0.00' when excluded. */
  reimbursable: string;
  /** The cap group the line falls under. */
  capGroup: string;
  /** The date that decided the window: the act date (services) or the last payment (equipment). */
  decisiveDate?: IsoDate;
  payments?: { date: IsoDate; amount: string; currency: string; rate?: string; amountKzt: string }[];
  /**
   * An included line with a look-back window: the last date of the application date named by `windowRefersTo`
   * (the filing date for a service, p.14; the receipt date for equipment, p.14-1) on which the line is still inside
   * its window: the largest D with D − 24 months (12 for a 2022 foreign employee; clamped to the month's end)
   * ≤ `decisiveDate`. From the day after, the line would be out. Absent on excluded lines.
   */
  fileBy?: IsoDate;
  /**
   * A line excluded as too old: the first date of the application date named by `windowRefersTo` on which it was out
   * of its window (the day after its `fileBy` would have been).
   */
  leftWindowOn?: IsoDate;
  /** Which application date `fileBy` / `leftWindowOn` are dates of: 'filing' (services, p.14) or 'receipt' (equipment, p.14-1). */
  windowRefersTo?: 'filing' | 'receipt';
  reasons: Reason[];
}

/**
 * When the estimate's total drops if the application is filed later. Dates are **filing** dates: an equipment line's
 * deadline is on the receipt date (p.14-1), turned into a filing date by assuming that the institute receives the
 * application `receiptLagDays` after filing, as in the input (0 when no receipt date was given). The filer controls
 * the filing date; the receipt date usually follows it, so keeping the same lag is the cautious reading.
 */
export interface EstimateFileBy {
  /**
   * The last filing date on which the total is still `total`. On the day after, the lines in `lines` are out of their
   * windows and the total is `totalAfter`. Usually the earliest `fileBy` of the included lines (`allLinesUntil`);
   * later when a cap absorbs the first lines that drop (the total does not change until more lines drop).
   */
  date: IsoDate;
  /** The total filed on the day after `date`: the same computation (caps, already received, rounding, same cap year and edition) without the lines in `lines`. */
  totalAfter: string;
  /** Indices of the included lines that are out of their windows on the day after `date`. */
  lines: number[];
  /** The last filing date on which every included line is still in its window (the earliest line deadline). */
  allLinesUntil: IsoDate;
  /** Days the receipt date follows the filing date in the input, assumed to stay the same. */
  receiptLagDays: number;
  message: Message;
  /** The look-back rule of the first line in `lines` (p.14 or p.14-1, from the edition). */
  citation: Citation;
}

export interface CapResult {
  id: string;
  measure: Measure;
  costTypes: readonly CostType[];
  cap: string;
  /** Received this calendar year under this cap (Interpretation 2). */
  alreadyReceived: string;
  remaining: string;
  /** 40 % of the included lines, before the cap. */
  requested: string;
  /** What the cap lets through, rounded half-up to the tiyn. */
  granted: string;
  /** The cap cut the requested amount. */
  binding: boolean;
  perCalendarYear: boolean;
  citation: Citation;
  message: Message;
}

export interface EstimateResult {
  kind: 'estimate';
  /** The reimbursement: the sum of the rounded cap groups, two decimals. */
  total: string;
  /** The included costs in tenge. */
  includedCosts: string;
  rate: string;
  lines: EstimateLine[];
  caps: CapResult[];
  /** Calendar year the caps apply to (Interpretation 7). */
  capYear: number;
  windows: { services?: { from: IsoDate; to: IsoDate }; equipment?: { from: IsoDate; to: IsoDate } };
  applicationDate: IsoDate;
  receiptDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
  interpretations: InterpretationRef[];
  notes: Message[];
  /** When the total drops if the application is filed later; null when no included line can drop it (the total is 0.00, or no included line has a window). */
  fileBy: EstimateFileBy | null;
}

const TopSchema = z.strictObject({
  applicationDate: IsoDateSchema,
  receiptDate: z.optional(IsoDateSchema),
  measure: MeasureSchema,
  costs: z.array(z.unknown()).check(z.maxLength(500)),
  alreadyReceived: z.optional(z.array(AlreadyReceivedSchema).check(z.maxLength(100))),
  interpretations: z.optional(InterpretationChoicesSchema),
});

const dec = (v: string | number) => new Money(decimalText(v)!);
const isKzt = (line: CostLine) => (line.currency ?? 'KZT') === 'KZT';

/**
 * Every problem of an estimate's input at once: the shape (zod), each line on its own (so that one bad line does
 * not hide another's problems), then what the edition says (cost types of the measure, rates, dates).
 */
function validate(input: EstimateInput, editions: readonly Edition[]): { d: z.infer<typeof TopSchema>; lines: CostLine[]; edition: Edition } {
  const issues: InputIssue[] = [];
  const plainInput = snapshot(input) as EstimateInput | null | undefined;
  const top = check(TopSchema, plainInput, [], true);
  if (!top.ok) issues.push(...top.issues.filter((i) => !(i.path[0] === 'costs' && i.path.length > 1)));
  const raw = plainInput !== null && typeof plainInput === 'object' ? plainInput.costs : undefined;
  const rawLines = Array.isArray(raw) && raw.length <= 500 ? raw : [];
  const lines = rawLines.map((l, i) => {
    const r = check(CostLineSchema, l, ['costs', i], true);
    if (!r.ok) issues.push(...r.issues);
    return r.ok ? r.data : undefined; // the validated copy: a getter that answers differently later changes nothing
  });
  let edition: Edition | undefined;
  if (top.ok) {
    const d = top.data;
    try {
      edition = editionFor(d.applicationDate, editions);
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
    }
    if (d.receiptDate !== undefined && d.receiptDate < d.applicationDate) issues.push(issue(['receiptDate'], 'receipt-before-filing'));
    if (edition) {
      const ed = edition;
      lines.forEach((l, i) => l && validateLine(l, i, ed, d.measure, issues));
      (d.alreadyReceived ?? []).forEach((r, i) => {
        if (r.costType !== undefined && !own(ed.costTypes, r.costType)) {
          issues.push(issue(['alreadyReceived', i, 'costType'], 'cost-type-measure', { costType: r.costType, measure: d.measure, options: Object.keys(ed.costTypes).join(', ') }));
        }
      });
    }
  }
  if (issues.length || !top.ok || !edition) throw new InputError(issues.length ? issues : [issue([], 'type', { expected: 'object' })]);
  return { d: top.data, lines: lines as CostLine[], edition };
}

function validateLine(line: CostLine, i: number, edition: Edition, measure: Measure, issues: InputIssue[]): void {
  const at = (...p: (string | number)[]) => ['costs', i, ...p];
  const allowed = edition.measures[measure].costTypes;
  const rule = own(edition.costTypes, line.costType);
  if (!allowed.includes(line.costType) || !rule) {
    issues.push(issue(at('costType'), 'cost-type-measure', { costType: line.costType, measure, options: allowed.join(', ') }));
    return;
  }
  const payments = line.payments ?? [];
  if (line.amount === undefined && payments.length === 0) issues.push(issue(at('amount'), 'required'));
  if (line.amount !== undefined && payments.length) {
    const paid = sum(payments.map((p) => dec(p.amount)));
    if (!paid.eq(dec(line.amount))) {
      issues.push(issue(at('payments'), 'payments-sum', { payments: formatAmount(paid), amount: formatAmount(dec(line.amount)) }));
    }
  }
  if (!isKzt(line)) {
    const currency = line.currency!;
    if (payments.length) {
      payments.forEach((p, j) => {
        if (p.rate === undefined && line.rate === undefined) issues.push(issue(at('payments', j, 'rate'), 'rate-missing', { currency }));
      });
    } else if (line.rate === undefined) issues.push(issue(at('rate'), 'rate-missing', { currency }));
  }
  if (rule.kind === 'service' && line.date === undefined) issues.push(issue(at('date'), 'date-missing'));
  if (rule.kind === 'equipment' && line.date === undefined && payments.length === 0) issues.push(issue(at('date'), 'date-missing'));
  if (line.period && line.period.from > line.period.to) issues.push(issue(at('period', 'to'), 'period-order'));
  if (line.coursePeriod && line.coursePeriod.from > line.coursePeriod.to) issues.push(issue(at('coursePeriod', 'to'), 'period-order'));
}

interface Computed {
  line: EstimateLine;
  counted: Money;
  reimbursable: Money;
}

function computeLine(line: CostLine, index: number, edition: Edition, rule: CostTypeRule, rate: Money, filing: IsoDate, receipt: IsoDate, group: string): Computed {
  const reasons: Reason[] = [];
  const currency = line.currency ?? 'KZT';
  const payments = line.payments ?? [];
  const out: EstimateLine = { index, costType: line.costType, status: 'included', amount: '0.00', counted: '0.00', reimbursable: '0.00', capGroup: group, reasons };
  if (line.id !== undefined) out.id = line.id;

  // p.19: each payment at the National Bank rate of its own date.
  let amount: Money;
  if (payments.length) {
    const entries: NonNullable<EstimateLine['payments']> = [];
    amount = ZERO;
    for (const p of payments) {
      const paid = dec(p.amount);
      const r = p.rate ?? line.rate;
      const kzt = currency === 'KZT' ? paid : paid.times(dec(r!));
      amount = amount.plus(kzt);
      const entry: NonNullable<EstimateLine['payments']>[number] = { date: p.date, amount: formatAmount(paid), currency, amountKzt: currency === 'KZT' ? formatAmount(paid) : formatAmount(kzt) };
      if (currency !== 'KZT') {
        entry.rate = decimalText(r!)!;
        reasons.push(conversion(edition, p.amount, currency, r!, p.date, kzt));
      }
      entries.push(entry);
    }
    out.payments = entries;
  } else {
    amount = currency === 'KZT' ? dec(line.amount!) : dec(line.amount!).times(dec(line.rate!));
    if (currency !== 'KZT') reasons.push(conversion(edition, line.amount!, currency, line.rate!, line.date ?? filing, amount));
  }
  out.amount = formatAmount(amount);

  const exclude = (code: string, message: Message, citation: Citation): Computed => {
    out.status = 'excluded';
    reasons.push({ code, message, citation });
    return { line: out, counted: ZERO, reimbursable: ZERO };
  };

  // p.20 sub-item 3: per diem is never reimbursed
  if (rule.kind === 'never') return exclude('per-diem', { key: 'cost.excluded-per-diem' }, rule.exclusion!);

  const lb = rule.lookBack!;
  const reference = lb.value.from === 'receipt' ? receipt : filing;
  const windowStart = windowFrom(reference, lb.value.months);
  const lastPayment = payments.reduce<IsoDate | undefined>((m, p) => (m === undefined || p.date > m ? p.date : m), undefined);
  const decisive = rule.kind === 'equipment' ? (lastPayment ?? line.date!) : line.date!;
  out.decisiveDate = decisive;
  const latest = [decisive, ...payments.map((p) => p.date)].reduce((m, d) => (d > m ? d : m));
  // p.14: a cost incurred after the application is filed is no cost incurred before applying
  if (latest > filing) {
    return exclude('after-application', { key: 'cost.excluded-after-application', params: { date: { date: latest }, filing: { date: filing } } }, lb.cite);
  }
  // The last filing (services) or receipt (equipment) date that keeps the line in its window.
  const lastDay = lastDateReaching(decisive, lb.value.months);
  out.windowRefersTo = lb.value.from;
  // p.14 (services, act date, from filing; Interpretation 5) / p.14-1 (equipment, last payment, from receipt):
  // not earlier than 24 calendar months before, month ends clamped
  if (decisive < windowStart) {
    const key = rule.kind === 'equipment' ? 'cost.excluded-before-window-equipment' : 'cost.excluded-before-window';
    const excluded = exclude('before-window', { key, params: { date: { date: decisive }, from: { date: windowStart }, months: String(lb.value.months) } }, lb.cite);
    out.leftWindowOn = addDays(lastDay, 1);
    reasons.push({
      code: 'left-window',
      message: { key: lb.value.from === 'receipt' ? 'cost.left-window-receipt' : 'cost.left-window', params: { left: { date: out.leftWindowOn }, last: { date: lastDay }, date: { date: decisive }, months: String(lb.value.months) } },
      citation: lb.cite,
    });
    return excluded;
  }

  // What the cost is, where the law limits it.
  // p.12 sub-item 2: the three devices, a list read as exhaustive (Interpretation 8)
  if (line.costType === 'digital-equipment' && edition.digitalEquipment) {
    const list = edition.digitalEquipment;
    if (line.equipmentKind !== undefined && !list.value.includes(line.equipmentKind)) {
      return exclude('digital-kind', { key: 'cost.excluded-digital-kind' }, list.cite);
    }
    if (line.equipmentKind === undefined) reasons.push({ code: 'digital-kind-note', message: { key: 'cost.note-digital-kind' }, citation: list.cite });
  }
  // p.5 sub-item 8: logistics, refrigeration, cranes, vehicles and loaders are not technological equipment
  if (line.costType === 'tech-equipment' && edition.techEquipmentExcluded && line.equipmentCategory !== undefined) {
    if (edition.techEquipmentExcluded.value.includes(line.equipmentCategory)) {
      return exclude('tech-category', { key: 'cost.excluded-tech-category' }, edition.techEquipmentExcluded.cite);
    }
  }
  // p.12 sub-items 2 and 3: only equipment never used before
  if (rule.kind === 'equipment' && line.previouslyUsed === true && rule.newOnly) {
    return exclude('used-equipment', { key: 'cost.excluded-used' }, rule.newOnly);
  }
  const training = edition.training;
  // p.12 sub-item 1: a course of at most three months
  if (line.costType === 'training' && training && line.period) {
    const months = training.courseMonths.value;
    if (line.period.to > addDays(addMonths(line.period.from, months), -1)) {
      return exclude('course-too-long', { key: 'cost.excluded-course-too-long', params: { months: String(months), from: { date: line.period.from }, to: { date: line.period.to } } }, training.courseMonths.cite);
    }
  }

  let counted = amount;
  if (line.costType === 'accommodation' && training) {
    const limits = training.accommodationMonths;
    const within = training.accommodationWithinCourse;
    if (line.period) {
      // Nights of the stay: one per day from check-in to the day before check-out.
      const nights = toDayNumber(line.period.to) - toDayNumber(line.period.from);
      // The nights that can count: those between the course's first and last day (p.20 sub-item 3, "during the course").
      let start = line.period.from;
      let allowed = nights;
      if (within.value && line.coursePeriod) {
        const course = line.coursePeriod;
        start = maxDate(line.period.from, course.from);
        const end = minDate(line.period.to, course.to);
        const inCourse = Math.max(0, toDayNumber(end) - toDayNumber(start));
        if (inCourse < nights) {
          const params: Record<string, Param> = { nights: String(nights), inCourse: String(inCourse), courseFrom: { date: course.from }, courseTo: { date: course.to } };
          if (inCourse === 0) return exclude('accommodation-outside-course', { key: 'cost.excluded-accommodation-outside-course', params }, within.cite);
          reasons.push({ code: 'accommodation-outside-course', message: { key: 'cost.accommodation-outside-course', params }, citation: within.cite });
          allowed = inCourse;
        }
      } else if (within.value) {
        reasons.push({ code: 'accommodation-course-not-checked', message: { key: 'cost.note-accommodation-course' }, citation: within.cite });
      }
      if (line.courseKind) {
        const months = limits.value[line.courseKind];
        const limitNights = toDayNumber(addMonths(start, months)) - toDayNumber(start);
        if (allowed > limitNights) {
          allowed = limitNights;
          const limited = amount.times(allowed).div(nights);
          reasons.push({
            code: 'accommodation-limited',
            message: {
              key: 'cost.accommodation-limited',
              params: { nights: String(nights), allowed: String(allowed), months: String(months), kind: { courseKind: line.courseKind }, amount: { amount: formatAmount(amount) }, counted: { amount: formatAmount(limited) } },
            },
            citation: limits.cite,
          });
        }
      } else {
        reasons.push({ code: 'accommodation-period-note', message: { key: 'cost.note-accommodation-period' }, citation: limits.cite });
      }
      if (allowed < nights) counted = amount.times(allowed).div(nights);
    } else {
      reasons.push({ code: 'accommodation-period-note', message: { key: 'cost.note-accommodation-period' }, citation: limits.cite });
      if (within.value) reasons.push({ code: 'accommodation-course-not-checked', message: { key: 'cost.note-accommodation-course' }, citation: within.cite });
    }
  }
  if (rule.internships) {
    reasons.push({ code: 'internships', message: { key: 'cost.note-internships' }, citation: rule.internships });
  }
  if (line.costType === 'travel' && training?.travelOnce.value) {
    reasons.push({ code: 'travel-once', message: { key: 'cost.note-travel-once' }, citation: training.travelOnce.cite });
  }
  // p.23: travel and accommodation within the norms of Government Decree No. 256 (given by the caller)
  if (rule.decreeLimits) {
    if (line.decreeLimit !== undefined) {
      const limit = dec(line.decreeLimit);
      if (counted.gt(limit)) {
        reasons.push({ code: 'decree-limited', message: { key: 'cost.decree-limited', params: { limit: { amount: formatAmount(limit) }, amount: { amount: formatAmount(counted) } } }, citation: rule.decreeLimits.cite });
        counted = limit;
      }
    } else {
      reasons.push({ code: 'decree-not-checked', message: { key: 'cost.decree-not-checked' }, citation: rule.decreeLimits.cite });
    }
  }

  // p.14: 40 % of what counts
  const reimbursable = counted.times(rate);
  out.counted = counted === amount ? out.amount : formatAmount(counted);
  out.reimbursable = formatAmount(reimbursable);
  // one params object, no spreads: this runs for every line of every estimate
  const windowParams: Record<string, Param> = {
    date: { date: decisive },
    from: { date: windowStart },
    amount: { amount: out.counted },
    rate: percentOf(rate),
    reimbursable: { amount: out.reimbursable },
  };
  const equipment = rule.kind === 'equipment';
  if (equipment) windowParams['receipt'] = { date: receipt };
  else windowParams['filing'] = { date: filing };
  reasons.unshift({ code: 'within-window', message: { key: equipment ? 'cost.included-equipment' : 'cost.included-service', params: windowParams }, citation: lb.cite });
  // p.14 / p.14-1: the last date that keeps the line in its window (right after the window reason).
  out.fileBy = lastDay;
  reasons.splice(1, 0, {
    code: 'file-by',
    message: { key: lb.value.from === 'receipt' ? 'cost.file-by-receipt' : 'cost.file-by', params: { last: { date: lastDay }, left: { date: addDays(lastDay, 1) }, date: { date: decisive }, months: String(lb.value.months) } },
    citation: lb.cite,
  });
  return { line: out, counted, reimbursable };
}

const windows = new Map<string, IsoDate>();
/** The first day of a look-back window (memoised: every line of an application asks for the same one or two). */
function windowFrom(reference: IsoDate, months: number): IsoDate {
  const key = `${reference}/${months}`;
  let d = windows.get(key);
  if (d === undefined) {
    if (windows.size > 1000) windows.clear();
    d = addMonths(reference, -months);
    windows.set(key, d);
  }
  return d;
}

const percents = new Map<string, string>();
function percentOf(rate: Money): string {
  const k = rate.toString();
  let p = percents.get(k);
  if (p === undefined) percents.set(k, (p = `${rate.times(100).toString()} %`));
  return p;
}

// A foreign-currency payment in tenge: the edition says how (2025: p.19, the National Bank rate of the payment's
// date), or its source is silent (2022) and the result says so, citing that source, never a later edition.
function conversion(edition: Edition, foreign: string | number, currency: string, rate: string | number, date: IsoDate, kzt: Money): Reason {
  const rule = edition.currencyConversion;
  return {
    code: 'converted',
    message: {
      key: rule.value === 'payment-date-rate' ? 'cost.converted' : 'cost.converted-source-silent',
      params: { foreign: formatAmount(dec(foreign)), currency, rate: decimalText(rate)!, date: { date }, kzt: { amount: formatAmount(kzt) } },
    },
    citation: rule.cite,
  };
}

const INTERPRETATIONS_USED: Record<string, (m: Measure) => boolean> = {
  'process-caps': (m) => m === 'process' || m === 'digital',
  'already-received': () => true,
  'service-cost-date': (m) => m !== 'digital',
  'one-agreement-a-year': () => true,
  'cap-year': () => true,
  'digital-list': (m) => m === 'digital',
};

/**
 * Estimates the reimbursement: 40 % of each cost that falls in its 24-month window (p.14 services by act date,
 * p.14-1 equipment by last payment), the training rules of p.20, then the yearly caps of p.14 / 14-1 per cap group,
 * less what was already received this year, each group rounded half-up once.
 *
 * @example
 * estimateReimbursement({ applicationDate: '2026-02-02', measure: 'competence',
 *   costs: [{ costType: 'training', amount: '80000000', date: '2025-06-30' }] }).total // '30000000.00'
 */
export function estimateReimbursement(input: EstimateInput, options: { editions?: readonly Edition[] } = {}): EstimateResult {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => estimateUnder(input, editions)));
}

function estimateUnder(input: EstimateInput, editions: readonly Edition[]): EstimateResult {
  const { d, lines: parsed, edition } = validate(input, editions);
  const filing = d.applicationDate;
  const receipt = d.receiptDate ?? filing;
  const rate = new Money(edition.rate.value);
  const schemeIds = Object.keys(edition.capSchemes);
  const defaultScheme = edition.interpretations.find((i) => i.id === 'process-caps')?.value ?? schemeIds[0]!;
  const schemeId = d.interpretations?.processCaps !== undefined && own(edition.capSchemes, d.interpretations.processCaps) ? d.interpretations.processCaps : defaultScheme;
  const scheme = edition.capSchemes[schemeId]!;
  const groupOf = (ct: CostType): CapGroup | undefined => scheme.find((g) => g.costTypes.includes(ct));

  const computed = parsed.map((line, i) => computeLine(line, i, edition, edition.costTypes[line.costType]!, rate, filing, receipt, groupOf(line.costType)?.id ?? ''));

  const measureTypes = edition.measures[d.measure].costTypes;
  const groups = scheme.filter((g) => g.costTypes.some((ct) => measureTypes.includes(ct)));
  const received = (g: CapGroup) =>
    sum(
      (d.alreadyReceived ?? [])
        .filter((r) => (r.costType !== undefined ? g.costTypes.includes(r.costType) : g.measureDefault === true && (g.measure === d.measure || groups.length === 1)))
        .map((r) => dec(r.amount)),
    );
  /** The caps and the total over the computed lines, with the lines in `without` left out (the file-by question). */
  /** What a cap group lets through with the lines `without` left out (the file-by date asks this for the day after). */
  // what each group's cap leaves this year does not depend on which lines are left out: computed once
  const room = new Map<CapGroup, { cap: Money; got: Money; remaining: Money }>();
  const roomOf = (g: CapGroup) => {
    let r = room.get(g);
    if (!r) {
      const cap = new Money(g.cap.value);
      const got = received(g);
      room.set(g, (r = { cap, got, remaining: Money.max(cap.minus(got), ZERO) }));
    }
    return r;
  };
  const grantedOf = (g: CapGroup, without: ReadonlySet<number>) => {
    let requested = ZERO;
    for (const c of computed) if (c.line.capGroup === g.id && !without.has(c.line.index)) requested = requested.plus(c.reimbursable);
    const { cap, got, remaining } = roomOf(g);
    // p.14 / p.14-1: the cap group's cap less what was received this year (Interpretations 1, 2, 7), rounded half-up
    // to the tiyn once per group (RULES.md §3)
    return { requested, cap, got, remaining, granted: roundTiyn(Money.min(requested, remaining)) };
  };
  // a group none of whose lines is left out keeps what it was granted: only the others are counted again
  const grantedNow = new Map<CapGroup, Money>();
  const totalWithout = (without: ReadonlySet<number>): { total: Money } => ({
    total: sum(groups.map((g) => (computed.some((c) => c.line.capGroup === g.id && without.has(c.line.index)) ? grantedOf(g, without).granted : grantedNow.get(g) ?? grantedOf(g, without).granted))),
  });
  const capsOf = (without: ReadonlySet<number> = new Set()): { caps: CapResult[]; total: Money } => {
    const grantedValues: Money[] = [];
    const caps: CapResult[] = groups.map((g) => {
      const { requested, cap, got, remaining, granted } = grantedOf(g, without);
      if (without.size === 0) grantedNow.set(g, granted);
      grantedValues.push(granted);
      const binding = requested.gt(remaining);
      const f = { requested: formatAmount(requested), cap: formatAmount(cap), received: formatAmount(got), remaining: formatAmount(remaining), granted: formatAmount(granted) };
      const params: Record<string, Param> = {
        group: { capGroup: g.id },
        requested: { amount: f.requested },
        cap: { amount: f.cap },
        received: { amount: f.received },
        remaining: { amount: f.remaining },
        granted: { amount: f.granted },
      };
      // A cap the source does not call yearly (2022) gets a text that does not call it yearly either.
      const key = g.perCalendarYear ? (binding ? 'cap.binding' : 'cap.within') : binding ? 'cap.binding-not-yearly' : 'cap.within-not-yearly';
      return {
        id: g.id,
        measure: g.measure,
        costTypes: g.costTypes,
        cap: f.cap,
        alreadyReceived: f.received,
        remaining: f.remaining,
        requested: f.requested,
        granted: f.granted,
        binding,
        perCalendarYear: g.perCalendarYear,
        citation: g.cap.cite,
        message: { key, params },
      };
    });
    return { caps, total: sum(grantedValues) };
  };
  const { caps, total } = capsOf();

  const notes = editionNotes(edition, filing, editions);
  const rateNote = own(edition.rateNotes, d.measure);
  if (rateNote) notes.push({ key: 'cost.rate-note' });
  if (groups.some((g) => !g.perCalendarYear)) notes.push({ key: 'cap.not-per-year' });
  // p.14, last paragraph (Interpretation 6): one agreement a year per cost type. Money already received this year
  // for a cost type that is claimed again may mean that this year's agreement for it is already concluded.
  const claimedGroups = new Set(parsed.map((l) => own(edition.costTypes, l.costType)?.agreementGroup));
  const repeated = (d.alreadyReceived ?? []).some((r) => (r.costType === undefined ? parsed.length > 0 : claimedGroups.has(own(edition.costTypes, r.costType)?.agreementGroup)));
  if (repeated && edition.interpretations.some((i) => i.id === 'one-agreement-a-year')) notes.push({ key: 'cost.one-agreement-a-year' });

  const windows: EstimateResult['windows'] = {};
  const kinds = new Set(measureTypes.map((ct) => edition.costTypes[ct]?.kind));
  const lbOf = (kind: 'service' | 'equipment') => measureTypes.map((ct) => edition.costTypes[ct]).find((r) => r?.kind === kind)?.lookBack?.value;
  const svc = lbOf('service');
  if (kinds.has('service') && svc) windows.services = { from: addMonths(svc.from === 'receipt' ? receipt : filing, -svc.months), to: filing };
  const eq = lbOf('equipment');
  if (kinds.has('equipment') && eq) windows.equipment = { from: addMonths(eq.from === 'receipt' ? receipt : filing, -eq.months), to: filing };

  const fileBy = fileByOf(computed, filing, receipt, total, totalWithout);
  if (fileBy) notes.push(fileBy.message);

  const interpretations = interpretationsOf(
    edition,
    edition.interpretations.filter((i) => own(INTERPRETATIONS_USED, i.id)?.(d.measure)).map((i) => i.id),
    { 'process-caps': schemeId },
  );

  return {
    kind: 'estimate',
    total: formatAmount(total),
    includedCosts: formatAmount(sum(computed.map((c) => c.counted))),
    rate: edition.rate.value,
    lines: computed.map((c) => c.line),
    caps,
    capYear: Number(filing.slice(0, 4)),
    windows,
    applicationDate: filing,
    receiptDate: receipt,
    measure: d.measure,
    edition: editionInfo(edition, filing, editions),
    interpretations,
    notes,
    fileBy,
  };
}

/**
 * The last filing date that keeps the total, and the total on the day after (p.14, p.14-1). Walks the included
 * lines' deadlines in order (an equipment line's receipt deadline moved back by the input's receipt lag); the first
 * deadline after which the total is lower is the answer. Each step reruns the caps over the same lines with the
 * dropped ones left out: same edition, cap year and already-received amounts (only the filing date moves).
 */
function fileByOf(
  computed: readonly Computed[],
  filing: IsoDate,
  receipt: IsoDate,
  total: Money,
  capsOf: (without: ReadonlySet<number>) => { total: Money },
): EstimateFileBy | null {
  const lag = toDayNumber(receipt) - toDayNumber(filing);
  const deadlines = computed
    .filter((c) => c.line.status === 'included' && c.line.fileBy !== undefined)
    .map((c) => ({ c, by: c.line.windowRefersTo === 'receipt' ? addDays(c.line.fileBy!, -lag) : c.line.fileBy! }))
    .sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : a.c.line.index - b.c.line.index));
  if (!deadlines.length || total.isZero()) return null;
  const dropped = new Set<number>();
  for (let i = 0; i < deadlines.length; ) {
    const date = deadlines[i]!.by;
    const first = deadlines[i]!.c;
    for (; i < deadlines.length && deadlines[i]!.by === date; i++) dropped.add(deadlines[i]!.c.line.index);
    const after = capsOf(dropped).total;
    if (after.lt(total)) {
      const lines = [...dropped].sort((a, b) => a - b);
      const equipment = lag > 0 && lines.some((n) => computed[n]!.line.windowRefersTo === 'receipt');
      const params: Record<string, Param> = {
        date: { date },
        next: { date: addDays(date, 1) },
        total: { amount: formatAmount(total) },
        totalAfter: { amount: formatAmount(after) },
        count: String(lines.length),
        lag: String(lag),
      };
      // the look-back rule of the first line that drops on that day (p.14, or p.14-1 for equipment)
      const cite = (first.line.reasons.find((r) => r.code === 'file-by') ?? first.line.reasons[0]!).citation;
      return {
        date,
        totalAfter: formatAmount(after),
        lines,
        allLinesUntil: deadlines[0]!.by,
        receiptLagDays: lag,
        message: { key: equipment ? 'cost.file-by-total-lag' : 'cost.file-by-total', params },
        citation: cite,
      };
    }
  }
  return null;
}


export { EstimateInputSchema };
