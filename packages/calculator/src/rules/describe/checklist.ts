import type { IsoDate } from '../../law/dates.js';
import type { Measure } from '../../law/domain.js';
import { annex, type Citation } from '../../law/citation.js';
import type { Edition } from '../../law/editions/types.js';
import type { ChecklistData } from '../../law/documents.js';
import { checklistsOption, documentsOf } from '../checklist/build-checklist.js';
import type { Message } from '../../explain/format.js';
import { editionFor, editionInfo, editionsOption, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy } from '../../law/plain.js';
import { parseOrThrow } from '../validate.js';
import { DescribeChecklistInputSchema, option, type FieldDescription } from './fields.js';

export interface ChecklistDescription {
  kind: 'checklist-description';
  /**
   * The inputs of `buildChecklist` that change the list, in the order to ask them: `costType` where the measure has
   * several document lists (`process`), then the conditions of its items (`claimsTravel`, `claimsAccommodation`,
   * `taxExempt`, `nonResidentExecutor`, `individualEntrepreneur`), each relevant for the cost types whose list has
   * it. Empty for an edition with one common list (`2022`).
   */
  fields: FieldDescription[];
  applicationDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
}

const CONDITIONS = ['claimsTravel', 'claimsAccommodation', 'taxExempt', 'nonResidentExecutor', 'individualEntrepreneur'] as const;

/**
 * The questions of the document checklist for a measure on a date, from the edition's annex variants: which cost
 * type picks the list, and which conditions its items depend on.
 *
 * @example
 * describeChecklist({ applicationDate: '2026-03-02', measure: 'competence' }).fields.map((f) => f.id)
 * // → ['claimsTravel', 'claimsAccommodation', 'taxExempt', 'nonResidentExecutor', 'individualEntrepreneur']
 */
export function describeChecklist(
  input: { applicationDate: IsoDate; measure: Measure },
  options: { editions?: readonly Edition[]; checklists?: Readonly<Record<string, ChecklistData>> } = {},
): ChecklistDescription {
  const editions = editionsOption(options);
  const extra = checklistsOption(options);
  return frozenCopy(underEditions(editions, () => describeChecklistUnder(input, editions, extra)));
}

function describeChecklistUnder(input: { applicationDate: IsoDate; measure: Measure }, editions: readonly Edition[], extra: Readonly<Record<string, ChecklistData>> | undefined): ChecklistDescription {
  const d = parseOrThrow(DescribeChecklistInputSchema, input);
  const edition = editionFor(d.applicationDate, editions);
  const lists = documentsOf(edition, extra);
  const variants = (lists?.variants ?? []).filter((v) => v.measure === d.measure);
  const fields: FieldDescription[] = [];
  const label = (id: string): Message => ({ key: `describe.checklist.${id}` as Message['key'] });

  if (variants.length > 1) {
    const costTypes = variants.flatMap((v) => v.costTypes.filter((ct) => (edition.measures[d.measure].costTypes as readonly string[]).includes(ct)));
    fields.push({
      id: 'costType',
      kind: 'choice',
      options: costTypes.map((ct) => option(ct, { costType: ct as never })),
      nullable: false,
      required: true,
      message: label('costType'),
      citation: annex(variants[0]!.annex, variants[0]!.heading.line, '8'),
    });
  }
  for (const c of CONDITIONS) {
    const having: { costTypes: readonly string[]; cite: Citation }[] = [];
    for (const v of variants) {
      const item = c === 'nonResidentExecutor' ? undefined : v.items.find((it) => it.condition === c);
      if (item) having.push({ costTypes: v.costTypes, cite: annex(v.annex, item.line, '8', String(item.n)) });
      else if (c === 'nonResidentExecutor') having.push({ costTypes: v.costTypes, cite: annex(v.annex, v.nonResident.line, '8') });
    }
    if (c === 'individualEntrepreneur' && lists?.individualEntrepreneurStatement && variants.length) {
      having.push(...variants.map((v) => ({ costTypes: v.costTypes, cite: lists.individualEntrepreneurStatement!.cite })));
    }
    if (!having.length) continue;
    const f: FieldDescription = { id: c, kind: 'yes-no-unknown', nullable: true, required: false, message: label(c), citation: having[0]!.cite };
    if (variants.length > 1 && having.length < variants.length) f.relevantWhen = [{ field: 'costType', is: having.flatMap((h) => h.costTypes) }];
    fields.push(f);
  }
  return { kind: 'checklist-description', fields, applicationDate: d.applicationDate, measure: d.measure, edition: editionInfo(edition, d.applicationDate, editions) };
}
