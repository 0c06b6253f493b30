import { addDays, isSupportedDate, type IsoDate } from '../../law/dates.js';
import type { Channel } from '../../law/domain.js';
import { editionFor, editionInfo, editionsOption, interpretationsOf, underEditions, type EditionInfo } from '../editions.js';
import { frozenCopy, own } from '../../law/plain.js';
import type { Edition, InterpretationRef } from '../../law/editions/types.js';
import { InputError } from '../errors.js';
import type { Citation } from '../../law/citation.js';
import type { Message } from '../../law/message.js';
import { editionNotes } from '../notes.js';
import { ServiceDeadlineInputSchema, WorkingDaysInputSchema, type ServiceDeadlineInput } from '../schemas.js';
import { issue, parseOrThrow, snapshot } from '../validate.js';
import { WorkingDayCounter, type CalendarOptions } from './working-days.js';

export interface ServiceDeadlineResult {
  kind: 'service-deadline';
  /** The submission in Almaty time. */
  submitted: { date: IsoDate; time: string };
  channel: Channel;
  /** The day the application is accepted (registered). */
  acceptedOn: IsoDate;
  /** 14 working days after acceptance, the acceptance day not counted (Interpretation 14), plus a site visit. */
  deadline: IsoDate;
  /** The deadline without the site visit's suspension. */
  deadlineWithoutVisit: IsoDate;
  workingDays: number;
  siteVisitDays: number;
  /** The calendar of a year it touched is provisional: the dates may change. */
  provisional: boolean;
  calendarSources: string[];
  messages: { message: Message; citation: Citation }[];
  edition: EditionInfo;
  interpretations: InterpretationRef[];
}

// Kazakhstan has kept one time zone, UTC+5, since 1 March 2024 (Almaty was UTC+6 before): a submission time given
// with an offset is read as the provider's local time.
const ALMATY_OFFSET_FROM_2024_03_01 = 5 * 60;
const ALMATY_OFFSET_BEFORE = 6 * 60;

/** `2026-03-20T19:00[:ss][Z|±hh:mm]` → Almaty local date and minutes since midnight. */
function toAlmaty(s: string): { date: IsoDate; minutes: number } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))?$/.exec(s)!;
  let date = m[1]!;
  let minutes = +m[2]! * 60 + +m[3]!;
  if (m[5] !== undefined) {
    const offset = m[5] === 'Z' ? 0 : (m[6] === '-' ? -1 : 1) * (+m[7]! * 60 + +m[8]!);
    const utc = minutes - offset;
    const local = utc + (date >= '2024-03-01' ? ALMATY_OFFSET_FROM_2024_03_01 : ALMATY_OFFSET_BEFORE);
    const shift = Math.floor(local / 1440);
    date = addDays(date, shift);
    minutes = local - shift * 1440;
  }
  return { date, minutes };
}

const hm = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
const validTime = (s: string) => {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))?$/.exec(s)!;
  const offsetOk = m[4] === undefined || (+m[4] <= 14 && +m[5]! < 60);
  return +m[1]! < 24 && +m[2]! < 60 && (m[3] === undefined || +m[3] < 60) && offsetOk;
};

/**
 * When the service is due: the day the application is accepted (a portal application after hours, on a day off or
 * a holiday is accepted on the next working day), then 14 working days not counting that day, plus a site visit's
 * suspension of up to 5 working days (p.28-4).
 */
export function serviceDeadline(input: ServiceDeadlineInput, options: CalendarOptions & { editions?: readonly Edition[] } = {}): ServiceDeadlineResult {
  const calendar = calendarOptions(options);
  const editions = editionsOption(options);
  return frozenCopy(underEditions(editions, () => deadlineUnder(input, calendar, editions)));
}

