import { EDITIONS } from '../law/editions/index.js';
import type { Edition, InterpretationRef } from '../law/editions/types.js';
import { addDays, type IsoDate } from '../law/dates.js';
import { deepFreeze, frozenCopy } from '../law/plain.js';
import { InputError, issue, type IssuePath } from './errors.js';

export { EDITIONS };

/** What a result says about the edition it was computed under (its title: `editionTitle(id, lang)`). */
export interface EditionInfo {
  id: string;
  from: IsoDate;
  /** The last day, when a later edition exists. */
  to?: IsoDate;
  partial: boolean;
  /** The start date of this edition is not confirmed. */
  startConfirmed: boolean;
  /**
   * The date asked about lies where the choice of edition depends on an unconfirmed start date
   * (e.g. 2025-12-20 … 2025-12-25 for `2025-442`): the result may belong to the other edition.
   */
  dependsOnUnconfirmedStart: boolean;
}

const registered: Edition[] = [];

/**
 * Adds an edition for every later call (and for `format`, which reads its `texts`): data alone, no code. An edition
 * with the id of a registered one replaces it; the built-in editions cannot be replaced (pass `options.editions`
 * to compute under another list). The edition is deep-frozen.
 */
export function registerEdition(edition: Edition): void {
  if (!looksLikeEdition(edition)) throw new InputError([issue(['edition'], 'edition')]);
  if (EDITIONS.some((e) => e.id === edition.id)) throw new InputError([issue(['edition', 'id'], 'edition', { id: edition.id })]);
  const i = registered.findIndex((e) => e.id === edition.id);
  deepFreeze(edition);
  if (i >= 0) registered[i] = edition;
  else registered.push(edition);
  cache = undefined;
}

let cache: readonly Edition[] | undefined;
/** The built-in editions and those registered, by start date. */
export function knownEditions(): readonly Edition[] {
  return (cache ??= sorted([...EDITIONS, ...registered]));
}

/** The edition with this id among `extra`, the registered and the built-in ones. */
export function editionById(id: string, extra: readonly Edition[] = []): Edition | undefined {
  return extra.find((e) => e?.id === id) ?? knownEditions().find((e) => e.id === id);
}

const sortedCache = new WeakMap<readonly Edition[], readonly Edition[]>();
function sorted(editions: readonly Edition[]): readonly Edition[] {
  let s = sortedCache.get(editions);
  if (!s) {
    s = Object.freeze([...editions].sort((a, b) => (a.inForce.from < b.inForce.from ? -1 : 1)));
    sortedCache.set(editions, s);
  }
  return s;
}

/**
 * The edition in force on `date` (the application's filing date). A date before the earliest edition is an
 * InputError. `editions` lets a caller supply its own list (e.g. one more edition) without a code change.
 */
export function editionFor(date: IsoDate, editions: readonly Edition[] = knownEditions(), path: IssuePath = ['applicationDate']): Edition {
  const list = sorted(editions);
  let found: Edition | undefined;
  for (const e of list) if (e.inForce.from <= date) found = e;
  if (!found) {
    throw new InputError([issue(path, 'before-first-edition', { date, first: list[0]?.inForce.from ?? '' })]);
  }
  return found;
}

export function editionInfo(edition: Edition, date: IsoDate, editions: readonly Edition[] = knownEditions()): EditionInfo {
  const list = sorted(editions);
  const next = list[list.indexOf(edition) + 1];
  const windows = [edition, next].filter((e): e is Edition => !!e && !!e.inForce.uncertainWindow);
  const dependsOnUnconfirmedStart = windows.some(
    (e) => date >= e.inForce.uncertainWindow!.from && date <= e.inForce.uncertainWindow!.to,
  );
  const info: EditionInfo = {
    id: edition.id,
    from: edition.inForce.from,
    partial: edition.partial,
    startConfirmed: edition.inForce.confirmed,
    dependsOnUnconfirmedStart,
  };
  if (next) info.to = addDays(next.inForce.from, -1);
  return info;
}

export type { Edition } from '../law/editions/types.js';

/** The interpretations of `edition` with these ids; `values` overrides the reading chosen. */
const interpretationCache = new WeakMap<Edition, Map<string, InterpretationRef[]>>();
export function interpretationsOf(edition: Edition, ids: readonly string[], values: Readonly<Record<string, string>> = {}): InterpretationRef[] {
  // the same few lists for every result of an edition: built once (they are frozen edition data; results copy them)
  if (Object.keys(values).length === 0) {
    let byIds = interpretationCache.get(edition);
    if (!byIds) interpretationCache.set(edition, (byIds = new Map()));
    const key = ids.join('|');
    let list = byIds.get(key);
    if (!list) byIds.set(key, (list = Object.freeze(edition.interpretations.filter((i) => ids.includes(i.id))) as InterpretationRef[]));
    return list;
  }
  return edition.interpretations
    .filter((i) => ids.includes(i.id))
    .map((i) => (Object.hasOwn(values, i.id) ? { ...i, value: values[i.id]! } : i));
}

