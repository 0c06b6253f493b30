import type { BusinessSize, CostType, CourseKind, Measure } from '../law/domain.js';
import type { ActId } from '../law/citation.js';
import type { Lang } from '../law/text.js';
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
  editions: Readonly<Record<string, { title: string; interpretations: Readonly<Record<string, string>> }>>;
  /** The messages of input errors, by InputIssueCode; `{name}` is a parameter. */
  input: Readonly<Record<string, string>>;
  /**
   * Unofficial translations of the annexes' document lists, by `<variant>.<n>`, `<variant>.heading`, … (not for
   * ru). Usually empty here: they ship apart (`i18n/annexes-kk`, `annexes-en`) for `registerAnnexTexts`.
   */
  annexes: Readonly<Record<string, string>>;
}

const annexTexts: Partial<Record<Lang, Readonly<Record<string, string>>>> = {};

/** Makes the translated document lists of a language available to `buildChecklist`. */
export function registerAnnexTexts(lang: Lang, texts: Readonly<Record<string, string>>): void {
  annexTexts[lang] = texts;
}

export function hasAnnexTexts(lang: Lang): boolean {
  return lang === 'ru' || annexTexts[lang] !== undefined;
}

/** An annex text: the translation registered for the language, else the pack's own. */
export function annexText(lang: Lang, key: string): string | undefined {
  return annexTexts[lang]?.[key] ?? packs[lang]?.annexes[key];
}

const packs: Partial<Record<Lang, LanguagePack>> = {};

/** Makes a language's texts available to `format`, `formatMessage`, `formatCitation` and the results' texts. */
export function registerLanguage(pack: LanguagePack): void {
  packs[pack.lang] = pack;
}

export function hasLanguage(lang: Lang): boolean {
  return packs[lang] !== undefined;
}

/** The registered pack of `lang`, if any. */
export function languagePack(lang: Lang): LanguagePack | undefined {
  return packs[lang];
}

/** A text in the three languages from the registered packs (empty where a language is not loaded). */
export function fromPacks(pick: (p: LanguagePack) => string | undefined, ru?: string): { kk: string; ru: string; en: string } {
  return {
    kk: (packs.kk && pick(packs.kk)) ?? '',
    ru: ru ?? ((packs.ru && pick(packs.ru)) || ''),
    en: (packs.en && pick(packs.en)) ?? '',
  };
}