function deadlineUnder(input: ServiceDeadlineInput, options: CalendarOptions, editions: readonly Edition[]): ServiceDeadlineResult {
  const d = parseOrThrow(ServiceDeadlineInputSchema, input);
  if (!isSupportedDate(d.submittedAt.slice(0, 10)) || !validTime(d.submittedAt)) throw new InputError([issue(['submittedAt'], 'datetime')]);
  const { date, minutes } = toAlmaty(d.submittedAt);
  const edition = editionFor(date, editions, ['submittedAt']);
  const counter = new WorkingDayCounter({ ...options, allowProvisional: d.allowProvisional ?? options.allowProvisional ?? false }, ['submittedAt']);
  const svc = edition.service;
  const messages: ServiceDeadlineResult['messages'] = [];
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const hours = svc.hours?.value;

  let acceptedOn: IsoDate;
  if (d.channel === 'office') {
    const open = hours ? minutes >= hm(hours.open) && minutes < hm(hours.close) && !(hours.lunch && minutes >= hm(hours.lunch[0]) && minutes < hm(hours.lunch[1])) : true;
    if (!counter.isWorkingDay(date) || !open) throw new InputError([issue(['submittedAt'], 'office-closed')]);
    acceptedOn = date;
    messages.push({ message: { key: 'service.accepted-same-day', params: { acceptedOn: { date } } }, citation: svc.hours?.cite ?? svc.registration.cite });
  } else if (svc.registration.value === 'next-day') {
    acceptedOn = counter.onOrAfter(addDays(date, 1));
    messages.push({ message: { key: 'service.accepted-next-day', params: { acceptedOn: { date: acceptedOn } } }, citation: svc.registration.cite });
  } else {
    const afterHours = hours ? minutes >= hm(hours.close) : false;
    if (counter.isWorkingDay(date) && !afterHours) {
      acceptedOn = date;
      messages.push({ message: { key: 'service.accepted-same-day', params: { acceptedOn: { date } } }, citation: svc.registration.cite });
    } else {
      acceptedOn = counter.onOrAfter(addDays(date, 1));
      messages.push({ message: { key: 'service.accepted-next-working-day', params: { submitted: { date }, acceptedOn: { date: acceptedOn } } }, citation: svc.registration.cite });
    }
  }
  const workingDays = svc.workingDays.value;
  const deadlineWithoutVisit = counter.add(acceptedOn, workingDays);
  messages.push({ message: { key: 'service.deadline', params: { days: String(workingDays), deadline: { date: deadlineWithoutVisit } } }, citation: svc.workingDays.cite });
  const visit = d.siteVisitDays ?? 0;
  const deadline = visit ? counter.add(deadlineWithoutVisit, visit) : deadlineWithoutVisit;
  if (visit) messages.push({ message: { key: 'service.site-visit', params: { visit: String(visit), deadline: { date: deadline } } }, citation: svc.siteVisitMaxDays?.cite ?? svc.workingDays.cite });
  if (counter.provisional) messages.push({ message: { key: 'service.provisional', params: { years: [...counter.yearsUsed].join(', ') } }, citation: { act: 'labour-code', article: '85' } });
  for (const n of editionNotes(edition, date, editions)) messages.push({ message: n, citation: edition.inForce.cite });

  return {
    kind: 'service-deadline',
    submitted: { date, time },
    channel: d.channel,
    acceptedOn,
    deadline,
    deadlineWithoutVisit,
    workingDays,
    siteVisitDays: visit,
    provisional: counter.provisional,
    calendarSources: counter.sources(),
    messages,
    edition: editionInfo(edition, date, editions),
    interpretations: interpretationsOf(edition, ['registration', 'service-term-count']),
  };
}

/**
 * `n` working days after `date` (before it when n < 0), `date` itself not counted, on the Kazakh calendar
 * (REFERENCE.md §2). A year the data does not cover is an InputError; a provisional year too, unless
 * `allowProvisional` is set.
 */
export function addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  const o = calendarOptions(options);
  const d = parseOrThrow(WorkingDaysInputSchema, { date, n, ...(o.allowProvisional !== undefined ? { allowProvisional: o.allowProvisional } : {}) });
  return new WorkingDayCounter(o, ['date']).add(d.date, d.n);
}

/** The options as given, or an InputError when they are not options at all. */
function calendarOptions(options: unknown): CalendarOptions {
  if (options === undefined || options === null) return {};
  const bad = (path: string, expected: string) => new InputError([issue(['options', path], 'type', { expected })]);
  if (typeof options !== 'object' || Array.isArray(options)) throw new InputError([issue(['options'], 'type', { expected: 'object' })]);
  const given = options as Record<string, unknown>;
  // read once, own properties only; `editions` (a list of edition objects) is read by editionsOption
  let o: Record<string, unknown>;
  try {
    o = { allowProvisional: own(given, 'allowProvisional'), calendar: own(given, 'calendar') };
  } catch {
    throw new InputError([issue(['options'], 'unreadable')]);
  }
  o = snapshot(o, ['options']) as Record<string, unknown>;
  if (o['allowProvisional'] !== undefined && typeof o['allowProvisional'] !== 'boolean') throw bad('allowProvisional', 'true/false');
  if (o['calendar'] !== undefined && !Array.isArray(o['calendar'])) throw bad('calendar', 'array');
  return o as CalendarOptions;
}

/** Whether `date` is a working day in Kazakhstan (same coverage rules as `addWorkingDays`). */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  const o = calendarOptions(options);
  const d = parseOrThrow(WorkingDaysInputSchema, { date, n: 0 });
  return new WorkingDayCounter(o, ['date']).isWorkingDay(d.date);
}
