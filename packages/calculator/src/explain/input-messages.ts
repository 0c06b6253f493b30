import type { InputIssueCode } from '../rules/errors.js';
import { fromPacks } from './pack.js';
import type { LocalizedText } from '../law/text.js';

type Params = Record<string, string | LocalizedText>;

export function inputMessage(code: InputIssueCode, params: Params = {}): LocalizedText {
  const t = fromPacks((p) => p.input[code] ?? code);
  const fill = (s: string, lang: keyof LocalizedText) =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = params[k];
      return v === undefined ? `{${k}}` : typeof v === 'string' ? v : v[lang];
    });
  return { kk: fill(t.kk, 'kk'), ru: fill(t.ru, 'ru'), en: fill(t.en, 'en') };
}
