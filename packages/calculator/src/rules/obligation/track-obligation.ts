import { addDays, addMonths, addYears, minDate, maxDate, toDayNumber, wholeMonthsBetween, type IsoDate } from '../../law/dates.js';
import { editionFor, editionInfo, editionsOption, interpretationsOf, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import type { Edition, InterpretationRef } from '../../law/editions/types.js';
import type { InputIssue } from '../errors.js';
import { interpretation, type Citation } from '../../law/citation.js';
import type { Message } from '../../law/message.js';
import { editionNotes } from '../notes.js';
import { formatAmount, Money, roundTiyn, sum, ZERO } from '../../law/money.js';
import { decimalText, ObligationInputSchema, type ObligationInput } from '../schemas.js';
import { issue, parseOrThrow, throwIfAny } from '../validate.js';

export interface Checkpoint {
  date: IsoDate;
  /** Months since signing: the checkpoints run from the signing date (Annex 6 p.4 sub-item 3, Interpretation 10). */
  months: number;
  /**
   * Revenue the pace requires by then: target × the whole months since the agreement was concluded / 24
   * (Interpretation 13); the same as target × months / 24 when signing and conclusion are one day.
   */
  required: string;
  /** Revenue entered for the days before the checkpoint. */
  achieved: string;
  status: 'met' | 'behind' | 'pending';
}

export interface ObligationResult {
  kind: 'obligation';
  /** N + 2 × Q (Interpretation 0), or 2 × Q under the literal reading. */
  target: string;
  baselineRevenue: string;
  stateAmount: string;
  /** Revenue since the agreement, within its term, up to the as-of date. */
  achieved: string;
  /** What is still missing to the target ('0.00' once met). */
  remaining: string;
  /**
   * Which 24 months N is the revenue of (Interpretation 12): before the agreement (the default) or before the day the
   * measure was received (`measureReceivedDate`, 004 l.166), with the period's first and last day.
   */
  baselinePeriod: { basis: 'agreement' | 'measure-received'; from: IsoDate; to: IsoDate; citation: Citation };
  /** The day the two years are over: the agreement date + 2 years. */
  deadline: IsoDate;
  /** The last day of the term. */
  termEnd: IsoDate;
  status: 'met' | 'on-track' | 'behind' | 'missed';
  /** The pace at the as-of date (Interpretation 13). */
  pace: { months: number; required: string };
  checkpoints: Checkpoint[];
  /** The refund a shortfall means (Interpretation 4): final once the term is over, else "if it ended now". */
  refund: { amount: string; achievedRatio: string; final: boolean; dueWithinDays: number; citation: Citation };
  /** The last day revenue is entered for, if any. */
  coveredUntil?: IsoDate;
  /** Each revenue period: what of it counts. */
  periods: { index: number; from: IsoDate; to: IsoDate; amount: string; counted: string; prorated: boolean }[];
  agreementDate: IsoDate;
  /** The signing date the checkpoints run from: the caller's, or `agreementDate` when none was given (then `signingDateGiven` is false). */
  signingDate: IsoDate;
  signingDateGiven: boolean;
  asOf: IsoDate;
  message: Message;
  messages: Message[];
  citations: { target: Citation; deadline: Citation; checkpoints: Citation; refund: Citation; signing: Citation; baseline: Citation };
  edition: EditionInfo;
  interpretations: InterpretationRef[];
}

const dec = (v: string | number) => new Money(decimalText(v)!);
const days = (from: IsoDate, to: IsoDate) => toDayNumber(to) - toDayNumber(from) + 1;

/**
 * Tracks the counter-obligation of the reimbursement agreement: revenue from sales must reach N + 2 × Q within two
 * years of the agreement; six-monthly checkpoints; a shortfall at the end means a refund in proportion to the
 * target achieved.
 */
export function trackObligation(input: ObligationInput, options: { editions?: readonly Edition[] } = {}): ObligationResult {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => obligationUnder(input, editions)));
}

