import { hasAnnexTexts, hasLanguage, registerAnnexTexts, registerLanguage, type Lang } from '@qazindustry/productivity-calculator/core';
import type { UiStrings } from './i18n/en.js';

/**
 * Languages load per need: a page that shows Russian loads the Russian SDK texts and UI strings only.
 * Each loader is a static `import()` so that bundlers split one chunk per language.
 */
const loaders: Record<Lang, () => Promise<{ sdk: Parameters<typeof registerLanguage>[0]; ui: UiStrings }>> = {
  kk: () => import('./i18n/pack-kk.js'),
  ru: () => import('./i18n/pack-ru.js'),
  en: () => import('./i18n/pack-en.js'),
};

const ui: Partial<Record<Lang, UiStrings>> = {};
const pending: Partial<Record<Lang, Promise<void>>> = {};
const failed = new Set<Lang>();

/** The language's file could not be loaded (offline, blocked): the widget says so instead of waiting forever. */
export function languageFailed(lang: Lang): boolean {
  return failed.has(lang);
}

/** Forget a failure, so that the next render tries again. */
export function retryLanguage(lang: Lang): void {
  failed.delete(lang);
}

/** The UI strings of `lang`, once loaded. */
export function uiStrings(lang: Lang): UiStrings | undefined {
  return ui[lang];
}

export function isLanguageLoaded(lang: Lang): boolean {
  return !!ui[lang] && hasLanguage(lang);
}

/** Loads a language's texts (once); resolves when they are there. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  return (pending[lang] ??= loaders[lang]().then(
    (pack) => {
      registerLanguage(pack.sdk);
      ui[lang] = pack.ui;
    },
    (e: unknown) => {
      delete pending[lang];
      failed.add(lang);
      throw e;
    },
  ));
}

/**
 * Starts loading the page's language as soon as a widget's module runs, before any element asks for it, so that
 * the language file downloads while the element is being defined and upgraded rather than after.
 */
export function preloadPageLanguage(pageLang: string | null | undefined): void {
  const l = pageLang?.trim().toLowerCase().split(/[-_]/)[0];
  const lang: Lang = l === 'kk' || l === 'kz' ? 'kk' : l === 'en' ? 'en' : 'ru';
  loadLanguage(lang).catch(() => undefined);
}

/**
 * Loads the translated document lists of a language (only the checklist needs them; Russian is the annexes' own
 * text). A static `import()` per language, so bundlers split a chunk per language.
 */
export function loadAnnexTexts(lang: Lang): Promise<void> {
  if (hasAnnexTexts(lang)) return Promise.resolve();
  const load = lang === 'kk' ? import('@qazindustry/productivity-calculator/i18n/annexes-kk') : import('@qazindustry/productivity-calculator/i18n/annexes-en');
  return load.then((m) => registerAnnexTexts(lang, m.default));
}
