import { createContext } from '@lit/context';
import type { Lang } from '@qazindustry/productivity-calculator/core';

/**
 * Gives a widget the National Bank rate of a currency on a date, when the page has a way to get one (a proxy of
 * its own, a cached table). The widgets never fetch anything themselves; without a provider the visitor types the rate.
 */
export type RateProvider = (currency: string, date: string) => Promise<string | undefined>;

/**
 * Where a widget keeps a visitor's draft (opt-in `persist`). The default is `localStorage`. `save` returns `false`
 * (or throws) when the draft could not be kept: the widget then tells the visitor, and keeps the input on the page.
 */
export interface DraftStore {
  load(key: string): unknown;
  save(key: string, value: unknown): void | boolean;
  remove(key: string): void;
}

/**
 * One application, one journey (issue "The widgets in the field", item 7): what the widgets inside one
 * `<qi-provider>` have in common. Every value is the SDK's own id or shape (a measure id, cost type ids, a decimal
 * string, `YYYY-MM-DD`), never a text; a widget publishes what its visitor chose and reads what the others did.
 */
export interface SharedApplication {
  /** The measure chosen in any widget. */
  measure?: string;
  /** The visitor's answer to "When will you file?" in any widget (the provider's `application-date` otherwise). */
  applicationDate?: string;
  /**
   * Yes/no answers by the SDK's field id (`taxExempt`, `individualEntrepreneur`…), as the checker and the checklist
   * ask them; `null` is "I don't know".
   */
  answers?: Readonly<Record<string, boolean | null>>;
  /** The cost types of the estimate's lines, in their order, without repeats. */
  costTypes?: readonly string[];
  /** The estimate's total, KZT (a decimal string): the tracker's planned Q. */
  total?: string;
  /** The decision deadline of "What happens next" (`serviceDeadline`): the tracker's assumed agreement date. */
  decisionDate?: string;
}

/** What `<qi-provider>` gives the widgets inside it. */
export interface QiSettings {
  lang?: Lang;
  /** The application date the widgets compute for, `YYYY-MM-DD`; today when absent. */
  applicationDate?: string;
  rateProvider?: RateProvider;
  draftStore?: DraftStore;
  /** The application the widgets share (absent outside a provider, and from providers older than item 7). */
  application?: SharedApplication;
  /** Merges a part of the shared application (`answers` are merged key by key); the provider passes the new state on. */
  publish?: (patch: SharedApplication) => void;
}

/**
 * The key is `Symbol.for(…)`, one for the whole page, not `Symbol(…)`: every CDN file carries its own copy of this
 * module, and a provider from one file must be seen by a widget from another (@lit/context compares keys with `===`).
 * A change of `QiSettings` that older widgets cannot read needs a new key.
 */
export const settingsContext = createContext<QiSettings>(Symbol.for('@qazindustry/productivity-widgets:qi-settings'));
