/** A place in a legal text (or a reference source) that a value, check or reason comes from. */
export type ActId =
  /** Rules No. 308 of 1 June 2022 as amended (the Rules). */
  | 'rules-308'
  /** Order No. 442 of 17 October 2025 itself (its own items, e.g. item 4 on entry into force). */
  | 'order-442'
  /** QazIndustry's 2022 presentation of the measures (seed 004). */
  | 'presentation-2022'
  /** Methodology for evaluating effectiveness (Order No. 297 as amended by Order No. 35, seed 003). */
  | 'methodology-297'
  /** Labour Code and the Law on holidays (working-day calendar). */
  | 'labour-code'
  /** Entrepreneurial Code art. 24 (business size). */
  | 'entrepreneurial-code'
  /** Law on the republican budget (MCI). */
  | 'budget-law'
  /** Government Decree No. 256 of 11 May 2018 (business-trip norms). */
  | 'decree-256'
  /** This project's reading of an ambiguous text (RULES.md, Interpretations). */
  | 'interpretation';

export interface Citation {
  act: ActId;
  /** Paragraph (пункт / тармақ) of the act, e.g. '14', '14-1'. */
  paragraph?: string;
  /** Sub-item (подпункт / тармақша) of the paragraph or of an annex item, e.g. '5'. */
  subItem?: string;
  /** Annex (приложение / қосымша) of the Rules, e.g. '3', '5-1'. */
  annex?: string;
  /** Item (пункт) of the annex, e.g. '8'. */
  item?: string;
  /** Article (статья / бап), for codes and laws. */
  article?: string;
  /** Interpretation number of RULES.md, when act is 'interpretation'. */
  interpretation?: number;
  /** Seed file the text is in, and its 1-based line. */
  seed?: string;
  line?: number;
}

export const SEED_RULES = '002_6054b853f54b7591.txt';
export const SEED_PRESENTATION = '004_39281feb78c805ea.txt';

/** A citation of the Rules (seed 002). */
export function rules(paragraph: string, line: number, subItem?: string): Citation {
  return subItem === undefined
    ? { act: 'rules-308', paragraph, seed: SEED_RULES, line }
    : { act: 'rules-308', paragraph, subItem, seed: SEED_RULES, line };
}

/** A citation of an annex of the Rules (seed 002). */
export function annex(annexNo: string, line: number, item?: string, subItem?: string): Citation {
  const c: Citation = { act: 'rules-308', annex: annexNo, seed: SEED_RULES, line };
  if (item !== undefined) c.item = item;
  if (subItem !== undefined) c.subItem = subItem;
  return c;
}

/** A citation of the 2022 presentation (seed 004). */
export function presentation(line: number): Citation {
  return { act: 'presentation-2022', seed: SEED_PRESENTATION, line };
}

/** A citation of one of RULES.md's named interpretations. */
export function interpretation(n: number): Citation {
  return { act: 'interpretation', interpretation: n };
}

/**
 * Where each act can be read on the official legal database (adilet.zan.kz, the Institute of Legislation and Legal
 * Information of the Ministry of Justice): data, by act id and language. `ru` is always given; `kk` is the Kazakh
 * text (every act registered by the Ministry of Justice is published in both state and Russian languages); `en` only
 * where adilet has an English translation — none is known for these acts, so English readers get the Russian page.
 * An act with no entry (the 2022 presentation, this project's interpretations, the codes and laws cited only for
 * reference data) has no link.
 */
export const ACT_LINKS: Readonly<Partial<Record<ActId, Readonly<{ ru: string; kk?: string; en?: string }>>>> = Object.freeze({
  /** Rules No. 308 of 1 June 2022, registered No. 28320 (its consolidated text holds the amendments of Order 442). */
  'rules-308': Object.freeze({ ru: 'https://adilet.zan.kz/rus/docs/V2200028320', kk: 'https://adilet.zan.kz/kaz/docs/V2200028320' }),
  /** Order No. 442 of 17 October 2025, registered 20 October 2025 No. 37172. */
  'order-442': Object.freeze({ ru: 'https://adilet.zan.kz/rus/docs/V2500037172', kk: 'https://adilet.zan.kz/kaz/docs/V2500037172' }),
});
