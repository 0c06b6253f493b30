import type { BusinessSize, CostType, CourseKind, Measure } from '../law/domain.js';
import type { ActId } from '../law/citation.js';
import type { EditionTexts } from '../law/editions/types.js';
import { LANGS, type Lang, type LocalizedText } from '../law/text.js';
import { InputError, issue, setIssueDescriber, type InputIssueCode } from '../rules/errors.js';
import type en from '../i18n/en.js';

/** The keys of the result sentences (the English pack is the reference). */
export type MessageKey = keyof (typeof en)['messages'];

/** Everything the SDK says in one language, loadable on its own. */
export interface LanguagePack {
  lang: Lang;
  messages: Readonly<Record<string, string>>;
  names: {
    measures: Readonly<Record<Measure, string>>;
    costTypes: Readonly<Record<CostType, string>>;
    sizes: Readonly<Record<BusinessSize, string>>;
    courseKinds: Readonly<Record<CourseKind, string>>;
    capGroups: Readonly<Record<string, string>>;
    statuses: Readonly<Record<'pass' | 'fail' | 'unknown' | 'not-applicable', string>>;
    acts: Readonly<Record<ActId, string>>;
  };
  /** Each edition's title and the texts of its interpretations, by edition id and interpretation id. */
  editions: Readonly<Record<string, EditionTexts>>;
  /** The messages of input errors, by InputIssueCode; `{name}` is a parameter. */
  input: Readonly<Record<string, string>>;
  /**
   * Unofficial translations of the annexes' document lists, by `<variant>.<n>`, `<variant>.heading`, … (not for
   * ru). Usually empty here: they ship apart (`i18n/annexes-kk`, `annexes-en`) for `registerAnnexTexts`.
   */
  annexes: Readonly<Record<string, string>>;
}

const own = Object.prototype.hasOwnProperty;
/** `obj[key]` when `key` is the object's own property (never an inherited one such as `constructor`). */
export function ownValue<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && own.call(obj, key) ? obj[key] : undefined;
}

const annexTexts: Partial<Record<Lang, Readonly<Record<string, string>>>> = Object.create(null);
const packs: Partial<Record<Lang, LanguagePack>> = Object.create(null);

/** Makes the translated document lists of a language available to `formatDocText` and `format`. */
export function registerAnnexTexts(lang: Lang, texts: Readonly<Record<string, string>>): void {
  if (!isLang(lang) || texts === null || typeof texts !== 'object') throw new InputError([issue(['lang'], 'lang', { options: LANGS.join(', ') })]);
  annexTexts[lang] = texts;
}

export function hasAnnexTexts(lang: Lang): boolean {
  return lang === 'ru' || (isLang(lang) && annexTexts[lang] !== undefined);
}

/** An annex text: the translation registered for the language, else the pack's own. */
export function annexText(lang: Lang, key: string): string | undefined {
  const t = ownValue(annexTexts[lang], key) ?? ownValue(packs[lang]?.annexes, key);
  return typeof t === 'string' && t !== '' ? t : undefined;
}

/** Makes a language's texts available to `format`, `formatMessage`, `formatCitation` and the input errors' messages. */
export function registerLanguage(pack: LanguagePack): void {
  if (pack === null || typeof pack !== 'object' || !isLang(pack.lang)) {
    throw new InputError([issue(['lang'], 'lang', { options: LANGS.join(', ') })]);
  }
  packs[pack.lang] = pack;
  setIssueDescriber(describeIssue);
}

export function hasLanguage(lang: Lang): boolean {
  return isLang(lang) && packs[lang] !== undefined;
}

/** The registered pack of `lang`, if any. */
export function languagePack(lang: Lang): LanguagePack | undefined {
  return isLang(lang) ? packs[lang] : undefined;
}

export function isLang(lang: unknown): lang is Lang {
  return typeof lang === 'string' && (LANGS as readonly string[]).includes(lang);
}

/**
 * The pack of `lang`, or an InputError: `lang` not one of kk / ru / en (`lang`), or not registered
 * (`lang-not-registered`: `registerLanguage(await import('…/i18n/<lang>'))` first).
 */
export function packOf(lang: unknown): LanguagePack {
  if (!isLang(lang)) throw new InputError([issue(['lang'], 'lang', { options: LANGS.join(', ') })]);
  const p = packs[lang];
  if (!p) throw new InputError([issue(['lang'], 'lang-not-registered', { lang })]);
  return p;
}

/** What an InputError's `expected` names, in each language. */
const KINDS: Readonly<Record<string, LocalizedText>> = {
  string: { kk: 'мәтін', ru: 'строка', en: 'text' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  boolean: { kk: 'иә немесе жоқ (true/false)', ru: 'да или нет (true/false)', en: 'yes or no (true/false)' },
  object: { kk: 'объект', ru: 'объект', en: 'an object' },
  array: { kk: 'тізім', ru: 'список', en: 'a list' },
};

/** The message of an input problem in the three languages, from the registered packs. */
function describeIssue(code: InputIssueCode, params: Readonly<Record<string, string>>): LocalizedText {
  const anyPack = packs.en ?? packs.ru ?? packs.kk;
  const one = (lang: Lang): string => {
    const p = packs[lang] ?? anyPack;
    const template = ownValue(p?.input, code);
    if (typeof template !== 'string') return code;
    const at = p!.lang;
    return template.replace(/\{(\w+)\}/g, (all, k: string) => {
      const v = ownValue(params, k);
      if (v === undefined) return all;
      const kind = k === 'expected' ? ownValue(KINDS, v) : undefined;
      return kind ? kind[at] : v;
    });
  };
  return { kk: one('kk'), ru: one('ru'), en: one('en') };
}
