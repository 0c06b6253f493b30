import type { IsoDate } from '../law/dates.js';
import { EDITIONS, editionInfo, editionTitle } from './editions.js';
import type { Edition } from '../law/editions/types.js';
import type { Message } from '../explain/format.js';

/** The notes every result on `date` carries about its edition: partial, or an unconfirmed start. */
export function editionNotes(edition: Edition, date: IsoDate, editions: readonly Edition[] = EDITIONS): Message[] {
  const info = editionInfo(edition, date, editions);
  const notes: Message[] = [];
  if (info.partial) notes.push({ key: 'edition.partial', params: { edition: { text: editionTitle(edition.id) } } });
  if (info.dependsOnUnconfirmedStart) {
    const uncertain = editions.find((e) => e.inForce.uncertainWindow) ?? edition;
    notes.push({ key: 'edition.unconfirmed-start', params: { date: { date }, from: { date: uncertain.inForce.from } } });
  }
  return notes;
}
