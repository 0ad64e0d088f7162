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

export interface WeeklyRule extends TimeSpan {
  days: ReadonlySet<number>;
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

const ALL_DAYS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6]);

function parseByDay(byday: string | undefined): ReadonlySet<number> | undefined {
  // A weekly rule without byday is read as every day, the HSDS reading of an unrestricted rule.
  if (byday === undefined) return ALL_DAYS;
  const days = new Set<number>();
  for (const code of byday.split(',')) {
    const index = ICAL_WEEKDAYS.indexOf(code.trim().toUpperCase() as (typeof ICAL_WEEKDAYS)[number]);
    if (index < 0) return undefined;
    days.add(index);
  }
  return days;
}

export function prepareHours(target: HoursTarget): PreparedHours {
  const weekly: WeeklyRule[] = [];
  for (const schedule of target.schedules ?? []) {
    // MONTHLY rules need an ordinal ("first Monday") the contract has no field for,
    // so they cannot be placed on a date; they are skipped rather than guessed.
    if (schedule.freq !== undefined && schedule.freq !== 'WEEKLY') continue;
    const opens = parseClockTime(schedule.opens_at);
    const closes = parseClockTime(schedule.closes_at);
    const days = parseByDay(schedule.byday);
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

  const weekday = weekdayIndex(date);
  const times = prepared.weekly.filter(
    (rule) =>
      rule.days.has(weekday) &&
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
