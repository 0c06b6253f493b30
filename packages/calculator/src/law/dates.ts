/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic is on the proleptic Gregorian calendar with day
 * numbers (no `Date`, no time zone), so a date never shifts with the machine's local time.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** The parts of a valid ISO date, or undefined for anything else (2026-02-30, 2026-2-3, ''). */
export function parseIsoDate(s: unknown): DateParts | undefined {
  if (typeof s !== 'string') return undefined;
  const m = ISO.exec(s);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

export function isIsoDate(s: unknown): s is IsoDate {
  return parseIsoDate(s) !== undefined;
}

/**
 * The years the SDK accepts in its inputs. Far enough on both sides for any application, agreement or revenue
 * period, and near enough that arithmetic (24 months on, two years on) always stays a four-digit year.
 */
export const SUPPORTED_YEARS = { from: 1900, to: 2199 } as const;

/** A real date within SUPPORTED_YEARS. */
export function isSupportedDate(s: unknown): s is IsoDate {
  const p = parseIsoDate(s);
  return p !== undefined && p.y >= SUPPORTED_YEARS.from && p.y <= SUPPORTED_YEARS.to;
}

function parts(s: IsoDate): DateParts {
  const p = parseIsoDate(s);
  if (!p) throw new RangeError(`not an ISO date: ${String(s)}`);
  return p;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function formatIsoDate(p: DateParts): IsoDate {
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(s: IsoDate): number {
  const { y: y0, m, d } = parts(s);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z0: number): IsoDate {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate({ y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d });
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(s) + n);
}

/**
 * The same day of the month `n` months later (earlier when negative), clamped to the month's last day:
 * 2026-03-31 − 24 months = 2024-03-31; 2028-02-29 − 24 months = 2026-02-28.
 */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const { y, m, d } = parts(s);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return formatIsoDate({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

export function addYears(s: IsoDate, n: number): IsoDate {
  return addMonths(s, 12 * n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(s: IsoDate): number {
  const dn = toDayNumber(s);
  return ((((dn + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function yearOf(s: IsoDate): number {
  return parts(s).y;
}

/** Whole calendar months from `a` to `b` (b ≥ a): the largest k with addMonths(a, k) ≤ b. */
export function wholeMonthsBetween(a: IsoDate, b: IsoDate): number {
  const pa = parts(a);
  const pb = parts(b);
  let k = (pb.y - pa.y) * 12 + (pb.m - pa.m);
  while (k > 0 && addMonths(a, k) > b) k--;
  return Math.max(k, 0);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * The last date D whose look-back of `months` calendar months still reaches `x`: the largest D with
 * addMonths(D, −months) ≤ x ("not earlier than `months` months before D", clamped to the month's end).
 * Clamping makes this more than addMonths(x, months) at some month ends: x = 2022-02-28, 24 months → 2024-02-29
 * (2024-02-29 − 24 months = 2022-02-28); x = 2024-02-29 → 2026-02-28; x = 2024-01-31 → 2026-01-31.
 * The day after it is the first D on which `x` is out of the window.
 */
const reaching = new Map<string, IsoDate>();
export function lastDateReaching(x: IsoDate, months: number): IsoDate {
  const key = `${x}/${months}`;
  let found = reaching.get(key);
  if (found === undefined) {
    if (reaching.size > 1000) reaching.clear();
    reaching.set(key, (found = lastDateReachingUncached(x, months)));
  }
  return found;
}
function lastDateReachingUncached(x: IsoDate, months: number): IsoDate {
  // addMonths(addMonths(x, m), −m) ≤ x always (clamping only ever lowers the day), so start there and step on
  // while the next day still reaches x: at most three steps (29, 30, 31 after a clamped February).
  let d = addMonths(x, months);
  for (;;) {
    const next = addDays(d, 1);
    if (addMonths(next, -months) > x) return d;
    d = next;
  }
}
