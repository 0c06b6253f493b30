import type { IsoDate } from '../../law/dates.js';
import type { Measure } from '../../law/domain.js';
import { editionFor, editionInfo, editionsOption, interpretationsOf, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy, own } from '../../law/plain.js';
import type { Edition, InterpretationRef, SwitchDef } from '../../law/editions/types.js';
import { annex as annexCite, SEED_RULES, type Citation } from '../../law/citation.js';
import type { Message } from '../../law/message.js';
import { InputError } from '../errors.js';
import { editionNotes } from '../notes.js';
import { ChecklistInputSchema, type ChecklistInput } from '../schemas.js';
import { issue, parseOrThrow, throwIfAny } from '../validate.js';
import type { AnnexItemData, AnnexVariantData, ChecklistData, ItemCondition } from '../../law/documents.js';
import { CHECKLISTS } from '../../law/editions/documents.js';

/**
 * A text of a document list: the annex's own Russian wording (the official text, data of the edition) and the key
 * of its unofficial translations (`formatDocText(text, lang)` reads them from the edition's `texts` or the packs).
 */
export interface DocText {
  edition: string;
  key: string;
  ru: string;
}

export interface ChecklistItem {
  /** 'annex4.tech-equipment.8.5' (annex, variant, item 8, sub-item), 'p13.5-entrepreneur-statement', '2022.3'. */
  id: string;
  /** The sub-item number in the annex ('5'), absent for entries from outside the annex. */
  number?: string;
  citation: Citation;
  text: DocText;
  /** Russian is the annex's own wording; Kazakh and English are the project's unofficial translations. */
  official: { kk: boolean; ru: boolean; en: boolean };
  /** Listed because a condition was not answered: it applies only if this holds. */
  condition?: Message;
  /** The non-resident replacement is in effect: `text` is the replacing documents. */
  replaced?: boolean;
  /** What replaces the item if the executor (seller) is a non-resident, while that is not answered. */
  alternative?: { condition: Message; text: DocText; citation: Citation };
  /** "Drawn up per the Tax Code and the Law on payments and payment systems". */
  note?: { text: DocText; citation: Citation };
}

export interface ChecklistResult {
  kind: 'checklist';
  /** 'annex3-competence', …, or '2022' for the presentation's list. */
  variant: string;
  heading: DocText;
  items: ChecklistItem[];
  /** How many of `items` come from the annex itself (the rest: the individual entrepreneur's statement). */
  annexCount: number;
  /** Annex items not listed for this application, and why. */
  omitted: { id: string; number: string; citation: Citation; reason: Message }[];
  /** Advice that is not a document (translations). */
  notes: { text: DocText; citation: Citation }[];
  messages: Message[];
  applicationDate: IsoDate;
  measure: Measure;
  edition: EditionInfo;
  interpretations: InterpretationRef[];
}

const OFFICIAL_RU = { kk: false, ru: true, en: false };

function inForce(sw: SwitchDef | undefined, date: IsoDate): boolean {
  if (!sw) return true;
  return (sw.from === undefined || date >= sw.from) && (sw.until === undefined || date <= sw.until);
}

function pickVariant(lists: ChecklistData, measure: Measure, costType: string | undefined): AnnexVariantData | 'cost-type-required' | 'cost-type-measure' {
  const variants = (lists.variants ?? []).filter((v) => v.measure === measure);
  if (costType === undefined) return variants.length === 1 ? variants[0]! : 'cost-type-required';
  return variants.find((v) => v.costTypes.includes(costType)) ?? 'cost-type-measure';
}

/** The caller's `options.checklists` (own property), checked. */
export function checklistsOption(options: unknown): Readonly<Record<string, ChecklistData>> | undefined {
  let extra: unknown;
  try {
    extra = options !== null && typeof options === 'object' && Object.hasOwn(options, 'checklists') ? (options as { checklists?: unknown }).checklists : undefined;
  } catch {
    throw new InputError([issue(['options', 'checklists'], 'unreadable')]);
  }
  if (extra !== undefined && (extra === null || typeof extra !== 'object')) throw new InputError([issue(['options', 'checklists'], 'type', { expected: 'object' })]);
  return extra as Readonly<Record<string, ChecklistData>> | undefined;
}