function obligationUnder(input: ObligationInput, editions: readonly Edition[]): ObligationResult {
  const d = parseOrThrow(ObligationInputSchema, input);
  const issues: InputIssue[] = [];
  if (dec(d.stateAmount).isZero()) issues.push(issue(['stateAmount'], 'positive'));
  if (d.asOf < d.agreementDate) issues.push(issue(['asOf'], 'as-of-before-agreement'));
  if (d.measureReceivedDate !== undefined && d.measureReceivedDate < d.agreementDate) issues.push(issue(['measureReceivedDate'], 'measure-before-agreement'));
  const order = d.revenue.map((p, i) => ({ ...p, i })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.i - b.i));
  d.revenue.forEach((p, i) => {
    if (p.from > p.to) issues.push(issue(['revenue', i, 'to'], 'period-order'));
    else if (p.to > d.asOf) issues.push(issue(['revenue', i, 'to'], 'period-after-as-of', { asOf: d.asOf }));
  });
  for (let k = 1; k < order.length; k++) {
    const prev = order.slice(0, k).reduce((m, p) => (p.to > m.to ? p : m));
    const cur = order[k]!;
    if (cur.from <= prev.to && cur.from <= cur.to && prev.from <= prev.to) {
      issues.push(issue(['revenue', cur.i, 'from'], 'period-overlap', { other: `${prev.from} – ${prev.to}` }));
    }
  }
  throwIfAny(issues);

  const edition = editionFor(d.agreementDate, editions, ['agreementDate']);
  const ob = edition.obligation;
  const literal = d.interpretations?.baseline === 'literal-2q';
  const N = dec(d.baselineRevenue);
  const Q = dec(d.stateAmount);
  const twoQ = Q.times(ob.multiplier.value);
  const target = literal ? twoQ : N.plus(twoQ);
  const totalMonths = ob.years.value * 12;
  const deadline = addYears(d.agreementDate, ob.years.value);
  const termEnd = addDays(deadline, -1);

  // Revenue of a period that crosses the term's edge counts by days (noted).
  const revenueBefore = (end: IsoDate) =>
    sum(
      d.revenue.map((p) => {
        const from = maxDate(p.from, d.agreementDate);
        const to = minDate(p.to, minDate(termEnd, addDays(end, -1)));
        if (from > to) return ZERO;
        return roundTiyn(dec(p.amount).times(days(from, to)).div(days(p.from, p.to)));
      }),
    );
  const messages: Message[] = [];
  const periods = d.revenue.map((p, index) => {
    const from = maxDate(p.from, d.agreementDate);
    const to = minDate(p.to, termEnd);
    // a period's share is rounded half-up to the tiyn, so that what is shown is what is compared
    const counted = from > to ? ZERO : roundTiyn(dec(p.amount).times(days(from, to)).div(days(p.from, p.to)));
    const prorated = from <= to && (from !== p.from || to !== p.to);
    if (prorated) messages.push({ key: 'obligation.prorated', params: { from: { date: p.from }, to: { date: p.to }, counted: { amount: formatAmount(counted) } } });
    return { index, from: p.from, to: p.to, amount: formatAmount(dec(p.amount)), counted: formatAmount(counted), prorated };
  });
  const achieved = revenueBefore(addDays(d.asOf, 1));
  const final = d.asOf >= deadline;

  const ratioOf = (r: Money) => {
    const raw = literal ? r.div(twoQ) : r.minus(N).div(twoQ);
    return Money.min(Money.max(raw, ZERO), new Money(1));
  };
  const ratio = ratioOf(achieved);
  const refundAmount = achieved.gte(target) ? ZERO : Q.times(new Money(1).minus(ratio));
  const months = Math.min(wholeMonthsBetween(d.agreementDate, d.asOf), totalMonths);
  const paceRequired = target.times(months).div(totalMonths);

  const status: ObligationResult['status'] = achieved.gte(target) ? 'met' : final ? 'missed' : achieved.gte(paceRequired) ? 'on-track' : 'behind';

  // Interpretation 10: the six-monthly checkpoints run from signing (Annex 6 p.4 sub-item 3), the target's two years
  // from conclusion; without a separate signing date the two are one day.
  const signingDate = d.signingDate ?? d.agreementDate;
  const checkpoints: Checkpoint[] = [];
  for (let m = ob.checkpointMonths.value; m <= totalMonths; m += ob.checkpointMonths.value) {
    const date = addMonths(signingDate, m);
    const elapsed = Math.min(wholeMonthsBetween(d.agreementDate, date), totalMonths);
    const required = target.times(elapsed).div(totalMonths);
    const got = revenueBefore(date);
    checkpoints.push({ date, months: m, required: formatAmount(required), achieved: formatAmount(got), status: date > d.asOf ? 'pending' : got.gte(required) ? 'met' : 'behind' });
  }

  const coveredUntil = d.revenue.reduce<IsoDate | undefined>((m, p) => (m === undefined || p.to > m ? p.to : m), undefined);
  const params = {
    achieved: { amount: formatAmount(achieved) },
    target: { amount: formatAmount(target) },
    deadline: { date: deadline },
    pace: { amount: formatAmount(paceRequired) },
    months: String(months),
    refund: { amount: formatAmount(refundAmount) },
    ratio: `${ratio.times(100).toDecimalPlaces(2).toString()} %`,
  };
  const message: Message = { key: `obligation.${status}`, params };
  if (coveredUntil) messages.unshift({ key: 'obligation.coverage', params: { until: { date: coveredUntil } } });
  // Interpretation 10: name the signing date the checkpoints run from, or say it was taken as the agreement date.
  messages.push(
    d.signingDate === undefined
      ? { key: 'obligation.signing-same-day', params: { date: { date: d.agreementDate } } }
      : { key: 'obligation.signing-date', params: { signing: { date: d.signingDate }, agreement: { date: d.agreementDate }, deadline: { date: deadline } } },
  );
  // Interpretation 12: which 24 months N is the revenue of.
  const basisDate = d.measureReceivedDate ?? d.agreementDate;
  const baselinePeriod: ObligationResult['baselinePeriod'] = {
    basis: d.measureReceivedDate === undefined ? 'agreement' : 'measure-received',
    from: addMonths(basisDate, -totalMonths),
    to: addDays(basisDate, -1),
    citation: interpretation(12),
  };
  messages.push({
    key: baselinePeriod.basis === 'agreement' ? 'obligation.baseline-agreement' : 'obligation.baseline-measure-received',
    params: { date: { date: basisDate }, from: { date: baselinePeriod.from }, to: { date: baselinePeriod.to } },
  });
  messages.push(...editionNotes(edition, d.agreementDate, editions));

  const result: ObligationResult = {
    kind: 'obligation',
    target: formatAmount(target),
    baselineRevenue: formatAmount(N),
    baselinePeriod,
    stateAmount: formatAmount(Q),
    achieved: formatAmount(achieved),
    remaining: formatAmount(Money.max(target.minus(achieved), ZERO)),
    deadline,
    termEnd,
    status,
    pace: { months, required: formatAmount(paceRequired) },
    checkpoints,
    refund: { amount: formatAmount(refundAmount), achievedRatio: ratio.toDecimalPlaces(4).toString(), final, dueWithinDays: ob.refundDays.value, citation: ob.refundDays.cite },
    periods,
    agreementDate: d.agreementDate,
    signingDate,
    signingDateGiven: d.signingDate !== undefined,
    asOf: d.asOf,
    message,
    messages,
    citations: { target: ob.multiplier.cite, deadline: ob.years.cite, checkpoints: ob.checkpointMonths.cite, refund: ob.refundDays.cite, signing: interpretation(10), baseline: interpretation(12) },
    edition: editionInfo(edition, d.agreementDate, editions),
    interpretations: interpretationsOf(edition, ['baseline', 'proportional-refund', 'agreement-start', 'q-and-n', 'pace'], literal ? { baseline: 'literal-2q' } : {}),
  };
  if (coveredUntil) result.coveredUntil = coveredUntil;
  return result;
}
