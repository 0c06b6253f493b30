import type { IsoDate } from '../law/dates.js';
import { editionInfo, knownEditions } from './editions.js';
import type { Edition } from '../law/editions/types.js';
import type { Message } from '../law/message.js';

/** The notes every result on `date` carries about its edition: partial, or an unconfirmed start. */
export function editionNotes(edition: Edition, date: IsoDate, editions: readonly Edition[] = knownEditions()): Message[] {
  const info = editionInfo(edition, date, editions);
  const notes: Message[] = [];
  if (info.partial) notes.push({ key: 'edition.partial', params: { edition: { edition: edition.id } } });
  if (info.dependsOnUnconfirmedStart) {
    const uncertain = editions.find((e) => e.inForce.uncertainWindow) ?? edition;
    notes.push({ key: 'edition.unconfirmed-start', params: { date: { date }, from: { date: uncertain.inForce.from } } });
  }
  return notes;
}