/** An edition's document lists: the caller's, else the edition's own, else the built-in ones (own properties only). */
export function documentsOf(edition: Edition, extra?: Readonly<Record<string, ChecklistData>>): ChecklistData | undefined {
  return own(extra, edition.id) ?? edition.documents ?? own(CHECKLISTS, edition.id);
}

/**
 * The documents to attach: item 8 of Annex 3, 4 (four variants), 5 or 5-1, item by item in the annex's order and
 * numbering, with the date switches of Order 442 item 4, the conditional items, the non-resident replacement, the
 * individual entrepreneur's tax-account statement (p.13 sub-item 5) after the annex items, and the translation note.
 */
export function buildChecklist(
  input: ChecklistInput,
  options: { editions?: readonly Edition[]; checklists?: Readonly<Record<string, ChecklistData>> } = {},
): ChecklistResult {
  const editions = editionsOption(options);
  const extra = checklistsOption(options);
  return frozenCopy(underEditions(editions, () => checklistUnder(input, editions, extra)));
}

function checklistUnder(input: ChecklistInput, editions: readonly Edition[], extra: Readonly<Record<string, ChecklistData>> | undefined): ChecklistResult {
  const d = parseOrThrow(ChecklistInputSchema, input);
  const edition = editionFor(d.applicationDate, editions);
  const doc = (key: string, ru: string): DocText => ({ edition: edition.id, key, ru });
  const date = d.applicationDate;
  // the caller's lists, else the edition's own, else the built-in ones (own properties only: ids come from data)
  const lists = documentsOf(edition, extra);
  if (!lists) throw new InputError([issue(['applicationDate'], 'before-first-edition', { date, first: edition.inForce.from })]);
  // an annex item's citation: the list's own act and seed, the item's annex, item 8, sub-item and line
  const source = lists.source ?? { act: 'rules-308' as const, seed: SEED_RULES };
  const cite = (annexNo: string, line: number, item?: string, subItem?: string): Citation => ({ ...annexCite(annexNo, line, item, subItem), act: source.act, seed: source.seed });
  const base = {
    kind: 'checklist' as const,
    applicationDate: date,
    measure: d.measure,
    edition: editionInfo(edition, date, editions),
    notes: [{ text: doc('translation-advice', lists.translationAdvice.ru), citation: lists.translationAdvice.cite }],
  };

  const common = lists.common;
  if (common) {
    const allowed = edition.measures[d.measure].costTypes as readonly string[];
    throwIfAny(d.costType !== undefined && !allowed.includes(d.costType) ? [issue(['costType'], 'cost-type-measure', { costType: d.costType, measure: d.measure, options: allowed.join(', ') })] : []);
    const items = common.items.map((it) => ({ id: `${edition.id}.${it.n}`, number: String(it.n), citation: { ...common.cite, line: it.line }, text: doc(`${edition.id}.${it.n}`, it.ru), official: OFFICIAL_RU }));
    const messages: Message[] = [];
    // The source's full list, some items for some measures only (the marks were on the slide): say so, with its lines.
    if (common.someMeasuresOnly) {
      messages.push({ key: 'checklist.full-list-some-measures', params: { count: String(items.length), source: { cite: common.someMeasuresOnly.first }, first: String(common.someMeasuresOnly.first.line ?? ''), last: String(common.someMeasuresOnly.last.line ?? '') } });
    }
    messages.push(...editionNotes(edition, date, editions));
    return { ...base, variant: edition.id, heading: doc(`${edition.id}.heading`, 'Перечень необходимых документов'), items, annexCount: items.length, omitted: [], messages, interpretations: [] };
  }

  const variant = pickVariant(lists, d.measure, d.costType);
  if (typeof variant === 'string') {
    const options = (lists.variants ?? []).filter((v) => v.measure === d.measure).flatMap((v) => v.costTypes).join(', ');
    throwIfAny([issue(['costType'], variant, { costType: d.costType ?? '', measure: d.measure, options })]);
    throw new Error('unreachable');
  }

  const literal = d.interpretations?.order442Item4 === 'literal';
  const sw = (id: SwitchDef['id']) => edition.switches.find((s) => s.id === id);
  const switchOf = (item: AnnexItemData): { sw: SwitchDef | undefined; kind: 'priority' | 'register' } | undefined => {
    if (literal) {
      if (item.n === variant.literalOrder442Item4.expires) return { sw: sw('priority-goods-docs'), kind: 'priority' };
      if (item.n === variant.literalOrder442Item4.starts) return { sw: sw('register-required'), kind: 'register' };
      return undefined;
    }
    if (item.condition === 'priorityGoodsDocs') return { sw: sw('priority-goods-docs'), kind: 'priority' };
    if (item.condition === 'registerExtract') return { sw: sw('register-required'), kind: 'register' };
    return undefined;
  };
  type Answered = Extract<ItemCondition, 'claimsTravel' | 'claimsAccommodation' | 'taxExempt'>;
  const answers: Record<Answered, boolean | null | undefined> = {
    claimsTravel: d.claimsTravel,
    claimsAccommodation: d.claimsAccommodation,
    taxExempt: d.taxExempt,
  };

  const items: ChecklistItem[] = [];
  const omitted: ChecklistResult['omitted'] = [];
  const itemId = (n: number | string) => `annex${variant.annex}.${variant.id.replace(/^annex[\d-]+-/, '')}.8.${n}`;
  for (const item of variant.items) {
    const citation = cite(variant.annex, item.line, '8', String(item.n));
    const s = switchOf(item);
    if (s) {
      if (!inForce(s.sw, date)) {
        const reason: Message =
          s.kind === 'priority'
            ? { key: 'checklist.omitted-priority-goods', params: { until: { date: s.sw?.until ?? '' } } }
            : { key: 'checklist.omitted-register', params: { from: { date: s.sw?.from ?? '' } } };
        omitted.push({ id: itemId(item.n), number: String(item.n), citation, reason });
        continue;
      }
    }
    const entry: ChecklistItem = { id: itemId(item.n), number: String(item.n), citation, text: doc(`${variant.id}.${item.n}`, item.ru), official: OFFICIAL_RU };
    const cond = item.condition && Object.hasOwn(answers, item.condition) ? (item.condition as Answered) : undefined;
    if (cond) {
      const answer = answers[cond];
      if (answer === false) {
        omitted.push({ id: entry.id, number: entry.number!, citation, reason: { key: 'checklist.omitted-condition', params: { condition: { message: { key: `condition.${cond}` } } } } });
        continue;
      }
      if (answer === undefined || answer === null) entry.condition = { key: `condition.${cond}` };
    }
    if (item.n === variant.nonResident.replaces) {
      const citationNr = cite(variant.annex, variant.nonResident.line, '8');
      if (d.nonResidentExecutor === true) {
        entry.text = doc(`${variant.id}.nonResident`, variant.nonResident.ru);
        entry.replaced = true;
        entry.citation = citationNr;
      } else if (d.nonResidentExecutor === undefined || d.nonResidentExecutor === null) {
        entry.alternative = { condition: { key: 'condition.nonResidentExecutor' }, text: doc(`${variant.id}.nonResident`, variant.nonResident.ru), citation: citationNr };
      }
    }
    if (variant.taxCodeNote?.items.includes(item.n)) {
      entry.note = { text: doc(`${variant.id}.taxCodeNote`, variant.taxCodeNote.ru), citation: cite(variant.annex, variant.taxCodeNote.line, '8') };
    }
    items.push(entry);
  }
  const annexCount = items.length;

  const ie = lists.individualEntrepreneurStatement;
  if (ie && d.individualEntrepreneur !== false) {
    const entry: ChecklistItem = { id: 'p13.5-entrepreneur-statement', citation: ie.cite, text: doc('p13.5-entrepreneur-statement', ie.ru), official: OFFICIAL_RU };
    if (d.individualEntrepreneur !== true) entry.condition = { key: 'condition.individualEntrepreneur' };
    items.push(entry);
  }

  return {
    ...base,
    variant: variant.id,
    heading: doc(`${variant.id}.heading`, variant.heading.ru),
    items,
    annexCount,
    omitted,
    messages: editionNotes(edition, date, editions),
    interpretations: interpretationsOf(edition, ['order-442-item-4'], literal ? { 'order-442-item-4': 'literal' } : {}),
  };
}
