import { addDays, type IsoDate } from '../law/dates.js';
import { InputError, type IssuePath } from './errors.js';
import { issue } from './validate.js';
import { own } from './own.js';
import edition2022 from '../law/editions/2022/index.js';
import edition2025 from '../law/editions/2025-442/index.js';
import { fromPacks } from '../explain/pack.js';
import type { LocalizedText } from '../law/text.js';
import type { Edition, InterpretationRef } from '../law/editions/types.js';

/** The editions this SDK knows, oldest first. An edition applies from its start until the next one starts. */
export const EDITIONS: readonly Edition[] = [edition2022, edition2025];

/** What a result says about the edition it was computed under. */
export interface EditionInfo {
  id: string;
  title: LocalizedText;
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

function sorted(editions: readonly Edition[]): readonly Edition[] {
  return [...editions].sort((a, b) => (a.inForce.from < b.inForce.from ? -1 : 1));
}

/**
 * The edition in force on `date` (the application's filing date). A date before the earliest edition is an
 * InputError. `editions` lets a caller supply its own list (e.g. one more edition) without a code change.
 */
export function editionFor(date: IsoDate, editions: readonly Edition[] = EDITIONS, path: IssuePath = ['applicationDate']): Edition {
  const list = sorted(editions);
  let found: Edition | undefined;
  for (const e of list) if (e.inForce.from <= date) found = e;
  if (!found) {
    throw new InputError([issue(path, 'before-first-edition', { date, first: list[0]?.inForce.from ?? '' })]);
  }
  return found;
}

export function editionInfo(edition: Edition, date: IsoDate, editions: readonly Edition[] = EDITIONS): EditionInfo {
  const list = sorted(editions);
  const next = list[list.indexOf(edition) + 1];
  const windows = [edition, next].filter((e): e is Edition => !!e && !!e.inForce.uncertainWindow);
  const dependsOnUnconfirmedStart = windows.some(
    (e) => date >= e.inForce.uncertainWindow!.from && date <= e.inForce.uncertainWindow!.to,
  );
  const info: EditionInfo = {
    id: edition.id,
    title: editionTitle(edition.id),
    from: edition.inForce.from,
    partial: edition.partial,
    startConfirmed: edition.inForce.confirmed,
    dependsOnUnconfirmedStart,
  };
  if (next) info.to = addDays(next.inForce.from, -1);
  return info;
}

export type { Edition } from '../law/editions/types.js';

/** An edition's title in the registered languages. */
export function editionTitle(id: string): LocalizedText {
  return fromPacks((p) => p.editions[id]?.title);
}

/** The interpretations of `edition` with these ids, with their texts; `values` overrides the reading chosen. */
export function interpretationsOf(edition: Edition, ids: readonly string[], values: Readonly<Record<string, string>> = {}): InterpretationRef[] {
  return edition.interpretations
    .filter((i) => ids.includes(i.id))
    .map((i) => ({ ...i, value: own(values, i.id) ?? i.value, text: fromPacks((p) => p.editions[edition.id]?.interpretations[i.id]) }));
}
