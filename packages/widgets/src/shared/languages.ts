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

/** The UI strings of `lang`, once loaded (with the page's overrides, see `registerStrings`). */
export function uiStrings(lang: Lang): UiStrings | undefined {
  return ui[lang];
}

/** Some of the UI strings: any part of them, nested as they are (a function stays a function of the same values). */
export type UiStringsOverride = { [K in keyof UiStrings]?: DeepPartial<UiStrings[K]> };
type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

const packs: Partial<Record<Lang, UiStrings>> = {};
const overrides: Partial<Record<Lang, unknown[]>> = {};

/** `base` with `patch` laid over it: only keys the base has, each of the same kind (text, function, group). */
function overlay<T>(base: T, patch: unknown): T {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return base;
  const out = { ...(base as object) } as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || !Object.hasOwn(out, key)) continue;
    const was = out[key];
    const now = (patch as Record<string, unknown>)[key];
    if (typeof was === 'string' && typeof now === 'string') out[key] = now;
    else if (typeof was === 'function' && typeof now === 'function') out[key] = now;
    else if (was && typeof was === 'object' && !Array.isArray(was)) out[key] = overlay(was, now);
  }
  return out as T;
}

/**
 * Replaces some of the widgets' words in a language, for every widget of this copy of the bundle, now and later:
 * `registerStrings('ru', { estimator: { title: 'Калькулятор возмещения' } })`. Only strings the widgets have can be
 * replaced, each by one of its kind (a text by a text, a function of values by a function); the rest is ignored. The
 * law's own texts (messages, citations, documents) are the SDK's and are not replaced here.
 */
export function registerStrings(lang: Lang, strings: UiStringsOverride): void {
  if (lang !== 'kk' && lang !== 'ru' && lang !== 'en') return;
  (overrides[lang] ??= []).push(strings);
  if (packs[lang]) ui[lang] = (overrides[lang] ?? []).reduce<UiStrings>((u, o) => overlay(u, o), packs[lang]!);
  globalThis.dispatchEvent?.(new Event(STRINGS_CHANGED));
}

/** Fired on `globalThis` when a page replaces strings: the widgets render again. */
export const STRINGS_CHANGED = 'qi-strings-changed';

export function isLanguageLoaded(lang: Lang): boolean {
  return !!ui[lang] && hasLanguage(lang);
}

/** Loads a language's texts (once); resolves when they are there. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  return (pending[lang] ??= loaders[lang]().then(
    (pack) => {
      registerLanguage(pack.sdk);
      packs[lang] = pack.ui;
      ui[lang] = (overrides[lang] ?? []).reduce<UiStrings>((u, o) => overlay(u, o), pack.ui);
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
