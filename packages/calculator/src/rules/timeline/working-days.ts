import { CALENDAR, type CalendarYear } from '../../law/calendar/data.js';
import { addDays, weekday, yearOf, type IsoDate } from '../../law/dates.js';
import { InputError, type IssuePath } from '../errors.js';
import { issue } from '../validate.js';

export interface CalendarOptions {
  /** Count in years whose calendar is provisional (the result says so) instead of refusing. */
  allowProvisional?: boolean;
  /** A calendar to use instead of the built-in one (e.g. with a newer year). */
  calendar?: readonly CalendarYear[];
}

/** Working-day arithmetic that remembers whether it touched a provisional year. */
export class WorkingDayCounter {
  provisional = false;
  readonly yearsUsed = new Set<number>();
  private readonly byYear = new Map<number, { year: CalendarYear; off: Set<string>; on: Set<string> }>();

  constructor(
    private readonly options: CalendarOptions = {},
    private readonly path: IssuePath = ['date'],
  ) {}

  private year(y: number) {
    let entry = this.byYear.get(y);
    if (!entry) {
      const year = (this.options.calendar ?? CALENDAR).find((c) => c.year === y);
      if (!year) throw new InputError([issue(this.path, 'calendar-not-covered', { year: String(y) })]);
      entry = { year, off: new Set(year.daysOff), on: new Set(year.workingWeekendDays) };
      this.byYear.set(y, entry);
    }
    if (entry.year.status === 'provisional') {
      if (!this.options.allowProvisional) {
        throw new InputError([issue(this.path, 'calendar-provisional', { year: String(y) })]);
      }
      this.provisional = true;
    }
    this.yearsUsed.add(y);
    return entry;
  }

  isWorkingDay(date: IsoDate): boolean {
    const { off, on } = this.year(yearOf(date));
    if (on.has(date)) return true;
    return weekday(date) <= 5 && !off.has(date);
  }

  /** The first working day on or after `date`. */
  onOrAfter(date: IsoDate): IsoDate {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** `n` working days after `date`, `date` itself not counted (n < 0: before). */
  add(date: IsoDate, n: number): IsoDate {
    const step = n < 0 ? -1 : 1;
    let d = date;
    for (let left = Math.abs(n); left > 0; ) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  sources(): string[] {
    return [...this.yearsUsed].sort().map((y) => this.byYear.get(y)!.year.source);
  }
}
