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

/** What `<qi-provider>` gives the widgets inside it. */
export interface QiSettings {
  lang?: Lang;
  /** The application date the widgets compute for, `YYYY-MM-DD`; today when absent. */
  applicationDate?: string;
  rateProvider?: RateProvider;
  draftStore?: DraftStore;
}

/**
 * The key is `Symbol.for(…)`, one for the whole page, not `Symbol(…)`: every CDN file carries its own copy of this
 * module, and a provider from one file must be seen by a widget from another (@lit/context compares keys with `===`).
 * A change of `QiSettings` that older widgets cannot read needs a new key.
 */
export const settingsContext = createContext<QiSettings>(Symbol.for('@qazindustry/productivity-widgets:qi-settings'));
