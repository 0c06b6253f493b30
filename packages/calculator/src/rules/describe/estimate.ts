import type { IsoDate } from '../../law/dates.js';
import type { CostType, Measure } from '../../law/domain.js';
import { interpretation, rules, type Citation } from '../../law/citation.js';
import type { CostKind, Edition } from '../../law/editions/types.js';
import type { Message } from '../../explain/format.js';
import { editionFor, editionInfo, editionsOption, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import { CurrencySchema } from '../schemas.js';
import { issue, parseOrThrow, throwIfAny } from '../validate.js';
import type { InputIssue } from '../errors.js';
import { DescribeEstimateInputSchema, option, type FieldDescription, type Relevance } from './fields.js';

/** How the edition treats a cost type of the measure: what a form needs to know to ask for it. */
export interface CostTypeDescription {
  costType: CostType;
  /** `service`: an amount and the date of the (last) act; `equipment`: payments (p.14-1); `never`: per diem, never reimbursed. */
  kind: CostKind;
  /** The look-back window: months, and whether they count back from the filing or the receipt date. */
  lookBack?: { months: number; from: 'filing' | 'receipt'; citation: Citation };
  /** Decree No. 256 limits apply to it: `always` (p.23: travel and accommodation, domestic included) or `abroad` (an added edition's). */
  decreeLimits?: 'always' | 'abroad';
  citation: Citation;
}

/** The fields of one cost line the caller gave, for its cost type and currency. */
export interface EstimateLineDescription {
  index: number;
  costType: CostType;
  /** Ids of `line` fields that are relevant for this line, in order. */
  fields: string[];
}

export interface EstimateDescription {
  kind: 'estimate-description';
  /** Inputs of the estimate besides the cost lines: `receiptDate`, `alreadyReceived`, `interpretations.processCaps`. */
  fields: FieldDescription[];
  /** The fields of one cost line (`costs[i]`), in the order to ask them; `relevantWhen` refers to the line's own fields. */
  line: FieldDescription[];
  /** The measure's cost types in the edition, in its order. */
  costTypes: CostTypeDescription[];
  /** For each line given in `costs`: the fields relevant to it. */
  lines: EstimateLineDescription[];
  applicationDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
}

const label = (fn: string, id: string): Message => ({ key: `describe.${fn}.${id}` as Message['key'] });
const field = (id: string, rest: Omit<FieldDescription, 'id' | 'message'>, key = id): FieldDescription => ({ id, message: label('estimate', key), ...rest });

/**
 * The inputs of `estimateReimbursement` for a measure on a date: the cost-line fields with the cost types, course
 * kinds, devices and equipment uses the edition allows, each relevant for the cost types (and currency) that need it;
 * and for the lines given, which fields each needs.
 *
 * @example
 * describeEstimate({ applicationDate: '2026-03-02', measure: 'process' }).costTypes.map((c) => [c.costType, c.kind])
 * // → [['energy-audit', 'service'], ['tech-equipment', 'equipment'], ['supervised-installation', 'service'], ['installation', 'service']]
 */
export function describeEstimate(input: { applicationDate: IsoDate; measure: Measure; costs?: readonly unknown[] }, options: { editions?: readonly Edition[] } = {}): EstimateDescription {
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => describeEstimateUnder(input, editions)));
}

