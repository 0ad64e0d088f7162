import type { ScheduleException } from '@wijkwijzer/schemas';
import { ICAL_WEEKDAYS, weekdayIndex } from './local-date.js';
import { parseClockTime } from './clock-time.js';
import { instantAt } from './zoned-time.js';
import type { HoursTarget } from './types.js';

/**
 * Turns the contract's schedules and exceptions into "what are the hours that
 * start on this local date". Everything downstream (now open?, the week view)
 * works from that one question, so the rules for overriding live only here.
 */

/** Opening and closing as minutes past local midnight; closes ≤ opens means the next day. */
export interface TimeSpan {
  opens: number;
  closes: number;
}

/** A weekday of a rule (Monday 0), or one of them in the month: 3 the third, -1 the last. */
export interface RuleDay {
  weekday: number;
  nth?: number;
}

export interface WeeklyRule extends TimeSpan {
  days: readonly RuleDay[];
  validFrom?: string;
  validTo?: string;
}

export interface PreparedHours {
  weekly: readonly WeeklyRule[];
  exceptions: ReadonlyMap<string, readonly ScheduleException[]>;
}

/** The hours that begin on one local date, and why. */
export interface DayRule {
  source: 'weekly' | 'exception';
  /** Sorted by opening time; empty when closed. */
  times: readonly TimeSpan[];
  /** The exception that replaced the weekly hours, or that only annotates them. */
  exception?: ScheduleException;
}

/** A concrete open period in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
  /** Local date the span starts on. */
  date: string;
}

const ALL_DAYS: readonly RuleDay[] = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday }));

/**
 * The days of a `byday` ("MO,TU", "3TH,-1FR"). In a monthly rule a weekday without a number
 * ("once a month on Monday", but which?) cannot be placed on a date, so it is left out rather
 * than guessed; a rule with no day left says nothing a clock can use.
 */
function parseByDay(byday: string | undefined, monthly: boolean): readonly RuleDay[] | undefined {
  // A weekly rule without byday is read as every day, the HSDS reading of an unrestricted rule.
  if (byday === undefined) return monthly ? undefined : ALL_DAYS;
  const days: RuleDay[] = [];
  for (const code of byday.split(',')) {
    const match = /^([+-]?\d)?([A-Z]{2})$/.exec(code.trim().toUpperCase());
    const weekday = ICAL_WEEKDAYS.indexOf((match?.[2] ?? '') as (typeof ICAL_WEEKDAYS)[number]);
    if (!match || weekday < 0) return undefined;
    const nth = match[1] === undefined ? undefined : Number(match[1]);
    if (nth === undefined && monthly) continue;
    days.push(nth === undefined ? { weekday } : { weekday, nth });
  }
  return days.length > 0 ? days : undefined;
}

/** Whether a local date is one of a rule's days: its weekday, and its place in the month when numbered. */
function fallsOn(days: readonly RuleDay[], date: string): boolean {
  const weekday = weekdayIndex(date);
  const dayOfMonth = Number(date.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  return days.some(
    (day) =>
      day.weekday === weekday &&
      (day.nth === undefined ||
        (day.nth > 0 ? Math.ceil(dayOfMonth / 7) === day.nth : Math.ceil((daysInMonth - dayOfMonth + 1) / 7) === -day.nth)),
  );
}

export function prepareHours(target: HoursTarget): PreparedHours {
  const weekly: WeeklyRule[] = [];
  for (const schedule of target.schedules ?? []) {
    const opens = parseClockTime(schedule.opens_at);
    const closes = parseClockTime(schedule.closes_at);
    const days = parseByDay(schedule.byday, schedule.freq === 'MONTHLY');
    // A schedule with only a description ("op afspraak") says nothing a clock can use.
    if (opens === undefined || closes === undefined || days === undefined) continue;
    weekly.push({
      days,
      opens,
      closes,
      ...(schedule.valid_from !== undefined ? { validFrom: schedule.valid_from } : {}),
      ...(schedule.valid_to !== undefined ? { validTo: schedule.valid_to } : {}),
    });
  }
  const exceptions = new Map<string, ScheduleException[]>();
  for (const exception of target.schedule_exceptions ?? []) {
    const list = exceptions.get(exception.date) ?? [];
    list.push(exception);
    exceptions.set(exception.date, list);
  }
  return { weekly, exceptions };
}

/** Whether any weekly rule still applies on or after `date`. */
export function hasRulesFrom(prepared: PreparedHours, date: string): boolean {
  return prepared.weekly.some((rule) => rule.validTo === undefined || rule.validTo >= date);
}

function sortUnique(times: TimeSpan[]): TimeSpan[] {
  const seen = new Set<string>();
  return times
    .filter((t) => {
      const key = `${t.opens}-${t.closes}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.opens - b.opens || a.closes - b.closes);
}

/**
 * The hours starting on a local date. A dated exception replaces the weekly hours
 * of that date only: a span that began the evening before keeps running to its close.
 * An exception with `closed: false` and no times changes nothing but is still reported.
 */
export function dayRule(prepared: PreparedHours, date: string): DayRule {
  const exceptions = prepared.exceptions.get(date) ?? [];
  const closing = exceptions.find((e) => e.closed);
  if (closing) return { source: 'exception', times: [], exception: closing };

  const special: TimeSpan[] = [];
  let specialException: ScheduleException | undefined;
  for (const exception of exceptions) {
    const opens = parseClockTime(exception.opens_at);
    const closes = parseClockTime(exception.closes_at);
    if (opens === undefined || closes === undefined) continue;
    special.push({ opens, closes });
    specialException ??= exception;
  }
  if (specialException) return { source: 'exception', times: sortUnique(special), exception: specialException };

  const times = prepared.weekly.filter(
    (rule) =>
      fallsOn(rule.days, date) &&
      (rule.validFrom === undefined || rule.validFrom <= date) &&
      (rule.validTo === undefined || rule.validTo >= date),
  );
  const note = exceptions[0];
  return {
    source: 'weekly',
    times: sortUnique(times.map(({ opens, closes }) => ({ opens, closes }))),
    ...(note ? { exception: note } : {}),
  };
}

/** Whether a span's closing time falls on the next day (17:00–08:00, or 00:00–00:00 all day). */
export function runsPastMidnight(time: TimeSpan): boolean {
  return time.closes <= time.opens;
}

/** Concrete instants for the hours starting on `date`; spans a DST gap swallows whole are dropped. */
export function spansStartingOn(prepared: PreparedHours, date: string): Span[] {
  const spans: Span[] = [];
  for (const time of dayRule(prepared, date).times) {
    const start = instantAt(date, time.opens, 'earlier');
    const end = instantAt(date, runsPastMidnight(time) ? time.closes + 1440 : time.closes, 'later');
    if (end > start) spans.push({ start, end, date });
  }
  return spans;
}
