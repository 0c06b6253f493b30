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
    // the edition whose unconfirmed start the date depends on (more than one edition may have such a window)
    const inWindow = (e: Edition) => !!e.inForce.uncertainWindow && date >= e.inForce.uncertainWindow.from && date <= e.inForce.uncertainWindow.to;
    const uncertain = editions.find(inWindow) ?? edition;
    // The earliest edition has no predecessor in the data: its note names it (the general note names Order 442).
    const earliest = !editions.some((e) => e.inForce.from < uncertain.inForce.from);
    notes.push(
      earliest && uncertain.inForce.uncertainWindow !== undefined
        ? { key: 'edition.unconfirmed-start-first', params: { date: { date }, from: { date: uncertain.inForce.from }, edition: { edition: uncertain.id } } }
        : { key: 'edition.unconfirmed-start', params: { date: { date }, from: { date: uncertain.inForce.from } } },
    );
  }
  return notes;
}
