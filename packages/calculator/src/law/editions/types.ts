import type { IsoDate } from '../dates.js';
import type { CostType, CourseKind, DigitalEquipmentKind, Measure, TechEquipmentCategory } from '../domain.js';
import type { Citation } from '../citation.js';
import type { Lang } from '../text.js';
import type { ChecklistData } from '../documents.js';
import { deepFreeze } from '../plain.js';

/** A value of the law, with where it comes from. */
export interface Cited<T> {
  value: T;
  cite: Citation;
}

/** How a cost type is treated. */
export type CostKind =
  /** A service: counts by the date of the (last) act of services rendered (p.14, Interpretation 5). */
  | 'service'
  /** Equipment: counts in full when the last payment falls in the window (p.14-1). */
  | 'equipment'
  /** Never reimbursed (per diem, p.20). */
  | 'never';

export interface CostTypeRule {
  measure: Measure;
  kind: CostKind;
  /** Look-back window in calendar months, and the date it counts back from. */
  lookBack?: Cited<{ months: number; from: 'filing' | 'receipt' }>;
  /** Why a `never` cost type is excluded. */
  exclusion?: Citation;
  /**
   * Decree No. 256 limits apply: `always` (2025-442 p.23 l.164: all travel and all accommodation, domestic included),
   * or `abroad` (only abroad: an edition a caller adds may say so; no built-in edition does).
   */
  decreeLimits?: Cited<'always' | 'abroad'>;
  /** One reimbursement agreement a year per this group of cost types (p.14, Interpretation 6). */
  agreementGroup: string;
  /** Only equipment never used before is reimbursed: where the edition says so for this cost type (its own clause). */
  newOnly?: Citation;
  /** The cost type covers internships (стажировка) as well as training: where the edition says so (2022: 004 l.53-55). */
  internships?: Citation;
}

/** A cap shared by some cost types of one measure (per calendar year where `perCalendarYear`). */
export interface CapGroup {
  id: string;
  measure: Measure;
  costTypes: readonly CostType[];
  /** KZT, a decimal string. */
  cap: Cited<string>;
  /** Whether the source says the cap is per calendar year. */
  perCalendarYear: boolean;
  /** What was "already received for the measure" (no cost type given) counts against this group. */
  measureDefault?: boolean;
}

/** An eligibility check: which evaluator (code) runs it, with the edition's parameters (data). */
export type CheckDef = CheckRule & {
  /** Where the check's rule is, when it differs by measure (refusal grounds: item 9 of each annex). */
  citeByMeasure?: Partial<Record<Measure, Citation>>;
  /**
   * The edition's source does not hold this rule; a later edition checks it (RULES.md Interpretation 16). The
   * question is still asked and `cite` is the later rule: an answer that rule fails is `unknown`, one it passes is
   * `not-applicable`, never `pass`.
   */
  silent?: true;
};
export type CheckRule =
  | { id: string; rule: 'size'; cite: Citation; allowed: readonly ('micro' | 'small' | 'medium' | 'large')[]; largeExceptMeasures: readonly Measure[] }
  | { id: string; rule: 'stateShare'; cite: Citation; thresholdPercent: string; exceptions: boolean }
  | { id: string; rule: 'flagMustBeFalse'; cite: Citation; field: 'sezParticipant' | 'unrepaidBreach' | 'otherBudgetFunding' | 'courtBan'; }
  | { id: string; rule: 'flagMustBeTrue'; cite: Citation; field: 'industrialInnovativeSubject' | 'personalDataConsent' | 'inProducersRegister'; from?: IsoDate }
  | { id: string; rule: 'taxGrowth'; cite: Citation; years: number; exemptRegisteredYears: Cited<number> }
  | {
      id: string;
      rule: 'priorityGoods';
      cite: Citation;
      /** Last day the requirement is in force, when the edition ends it. */
      requiredUntil?: IsoDate;
      /**
       * After `requiredUntil`: still required, or as the edition's interpretation reads it (RULES.md
       * Interpretation 15), reading by reading.
       */
      afterwards: 'required' | { interpretation: string; readings: Readonly<Record<string, 'required' | 'not-applicable'>> };
    };

export interface SwitchDef {
  id: 'register-required' | 'priority-goods-docs';
  /** First day it is in force. */
  from?: IsoDate;
  /** Last day it is in force. */
  until?: IsoDate;
  cite: Citation;
}

