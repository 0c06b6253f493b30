import type { IsoDate } from '../../law/dates.js';
import { interpretation, type Citation } from '../../law/citation.js';
import type { Edition } from '../../law/editions/types.js';
import type { Message } from '../../explain/format.js';
import { editionFor, editionInfo, editionsOption, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import { parseOrThrow } from '../validate.js';
import { DescribeObligationInputSchema, option, type FieldDescription } from './fields.js';

export interface ObligationDescription {
  kind: 'obligation-description';
  /** The inputs of `trackObligation`, in the order to ask them. */
  fields: FieldDescription[];
  /** The agreement's term and its checkpoints (Agreement p.4-5), to suggest revenue periods. */
  term: { years: number; checkpointMonths: number; citation: Citation };
  /** The edition of `agreementDate`; without it, the latest edition the SDK knows (`assumed`). */
  edition: EditionInfo;
  assumed: boolean;
}

/**
 * The questions of the counter-obligation tracker: the agreement date, N and Q (Interpretation 12), the revenue by
 * period, the as-of date and the reading of the target (Interpretation 0).
 *
 * @example
 * describeObligation({ agreementDate: '2026-04-01' }).fields.map((f) => f.id)
 * // → ['agreementDate', 'baselineRevenue', 'stateAmount', 'revenue', 'asOf', 'interpretations.baseline']
 */
export function describeObligation(input: { agreementDate?: IsoDate } = {}, options: { editions?: readonly Edition[] } = {}): ObligationDescription {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => describeObligationUnder(input, editions)));
}

function describeObligationUnder(input: { agreementDate?: IsoDate } | undefined, editions: readonly Edition[]): ObligationDescription {
  const d = parseOrThrow(DescribeObligationInputSchema, input ?? {});
  const latest = [...editions].sort((x, y) => (x.inForce.from < y.inForce.from ? -1 : 1)).at(-1)!;
  const edition = d.agreementDate ? editionFor(d.agreementDate, editions, ['agreementDate']) : latest;
  const o = edition.obligation;
  const label = (id: string): Message => ({ key: `describe.obligation.${id}` as Message['key'] });
  const q = (id: string, rest: Omit<FieldDescription, 'id' | 'message' | 'nullable' | 'required'>): FieldDescription => ({ id, message: label(id), nullable: false, required: true, ...rest });
  const fields: FieldDescription[] = [
    q('agreementDate', { kind: 'date', citation: interpretation(10) }),
    // Interpretation 10: monitoring runs from signing; the same day as the conclusion when not given
    { ...q('signingDate', { kind: 'date', citation: interpretation(10) }), required: false },
    q('baselineRevenue', { kind: 'amount', citation: interpretation(12) }),
    // Interpretation 12: N may be counted before the day the measure was received instead (004 l.166)
    { ...q('measureReceivedDate', { kind: 'date', citation: interpretation(12) }), required: false },
    q('stateAmount', { kind: 'amount', citation: interpretation(12) }),
    q('revenue', {
      kind: 'list',
      item: [
        { ...q('from', { kind: 'date', citation: o.years.cite }), message: label('revenue.from') },
        { ...q('to', { kind: 'date', citation: o.years.cite }), message: label('revenue.to') },
        { ...q('amount', { kind: 'amount', citation: o.multiplier.cite }), message: label('revenue.amount') },
      ],
      citation: o.multiplier.cite,
    }),
    q('asOf', { kind: 'date', citation: o.checkpointMonths.cite }),
  ];
  const baseline = edition.interpretations.find((i) => i.id === 'baseline');
  if (baseline?.alternatives?.length) {
    fields.push({ ...q('interpretations.baseline', { kind: 'choice', options: [baseline.value, ...baseline.alternatives].map((v) => option(v, { message: { key: `describe.option.${v}` as Message['key'] } })), citation: baseline.cite }), required: false });
  }
  const date = d.agreementDate ?? edition.inForce.from;
  return {
    kind: 'obligation-description',
    fields,
    term: { years: o.years.value, checkpointMonths: o.checkpointMonths.value, citation: o.checkpointMonths.cite },
    edition: editionInfo(edition, date, editions),
    assumed: !d.agreementDate,
  };
}