const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** The shape every rule reads of an edition; a caller's edition that lacks it is refused, not half-read. */
function looksLikeEdition(e: unknown): e is Edition {
  if (e === null || typeof e !== 'object') return false;
  const x = e as Partial<Edition>;
  return (
    typeof x.id === 'string' && x.id !== '' &&
    !!x.inForce && isDay(x.inForce.from) &&
    !!x.rate && typeof x.rate.value === 'string' &&
    !!x.measures && typeof x.measures === 'object' &&
    !!x.costTypes && typeof x.costTypes === 'object' &&
    !!x.capSchemes && typeof x.capSchemes === 'object' &&
    Array.isArray(x.eligibility) && Array.isArray(x.switches) && Array.isArray(x.interpretations) &&
    !!x.service && !!x.obligation
  );
}

/**
 * The editions a call computes under: `options.editions` (own property; each deep-frozen), else the built-in and
 * registered ones. `options` may be absent or null; anything else that is not an object, or an edition list that is
 * not a non-empty list of editions, is an InputError.
 */
export function editionsOption(options: unknown): readonly Edition[] {
  if (options === undefined || options === null) return knownEditions();
  if (typeof options !== 'object') throw new InputError([issue(['options'], 'type', { expected: 'object' })]);
  let list: unknown;
  try {
    list = Object.hasOwn(options, 'editions') ? (options as { editions?: unknown }).editions : undefined;
  } catch {
    throw new InputError([issue(['options', 'editions'], 'unreadable')]);
  }
  if (list === undefined) return knownEditions();
  if (!Array.isArray(list) || list.length === 0 || list.length > 100) throw new InputError([issue(['options', 'editions'], 'edition')]);
  for (let i = 0; i < list.length; i++) {
    let ok = false;
    try {
      ok = looksLikeEdition(list[i]);
    } catch {
      // a getter that throws: not an edition
    }
    if (!ok) throw new InputError([issue(['options', 'editions', i], 'edition')]);
  }
  for (const e of list) deepFreeze(e);
  return list as readonly Edition[];
}

/**
 * Runs a rule under the caller's editions: data the rule cannot read (a malformed added edition) is the caller's
 * input problem, an InputError, never another error. The built-in editions are not wrapped, so that a defect of the
 * SDK's own stays visible to its tests.
 */
export function underEditions<T>(editions: readonly Edition[], run: () => T): T {
  if (editions === knownEditions() || editions.every((e) => EDITIONS.includes(e))) return run();
  try {
    return run();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([issue(['options', 'editions'], 'edition', { reason: e instanceof Error ? e.message : String(e) })]);
  }
}

const refuse = (path: IssuePath, code: 'type' | 'date' | 'edition', params: Record<string, string> = {}): never => {
  throw new InputError([issue(path, code, params)]);
};

/** `defineEdition` for callers: the edition checked for the data every rule reads, then deep-frozen. */
export function defineCheckedEdition<E extends Edition>(edition: E): E {
  if (!looksLikeEdition(edition)) refuse(['edition'], 'edition');
  return deepFreeze(edition);
}

/** `editionFor` for callers: the date and the list checked first. */
export function editionForChecked(date: IsoDate, editions?: readonly Edition[], path: IssuePath = ['applicationDate']): Edition {
  const list = editionsOption(editions === undefined ? undefined : { editions });
  const at = Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number') ? path : ['applicationDate'];
  if (!isDay(date)) refuse(at, 'date');
  return editionFor(date, list, at);
}

/** `editionInfo` for callers: a fresh frozen value; the edition and the date checked first. */
export function editionInfoChecked(edition: Edition, date: IsoDate, editions?: readonly Edition[]): EditionInfo {
  const list = editionsOption(editions === undefined ? undefined : { editions });
  if (!looksLikeEdition(edition)) refuse(['edition'], 'edition');
  if (!isDay(date)) refuse(['date'], 'date');
  return frozenCopy(editionInfo(edition, date, list));
}

/** `interpretationsOf` for callers: a fresh frozen list; the arguments checked first. */
export function interpretationsOfChecked(edition: Edition, ids: readonly string[], values: Readonly<Record<string, string>> = {}): InterpretationRef[] {
  if (!looksLikeEdition(edition)) refuse(['edition'], 'edition');
  if (!Array.isArray(ids) || !ids.every((i) => typeof i === 'string')) refuse(['ids'], 'type', { expected: 'array' });
  if (values === null || typeof values !== 'object') refuse(['values'], 'type', { expected: 'object' });
  const own: Record<string, string> = {};
  for (const k of Object.keys(values)) if (typeof values[k] === 'string') own[k] = values[k]!;
  return frozenCopy(interpretationsOf(edition, ids, own));
}