function describeEstimateUnder(input: { applicationDate: IsoDate; measure: Measure; costs?: readonly unknown[] }, editions: readonly Edition[]): EstimateDescription {
  const d = parseOrThrow(DescribeEstimateInputSchema, input);
  const edition = editionFor(d.applicationDate, editions);
  const m = edition.measures[d.measure];
  const types = m.costTypes;
  const rule = (ct: CostType) => edition.costTypes[ct];
  const ofKind = (...kinds: CostKind[]) => types.filter((ct) => kinds.includes(rule(ct)?.kind ?? 'service'));
  const when = (cts: readonly string[]): Relevance[] => [{ field: 'costType', is: cts }];
  const foreign: Relevance = { field: 'currency', not: ['KZT'] };
  const p19 = rules('19', 142);

  const costTypes: CostTypeDescription[] = types.map((ct) => {
    const r = rule(ct);
    const out: CostTypeDescription = { costType: ct, kind: r?.kind ?? 'service', citation: r?.lookBack?.cite ?? r?.exclusion ?? m.cite };
    if (r?.lookBack) out.lookBack = { ...r.lookBack.value, citation: r.lookBack.cite };
    if (r?.decreeLimits) out.decreeLimits = r.decreeLimits.value;
    return out;
  });

  const services = ofKind('service');
  const equipment = ofKind('equipment');
  const line: FieldDescription[] = [
    field('costType', { kind: 'choice', options: types.map((ct) => option(ct, { costType: ct })), nullable: false, required: true, citation: m.cite }),
    field('currency', { kind: 'currency', nullable: false, required: false, citation: p19 }),
  ];
  if (services.length || ofKind('never').length) {
    line.push(field('amount', { kind: 'amount', nullable: false, required: true, relevantWhen: when([...services, ...ofKind('never')]), citation: rules('17', 128) }));
  }
  if (services.length) {
    line.push(field('date', { kind: 'date', nullable: false, required: true, relevantWhen: when(services), citation: rule(services[0]!)?.lookBack?.cite ?? interpretation(5) }));
    line.push(field('rate', { kind: 'rate', nullable: false, required: true, relevantWhen: [...when(services), foreign], citation: p19 }));
  }
  if (equipment.length) {
    const lb = rule(equipment[0]!)?.lookBack?.cite ?? m.cite;
    line.push(field('payments', {
      kind: 'list',
      item: [
        field('date', { kind: 'date', nullable: false, required: true, citation: lb }, 'payment.date'),
        field('amount', { kind: 'amount', nullable: false, required: true, citation: rules('17', 128) }, 'payment.amount'),
        field('rate', { kind: 'rate', nullable: false, required: true, relevantWhen: [foreign], citation: p19 }, 'payment.rate'),
      ],
      nullable: false,
      required: true,
      relevantWhen: when(equipment),
      citation: lb,
    }));
  }
  const training = edition.training;
  const withPeriod = types.filter((ct) => ct === 'training' || ct === 'accommodation');
  if (training && withPeriod.length) {
    line.push(field('period.from', { kind: 'date', nullable: false, required: false, relevantWhen: when(withPeriod), citation: training.courseMonths.cite }));
    line.push(field('period.to', { kind: 'date', nullable: false, required: false, relevantWhen: when(withPeriod), citation: training.courseMonths.cite }));
  }
  if (training?.accommodationWithinCourse && types.includes('accommodation')) {
    // p.20(3): only the nights of the stay within the course's dates count
    const within = training.accommodationWithinCourse.cite;
    line.push(field('coursePeriod.from', { kind: 'date', nullable: false, required: false, relevantWhen: when(['accommodation']), citation: within }));
    line.push(field('coursePeriod.to', { kind: 'date', nullable: false, required: false, relevantWhen: when(['accommodation']), citation: within }));
  }
  if (training && types.includes('accommodation')) {
    const kinds = Object.keys(training.accommodationMonths.value) as (keyof typeof training.accommodationMonths.value)[];
    line.push(field('courseKind', { kind: 'choice', options: kinds.map((k) => option(k, { courseKind: k })), nullable: false, required: false, relevantWhen: when(['accommodation']), citation: training.accommodationMonths.cite }));
  }
  const limited = types.filter((ct) => rule(ct)?.decreeLimits);
  if (limited.length) {
    line.push(field('decreeLimit', { kind: 'amount', nullable: false, required: false, relevantWhen: when(limited), citation: rule(limited[0]!)!.decreeLimits!.cite }));
  }
  if (edition.digitalEquipment && types.includes('digital-equipment')) {
    const kinds = [...edition.digitalEquipment.value, 'other'];
    line.push(field('equipmentKind', { kind: 'choice', options: kinds.map((k) => option(k, { message: { key: `describe.option.${k}` as Message['key'] } })), nullable: false, required: false, relevantWhen: when(['digital-equipment']), citation: edition.digitalEquipment.cite }));
  }
  if (edition.techEquipmentExcluded && types.includes('tech-equipment')) {
    const uses = ['production', ...edition.techEquipmentExcluded.value];
    line.push(field('equipmentCategory', { kind: 'choice', options: uses.map((k) => option(k, { message: { key: `describe.option.${k}` as Message['key'] } })), nullable: false, required: false, relevantWhen: when(['tech-equipment']), citation: edition.techEquipmentExcluded.cite }));
  }
  // p.12: only equipment never used before, each cost type citing its own clause
  const newOnly = equipment.filter((ct) => rule(ct)?.newOnly);
  if (newOnly.length) {
    line.push(field('previouslyUsed', { kind: 'yes-no-unknown', nullable: false, required: false, relevantWhen: when(newOnly), citation: rule(newOnly[0]!)!.newOnly! }));
  }

  const fields: FieldDescription[] = [];
  const receipt = equipment.map((ct) => rule(ct)?.lookBack).find((lb) => lb?.value.from === 'receipt');
  if (receipt) fields.push(field('receiptDate', { kind: 'date', nullable: false, required: false, citation: receipt.cite }));
  fields.push(field('alreadyReceived', {
    kind: 'list',
    item: [
      field('costType', { kind: 'choice', options: types.map((ct) => option(ct, { costType: ct })), nullable: false, required: false, citation: interpretation(2) }, 'alreadyReceived.costType'),
      field('amount', { kind: 'amount', nullable: false, required: true, citation: interpretation(2) }, 'alreadyReceived.amount'),
    ],
    nullable: false,
    required: false,
    citation: interpretation(2),
  }));
  const schemes = Object.keys(edition.capSchemes);
  const caps = edition.interpretations.find((i) => i.id === 'process-caps');
  if (schemes.length > 1 && caps) {
    fields.push(field('interpretations.processCaps', { kind: 'choice', options: schemes.map((s) => option(s, s)), nullable: false, required: false, citation: caps.cite }));
  }

  const issues: InputIssue[] = [];
  const lines: EstimateLineDescription[] = [];
  (d.costs ?? []).forEach((c, index) => {
    const o = (c && typeof c === 'object' ? c : {}) as { costType?: unknown; currency?: unknown };
    if (typeof o.costType !== 'string' || !(types as readonly string[]).includes(o.costType)) {
      issues.push(issue(['costs', index, 'costType'], 'cost-type-measure', { costType: String(o.costType ?? ''), measure: d.measure, options: types.join(', ') }));
      return;
    }
    if (o.currency !== undefined && !CurrencySchema.safeParse(o.currency).success) issues.push(issue(['costs', index, 'currency'], 'currency'));
    const answers: Record<string, unknown> = { costType: o.costType, currency: o.currency ?? 'KZT' };
    const holds = (r: Relevance) => ('is' in r ? r.is.includes(answers[r.field] as never) : 'not' in r ? !r.not.includes(answers[r.field] as never) : false);
    lines.push({ index, costType: o.costType as CostType, fields: line.filter((f) => (f.relevantWhen ?? []).every(holds)).map((f) => f.id) });
  });
  throwIfAny(issues);

  return { kind: 'estimate-description', fields, line, costTypes, lines, applicationDate: d.applicationDate, measure: d.measure, edition: editionInfo(edition, d.applicationDate, editions) };
}
