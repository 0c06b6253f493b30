import { ACT_LINKS, type Citation } from '../law/citation.js';
import type { Message, Param } from '../law/message.js';
import { own } from '../law/plain.js';
import { LANGS, type Lang, type LocalizedText } from '../law/text.js';
import type { Edition } from '../law/editions/types.js';
import { editionById } from '../rules/editions.js';
import { InputError, issue, type IssuePath } from '../rules/errors.js';
import type { DocText } from '../rules/checklist/build-checklist.js';
import { annexText, isLang, packOf } from './pack.js';

export type { Message, Param, MessageKey } from '../law/message.js';

const NBSP = '\u00a0';
const refuseType = (at: string): never => {
  throw new InputError([issue([at], 'type', { expected: 'string' })]);
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function langOf(lang: unknown): Lang {
  if (!isLang(lang)) throw new InputError([issue(['lang'], 'lang', { options: LANGS.join(', ') })]);
  return lang;
}

/**
 * `fn` made total: whatever it is given, it returns or throws an InputError (a malformed argument that got past the
 * checks is reported as `code` at `path`, never as a TypeError).
 */
export function total<A extends unknown[], T>(fn: (...args: A) => T, path: IssuePath, code: 'not-a-result' | 'type' | 'message-key'): (...args: A) => T {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError([issue(path, code, code === 'type' ? { expected: 'object' } : {})]);
    }
  };
}

