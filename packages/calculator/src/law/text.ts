export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** A text in the three languages. Russian is the law's own wording where it quotes the law. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}
