import type { Citation } from './citation.js';

/** When an annex item is listed: only if the condition holds for the application. */
export type ItemCondition =
  /** Annex 3 item 8 sub-item 11: only when travel costs are claimed. */
  | 'claimsTravel'
  /** Annex 3 item 8 sub-item 12: only when accommodation costs are claimed. */
  | 'claimsAccommodation'
  /** Tax-exemption documents: only when the applicant is exempt from taxes. */
  | 'taxExempt'
  /** Priority-goods production documents: in force until 2025-12-31 (Order 442 item 4). */
  | 'priorityGoodsDocs'
  /** Extract from the register of Kazakhstani commodity producers: from 2026-01-01 (Order 442 item 4). */
  | 'registerExtract';

/** One sub-item of item 8 ("list of documents") of an annex, as the seed prints it. */
export interface AnnexItemData {
  /** The sub-item number in the annex, e.g. 5 for "5)". */
  n: number;
  /** 1-based line of seed 002 where the sub-item starts. */
  line: number;
  /**
   * The annex's own Russian wording without the leading "N) " and without the final ";" or ".";
   * whitespace collapsed to single spaces, every other character as in the seed (typos included).
   * A sub-item that runs over several seed lines (Annex 3 sub-item 11) joins them with a single space.
   * Kazakh and English: the language packs, key `<variant id>.<n>`.
   */
  ru: string;
  condition?: ItemCondition;
}

/** One of the seven document-list variants of Annexes 3, 4, 5 and 5-1 (item 8). */
export interface AnnexVariantData {
  /** e.g. 'annex3-competence', 'annex4-energy-audit', 'annex4-supervised-installation', 'annex4-installation',
   * 'annex4-tech-equipment', 'annex5-organization', 'annex5-1-digital'. */
  id: string;
  /** Annex of the Rules: '3', '4', '5' or '5-1'. */
  annex: string;
  measure: 'competence' | 'process' | 'organization' | 'digital';
  /** Cost types this variant serves. */
  costTypes: readonly string[];
  /** The line "При получении возмещения затрат …:" that opens the variant, and its text. */
  heading: { line: number; ru: string };
  items: readonly AnnexItemData[];
  /** "В случае, если исполнителем выступает нерезидент …": which sub-item it replaces and the replacing text. */
  nonResident: {
    line: number;
    replaces: number;
    /** The replacing documents only, e.g. "документы, подтверждающие факт оказания услуги и регистрацию такого юридического лица". */
    ru: string;
  };
  /** "Документы, указанные в подпунктах 4), 5) и 6) оформляются в соответствии с требованиями Кодекса …": absent in Annex 3. */
  taxCodeNote?: { line: number; items: readonly number[]; ru: string };
  /**
   * Order 442 item 4 names sub-items by number (sub-items 7 and 8 of item 8 in the Order's Annexes 2-4, 5 and 6 in
   * its Annex 5). The literal reading of those numbers for this variant: which sub-item would expire on 2026-01-01
   * and which would start then (RULES.md §1, Interpretation 9).
   */
  literalOrder442Item4: { expires: number; starts: number };
}

/** The document lists of one edition. */
export interface ChecklistData {
  /** 2025-442: the seven variants of item 8 of Annexes 3, 4, 5, 5-1. */
  variants?: readonly AnnexVariantData[];
  /** The act and seed file the variants' annexes are in (their items cite it by annex, item, sub-item and line). */
  source?: { act: Citation['act']; seed: string };
  /**
   * 2022: one list of the presentation for every measure. `someMeasuresOnly`: the source marked which measure needs
   * which item (on the slide) and the text lost it, so the list is the full one and the result says that some items
   * apply to some measures only (its first and last item's lines).
   */
  common?: { items: readonly { n: number; line: number; ru: string }[]; cite: Citation; someMeasuresOnly?: { first: Citation; last: Citation } };
  /** The individual entrepreneur's personal tax-account statement (p.13 sub-item 5). */
  individualEntrepreneurStatement?: { ru: string; cite: Citation };
  /** Documents in a foreign language need a translation (2022 presentation): a note, not an item. */
  translationAdvice: { ru: string; cite: Citation };
}
