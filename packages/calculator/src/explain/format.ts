import type { BusinessSize, CostType, CourseKind, Measure } from '../law/domain.js';
import { languagePack, type MessageKey } from './pack.js';
import type { Citation } from '../law/citation.js';
import type { Lang, LocalizedText } from '../law/text.js';

/** A parameter of a message; typed so that each language formats it its own way. */
export type Param =
  | string
  | { date: string }
  | { amount: string }
  | { measure: Measure }
  | { costType: CostType }
  | { size: BusinessSize }
  | { courseKind: CourseKind }
  | { capGroup: string }
  | { cite: Citation }
  | { text: LocalizedText }
  | { message: Message }
  | { list: readonly Param[] };

/** A sentence of a result, not yet in a language: `format` renders it. */
export interface Message {
  key: MessageKey;
  params?: Record<string, Param>;
}

const NBSP = '\u00a0';
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` as dd.mm.yyyy (kk, ru) or "2 February 2026" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (lang === 'en') return `${+m[3]!} ${MONTHS_EN[+m[2]! - 1]} ${m[1]}`;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** A decimal string with the language's group and decimal separators: '30 000 000,00' (kk, ru), '30,000,000.00' (en). */
export function formatDecimal(decimal: string, lang: Lang): string {
  const neg = decimal.startsWith('-');
  const [int = '0', frac] = (neg ? decimal.slice(1) : decimal).split('.');
  const group = lang === 'en' ? ',' : NBSP;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? (lang === 'en' ? '.' : ',') + frac : ''}`;
}

/** A tenge amount: '30 000 000,00 теңге' / '30 000 000,00 тенге' / '30,000,000.00 tenge'. */
export function formatTenge(decimal: string, lang: Lang): string {
  const unit = { kk: 'теңге', ru: 'тенге', en: 'tenge' }[lang];
  return `${formatDecimal(decimal, lang)}${NBSP}${unit}`;
}

// own properties only: an `in` check would also see what a page script added to Object.prototype
const has = <K extends string>(p: Exclude<Param, string>, k: K): p is Extract<Exclude<Param, string>, Record<K, unknown>> => Object.hasOwn(p, k);

function formatParam(p: Param, lang: Lang): string {
  if (typeof p === 'string') return p;
  if (has(p, 'date')) return formatDate(p.date, lang);
  if (has(p, 'amount')) return formatTenge(p.amount, lang);
  const names = languagePack(lang)?.names;
  if (has(p, 'measure')) return names?.measures[p.measure] ?? p.measure;
  if (has(p, 'costType')) return names?.costTypes[p.costType] ?? p.costType;
  if (has(p, 'size')) return names?.sizes[p.size] ?? p.size;
  if (has(p, 'courseKind')) return names?.courseKinds[p.courseKind] ?? p.courseKind;
  if (has(p, 'capGroup')) return names?.capGroups[p.capGroup] ?? p.capGroup;
  if (has(p, 'cite')) return formatCitation(p.cite, lang);
  if (has(p, 'text')) return p.text[lang];
  if (has(p, 'message')) return formatMessage(p.message, lang);
  // a list of sentences reads as sentences; a list of names or references as a list
  const sentences = p.list.every((x) => typeof x === 'object' && has(x, 'message'));
  return p.list.map((x) => formatParam(x, lang)).join(sentences ? ' ' : '; ');
}

/** A message as a sentence in `lang` (the key itself while the language is not registered). */
export function formatMessage(m: Message, lang: Lang): string {
  const template = languagePack(lang)?.messages[m.key] ?? m.key;
  const params = m.params ?? {};
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = Object.hasOwn(params, k) ? params[k] : undefined;
    return v === undefined ? all : formatParam(v, lang);
  });
}

/** The same message in the three languages. */
export function localize(m: Message): LocalizedText {
  return { kk: formatMessage(m, 'kk'), ru: formatMessage(m, 'ru'), en: formatMessage(m, 'en') };
}

/**
 * A citation as a short reference: "Rules No. 308, p. 14, sub-item 5" / "Правила № 308, п. 14, пп. 5)" /
 * "№ 308 Қағидалар, 14-тармақ, 5) тармақша" (GLOSSARY.md E4: the compact chip).
 */
export function formatCitation(c: Citation, lang: Lang): string {
  const parts = [languagePack(lang)?.names.acts[c.act] ?? c.act];
  if (c.act === 'interpretation' && c.interpretation !== undefined) {
    parts[0] = lang === 'kk' ? `Жобаның ${c.interpretation}-түсіндірмесі` : `${parts[0]} ${c.interpretation}`;
  }
  const add = (kk: (v: string) => string, ru: (v: string) => string, en: (v: string) => string, v?: string) => {
    if (v !== undefined) parts.push({ kk, ru, en }[lang](v));
  };
  add((v) => `${v}-бап`, (v) => `ст. ${v}`, (v) => `art. ${v}`, c.article);
  add((v) => `${v}-қосымша`, (v) => `приложение ${v}`, (v) => `Annex ${v}`, c.annex);
  add((v) => `${v}-тармақ`, (v) => `п. ${v}`, (v) => (c.act === 'order-442' ? `item ${v}` : `p. ${v}`), c.paragraph);
  add((v) => `${v}-тармақ`, (v) => `п. ${v}`, (v) => `item ${v}`, c.item);
  add((v) => `${v}) тармақша`, (v) => `пп. ${v})`, (v) => `sub-item ${v}`, c.subItem);
  return parts.join(', ');
}