/** `YYYY-MM-DD` as dd.mm.yyyy (kk, ru) or "2 February 2026" (en); any other string as it is. */
export const formatDate = total((iso: string, lang: Lang): string => {
  const l = langOf(lang);
  if (typeof iso !== 'string') throw new InputError([issue(['date'], 'date')]);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return iso;
  if (l === 'en') return `${+m[3]!} ${MONTHS_EN[+m[2]! - 1]} ${m[1]}`;
  return `${m[3]}.${m[2]}.${m[1]}`;
}, ['date'], 'type');

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** A decimal string with the language's group and decimal separators: '30 000 000,00' (kk, ru), '30,000,000.00' (en). */
export const formatDecimal = total((decimal: string, lang: Lang): string => {
  const l = langOf(lang);
  if (typeof decimal !== 'string' || !DECIMAL.test(decimal)) throw new InputError([issue(['amount'], 'amount', { decimals: '2' })]);
  const neg = decimal.startsWith('-');
  const [int = '0', frac] = (neg ? decimal.slice(1) : decimal).split('.');
  const group = l === 'en' ? ',' : NBSP;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? (l === 'en' ? '.' : ',') + frac : ''}`;
}, ['amount'], 'type');

const TENGE: Readonly<Record<Lang, string>> = { kk: 'теңге', ru: 'тенге', en: 'tenge' };
/** A tenge amount: '30 000 000,00 теңге' / '30 000 000,00 тенге' / '30,000,000.00 tenge'. */
export const formatTenge = total((decimal: string, lang: Lang): string => `${formatDecimal(decimal, lang)}${NBSP}${TENGE[langOf(lang)]}`, ['amount'], 'type');

/** A name from the pack of `lang` (`measures`, `costTypes`, …): the id itself where the pack has none. */
function nameOf(lang: Lang, table: 'measures' | 'costTypes' | 'sizes' | 'courseKinds' | 'capGroups', id: string): string {
  const t = own(packOf(lang).names[table] as Readonly<Record<string, string>>, id);
  return typeof t === 'string' && t !== '' ? t : id;
}

function formatParam(p: Param, lang: Lang, editions: readonly Edition[]): string {
  if (typeof p === 'string') return p;
  if (p === null || typeof p !== 'object') return String(p);
  if (has(p, 'date')) return formatDate((p as { date: string }).date, lang);
  if (has(p, 'amount')) return formatTenge((p as { amount: string }).amount, lang);
  if (has(p, 'measure')) return nameOf(lang, 'measures', (p as { measure: string }).measure);
  if (has(p, 'costType')) return nameOf(lang, 'costTypes', (p as { costType: string }).costType);
  if (has(p, 'size')) return nameOf(lang, 'sizes', (p as { size: string }).size);
  if (has(p, 'courseKind')) return nameOf(lang, 'courseKinds', (p as { courseKind: string }).courseKind);
  if (has(p, 'capGroup')) return nameOf(lang, 'capGroups', (p as { capGroup: string }).capGroup);
  if (has(p, 'cite')) return formatCitation((p as { cite: Citation }).cite, lang);
  if (has(p, 'edition')) return editionTitle((p as { edition: string }).edition, lang, editions);
  if (has(p, 'text')) return String((p as { text: LocalizedText }).text[lang]);
  if (has(p, 'message')) return messageIn((p as { message: Message }).message, lang, editions);
  if (has(p, 'list')) {
    const list = (p as { list: readonly Param[] }).list;
    // a list of sentences reads as sentences; a list of names or references as a list
    const sentences = list.every((x) => typeof x === 'object' && x !== null && has(x, 'message'));
    return list.map((x) => formatParam(x, lang, editions)).join(sentences ? ' ' : '; ');
  }
  throw new InputError([issue(['params'], 'type', { expected: 'object' })]);
}

function messageIn(m: Message, lang: Lang, editions: readonly Edition[]): string {
  if (m === null || typeof m !== 'object' || typeof m.key !== 'string') throw new InputError([issue(['message'], 'message-key', { key: '' })]);
  const template = own(packOf(lang).messages, m.key);
  if (typeof template !== 'string') throw new InputError([issue(['message', 'key'], 'message-key', { key: m.key })]);
  const params = m.params ?? {};
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = own(params, k);
    return v === undefined ? all : formatParam(v, lang, editions);
  });
}

/** Options of the formatting functions: editions passed to the computation but not registered (for their texts). */
export interface FormatOptions {
  editions?: readonly Edition[];
}
const editionsOf = (options: FormatOptions | undefined): readonly Edition[] => {
  const e = options !== null && typeof options === 'object' && has(options, 'editions') ? options.editions : undefined;
  return Array.isArray(e) ? e : [];
};

/**
 * A message as a sentence in `lang`. An InputError when `lang` is not kk / ru / en or not registered, or when the
 * message is not one of the SDK's (an unknown key, `constructor`, …).
 */
export const formatMessage = total(
  (m: Message, lang: Lang, options?: FormatOptions): string => messageIn(m, langOf(lang), editionsOf(options)),
  ['message'],
  'message-key',
);

/** The same message in the three languages (each must be registered). */
export const localize = (m: Message, options?: FormatOptions): LocalizedText => ({
  kk: formatMessage(m, 'kk', options),
  ru: formatMessage(m, 'ru', options),
  en: formatMessage(m, 'en', options),
});

/** A text of an edition in `lang`: the edition's own `texts` first, then the pack's (built-in editions). */
function editionText(id: string, lang: Lang, editions: readonly Edition[], pick: (t: { title?: string; interpretations?: Readonly<Record<string, string>>; documents?: Readonly<Record<string, string>> }) => string | undefined): string | undefined {
  if (typeof id !== 'string') throw new InputError([issue(['edition'], 'type', { expected: 'string' })]);
  const edition = editionById(id, editions);
  const ownTexts = edition?.texts ? own(edition.texts as Readonly<Record<string, object>>, lang) : undefined;
  const fromEdition = ownTexts ? pick(ownTexts) : undefined;
  if (typeof fromEdition === 'string' && fromEdition !== '') return fromEdition;
  const fromPack = own(packOf(lang).editions, id);
  const t = fromPack ? pick(fromPack) : undefined;
  return typeof t === 'string' && t !== '' ? t : undefined;
}

/** An edition's title in `lang` (its id where neither the edition nor the pack has one). */
export const editionTitle = total(
  (id: string, lang: Lang, editions?: readonly Edition[]): string => editionText(id, langOf(lang), Array.isArray(editions) ? editions : [], (t) => t.title) ?? String(id),
  ['edition'],
  'type',
);

/** What an interpretation of an edition says, in `lang` (its id where no text is known). */
export const interpretationText = total(
  (editionId: string, interpretationId: string, lang: Lang, editions?: readonly Edition[]): string =>
    editionText(editionId, langOf(lang), Array.isArray(editions) ? editions : [], (t) => (t.interpretations ? own(t.interpretations, String(interpretationId)) : undefined)) ??
    (typeof interpretationId === 'string' ? interpretationId : refuseType('interpretation')),
  ['interpretation'],
  'type',
);

/**
 * A document-list text in `lang`: the annex's own Russian for `ru`; else the edition's or the registered unofficial
 * translation; else, documented fallback, the official Russian (never an empty string).
 */
export const formatDocText = total(
  (t: DocText, lang: Lang, editions?: readonly Edition[]): string => {
    const l = langOf(lang);
    if (t === null || typeof t !== 'object' || typeof t.ru !== 'string') throw new InputError([issue(['text'], 'type', { expected: 'object' })]);
    if (l === 'ru') return t.ru;
    const list = Array.isArray(editions) ? editions : [];
    const edition = typeof t.edition === 'string' ? editionById(t.edition, list) : undefined;
    const ownTexts = edition?.texts ? own(edition.texts as Readonly<Record<string, { documents?: Readonly<Record<string, string>> }>>, l) : undefined;
    const fromEdition = ownTexts?.documents ? own(ownTexts.documents, t.key) : undefined;
    if (typeof fromEdition === 'string' && fromEdition !== '') return fromEdition;
    return annexText(l, String(t.key)) ?? t.ru;
  },
  ['text'],
  'type',
);

const CITE_WORDS = {
  article: { kk: (v: string) => `${v}-бап`, ru: (v: string) => `ст. ${v}`, en: (v: string) => `art. ${v}` },
  annex: { kk: (v: string) => `${v}-қосымша`, ru: (v: string) => `приложение ${v}`, en: (v: string) => `Annex ${v}` },
  item: { kk: (v: string) => `${v}-тармақ`, ru: (v: string) => `п. ${v}`, en: (v: string) => `item ${v}` },
  subItem: { kk: (v: string) => `${v}) тармақша`, ru: (v: string) => `пп. ${v})`, en: (v: string) => `sub-item ${v}` },
} as const;

/**
 * A citation as a short reference: "Rules No. 308, p. 14, sub-item 5" / "Правила № 308, п. 14, пп. 5)" /
 * "№ 308 Қағидалар, 14-тармақ, 5) тармақша" (GLOSSARY.md E4: the compact chip).
 */
export const formatCitation = total(
  (c: Citation, lang: Lang): string => {
    const l = langOf(lang);
    if (c === null || typeof c !== 'object' || typeof c.act !== 'string') throw new InputError([issue(['citation'], 'type', { expected: 'object' })]);
    const act = own(packOf(l).names.acts as Readonly<Record<string, string>>, c.act) ?? c.act;
    const parts = [act];
    if (c.act === 'interpretation' && c.interpretation !== undefined) {
      parts[0] = l === 'kk' ? `Жобаның ${c.interpretation}-түсіндірмесі` : `${act} ${c.interpretation}`;
    }
    const add = (words: Readonly<Record<Lang, (v: string) => string>>, v: unknown) => {
      if (v !== undefined && v !== null) parts.push(words[l](String(v)));
    };
    add(CITE_WORDS.article, c.article);
    add(CITE_WORDS.annex, c.annex);
    add({ ...CITE_WORDS.item, en: (v) => (c.act === 'order-442' ? `item ${v}` : `p. ${v}`) }, c.paragraph);
    add(CITE_WORDS.item, c.item);
    add(CITE_WORDS.subItem, c.subItem);
    return parts.join(', ');
  },
  ['citation'],
  'type',
);

/**
 * The page of the cited act on the official legal database (adilet.zan.kz), in `lang` where adilet has that language
 * (kk: the Kazakh text; en: none known, so the Russian page), else the Russian page; `undefined` for a citation whose
 * source has no public page (the 2022 presentation, this project's interpretations, an act with no entry). The links
 * are data (`ACT_LINKS` in law/citation.ts); results never carry them. A link names the act, not the paragraph:
 * adilet has no stable anchors per paragraph. Like `formatCitation`, an InputError for a `lang` that is not kk / ru /
 * en or for something that is not a citation.
 */
export const citationUrl = total(
  (c: Citation, lang: Lang): string | undefined => {
    const l = langOf(lang);
    if (c === null || typeof c !== 'object' || typeof c.act !== 'string') throw new InputError([issue(['citation'], 'type', { expected: 'object' })]);
    const links = own(ACT_LINKS, c.act);
    if (!links) return undefined;
    const inLang = own(links, l);
    return typeof inLang === 'string' ? inLang : links.ru;
  },
  ['citation'],
  'type',
);