/** One of RULES.md's named interpretations, as the edition applies it. */
export interface InterpretationDef {
  id: string;
  /** RULES.md Interpretation number. */
  n: number;
  value: string;
  /** The readings the caller may choose instead, if any. */
  alternatives?: readonly string[];
  cite: Citation;
}

/** An interpretation as a result names it (its text: `interpretationText(editionId, id, lang)`). */
export type InterpretationRef = InterpretationDef;

/** What an edition says in one language: its title, its interpretations' texts, its document lists' translations. */
export interface EditionTexts {
  title: string;
  /** By interpretation id. */
  interpretations?: Readonly<Record<string, string>>;
  /** Translations of the document lists, by the keys of `documents` (`<variant>.<n>`, `<variant>.heading`, …). */
  documents?: Readonly<Record<string, string>>;
}

/**
 * One edition of the Rules: data only. The built-in editions keep their titles and interpretation texts in the
 * language packs (`editions.<id>`), so that a page carries one language, and their document lists apart
 * (`law/editions/documents.ts`), so that only the checklist carries them; an edition a caller adds holds its own
 * in `texts` and `documents`.
 */
export interface Edition {
  id: string;
  /** The edition's own texts per language (an added edition); the built-in ones are in the language packs. */
  texts?: Partial<Record<Lang, EditionTexts>>;
  /** The edition's document lists (an added edition); the built-in ones are in `law/editions/documents.ts`. */
  documents?: ChecklistData;
  /** True when the edition holds only part of the rules then in force (every result says so). */
  partial: boolean;
  inForce: {
    from: IsoDate;
    /** False while the start date is not confirmed by the official publication. */
    confirmed: boolean;
    /** Dates whose edition depends on the unconfirmed start (results on them say so). */
    uncertainWindow?: { from: IsoDate; to: IsoDate };
    cite: Citation;
  };
  rate: Cited<string>;
  /** Notes on the rate, e.g. 2022's "40-50 %" for digital. */
  rateNotes?: Partial<Record<Measure, Cited<string>>>;
  measures: Record<Measure, { costTypes: readonly CostType[]; cite: Citation }>;
  costTypes: Partial<Record<CostType, CostTypeRule>>;
  /** Cap groups under each reading of Interpretation 1 (one scheme where there is nothing to choose). */
  capSchemes: Record<string, readonly CapGroup[]>;
  training?: {
    /** Longest accommodation reimbursed per course kind, months (p.20 sub-item 3). */
    accommodationMonths: Cited<Record<CourseKind, number>>;
    /** Longest course, months (p.12 sub-item 1). */
    courseMonths: Cited<number>;
    /**
     * Only the stay during the course is reimbursed (p.20 sub-item 3 "в течение срока", Annex 3 item 8 sub-item 12):
     * the nights of a stay outside the course's dates do not count.
     */
    accommodationWithinCourse: Cited<boolean>;
    /** Travel to the place of training and back is reimbursed once (p.20 sub-item 2). */
    travelOnce: Cited<boolean>;
  };
  digitalEquipment?: Cited<readonly DigitalEquipmentKind[]>;
  techEquipmentExcluded?: Cited<readonly TechEquipmentCategory[]>;
  /**
   * How a foreign-currency cost becomes tenge: at the National Bank rate of the payment's date (2025 p.19), or
   * `source-silent` where the edition's source does not say (the caller's rate is used and the result says so;
   * the citation is then the edition's own source, never a later edition's paragraph).
   */
  currencyConversion: Cited<'payment-date-rate' | 'source-silent'>;
  eligibility: readonly CheckDef[];
  switches: readonly SwitchDef[];
  interpretations: readonly InterpretationDef[];
  service: {
    workingDays: Cited<number>;
    siteVisitMaxDays?: Cited<number>;
    /** When a portal application counts as accepted (Interpretation 11). */
    registration: Cited<'next-working-day-after-hours' | 'next-day'>;
    /** The provider's office hours, where the edition gives them. */
    hours?: Cited<{ open: string; close: string; lunch?: readonly [string, string] }>;
  };
  obligation: {
    years: Cited<number>;
    multiplier: Cited<string>;
    checkpointMonths: Cited<number>;
    refundDays: Cited<number>;
  };
}

/** The edition, deep-frozen: plain data checked by `EditionSchema` in the tests, which no result shares or changes. */
export function defineEdition<E extends Edition>(e: E): E {
  return deepFreeze(e);
}
