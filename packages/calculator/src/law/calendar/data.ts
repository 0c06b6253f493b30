import type { IsoDate } from '../dates.js';

/**
 * The Kazakh working-day calendar, per year: a five-day week (Labour Code art. 84-85) less the weekdays that are
 * days off (public holidays, days off carried over from a holiday on a weekend — Law "On holidays", art. 5 —
 * 7 January and Kurban Ait, and days off transferred by the Government), plus weekend days made working days by a
 * transfer. Source: REFERENCE.md §2 (Labour Code art. 84-85; Law on holidays art. 5; taspanews.kz 18.03.2026 on
 * Constitution Day; python `holidays` PR #3690). A caller may pass its own table.
 */
export interface CalendarYear {
  year: number;
  /** `confirmed`: transfers and movable days published; `provisional`: not yet. */
  status: 'confirmed' | 'provisional';
  /** Weekdays (Mon-Fri) that are not working days. */
  daysOff: readonly IsoDate[];
  /** Saturdays or Sundays that are working days. */
  workingWeekendDays: readonly IsoDate[];
  source: string;
}

export const CALENDAR: readonly CalendarYear[] = [
  {
    year: 2025,
    status: 'confirmed',
    daysOff: [
      '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07',
      '2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25',
      '2025-05-01', '2025-05-07', '2025-05-09',
      '2025-06-06', '2025-07-07', '2025-09-01', '2025-10-27', '2025-12-16',
    ],
    workingWeekendDays: ['2025-01-05'],
    source: 'REFERENCE.md §2: Labour Code art. 84-85; Law on holidays art. 5; Government transfer of 5 Jan to 3 Jan 2025; Kurban Ait 6 Jun 2025',
  },
  {
    year: 2026,
    status: 'confirmed',
    daysOff: [
      '2026-01-01', '2026-01-02', '2026-01-07',
      '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25',
      '2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27',
      '2026-07-06', '2026-10-26', '2026-12-16',
    ],
    workingWeekendDays: [],
    source: 'REFERENCE.md §2: Labour Code art. 84-85; Law on holidays art. 5; no transfers found; Constitution Day not a day off in 2026 (taspanews.kz, 18.03.2026); Kurban Ait 27 May 2026',
  },
  {
    year: 2027,
    status: 'provisional',
    daysOff: [
      '2027-01-01', '2027-01-04', '2027-01-07',
      '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-23', '2027-03-24',
      '2027-05-03', '2027-05-07', '2027-05-10',
      '2027-07-06', '2027-10-25', '2027-12-16',
    ],
    workingWeekendDays: [],
    source: 'REFERENCE.md §2: provisional: no transfers published, Kurban Ait not yet set; Constitution Day 15 Mar from 2027',
  },
];
