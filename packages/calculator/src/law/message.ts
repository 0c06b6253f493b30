import type { BusinessSize, CostType, CourseKind, Measure } from './domain.js';
import type { Citation } from './citation.js';
import type { LocalizedText } from './text.js';
// A type only (erased when compiled): the English pack's keys are the list of sentences a rule may name.
import type en from '../i18n/en.js';

/** The keys of the result sentences (the English pack is the reference). */
export type MessageKey = keyof (typeof en)['messages'];

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
  /** An edition, by id: its title. */
  | { edition: string }
  | { text: LocalizedText }
  | { message: Message }
  | { list: readonly Param[] };

/** A sentence of a result, not yet in a language: `formatMessage` renders it. */
export interface Message {
  key: MessageKey;
  params?: Record<string, Param>;
}
