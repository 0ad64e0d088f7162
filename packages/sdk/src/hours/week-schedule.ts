import type { ScheduleException } from '@wijkwijzer/schemas';
import { addDays, weekdayIndex } from './local-date.js';
import { formatClockTime, MINUTES_PER_DAY } from './clock-time.js';
import { localDate } from './zoned-time.js';
import { dayRule, prepareHours, runsPastMidnight, type TimeSpan } from './day-hours.js';
import { hoursStrings, type HoursStrings } from './strings.js';
import type { Lang } from '../lang.js';
import type { HoursTarget } from './types.js';

/** One opening period as written, e.g. 17:00–08:00 for a huisartsenpost night. */
export interface DaySpan {
  opensAt: string;
  closesAt: string;
  /** True when the span closes on the next day. */
  overnight: boolean;
}

/** One day of the week view. */
export interface DayHours {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** "maandag", or "vandaag" for today. */
  label: string;
  isToday: boolean;
  status: 'open' | 'closed' | 'unknown';
  /** Spans that start on this day; one that began the evening before is listed on that evening. */
  spans: readonly DaySpan[];
  /** The dated exception for this day, if any. */
  exception?: ScheduleException;
  /** The hours alone: "09:00–17:00", "gesloten (Koningsdag)". */
  hoursText: string;
  /** The whole line: "maandag 09:00–17:00", "vandaag: gesloten (Koningsdag)". */
  text: string;
}

function spanText(time: TimeSpan, strings: HoursStrings): string {
  if (time.opens === 0 && (time.closes === 0 || time.closes === MINUTES_PER_DAY)) return strings.allDay;
  // "08:00–08:00" reads like a mistake; say what it means.
  if (time.opens === time.closes) return strings.fullDayFrom(formatClockTime(time.opens));
  return `${formatClockTime(time.opens)}–${formatClockTime(time.closes)}`;
}

/**
 * The seven days (Monday to Sunday) of the week holding `weekOf`, with their
 * hours as text for a detail view. `weekOf` also decides which day is "today",
 * so pass the current moment for the usual "this week" view.
 */
export function weekSchedule(target: HoursTarget, weekOf: Date, lang: Lang = 'nl'): readonly DayHours[] {
  const strings = hoursStrings(lang);
  const prepared = prepareHours(target);
  const known = prepared.weekly.length > 0;
  const today = localDate(weekOf);
  const monday = addDays(today, -weekdayIndex(today));

  return Array.from({ length: 7 }, (_, offset): DayHours => {
    const date = addDays(monday, offset);
    const weekday = weekdayIndex(date);
    const isToday = date === today;
    const label = isToday ? strings.today : (strings.weekdays[weekday] ?? '');
    const rule = dayRule(prepared, date);
    const exception = rule.exception;
    const note = exception?.description ? ` (${exception.description})` : '';

    let status: DayHours['status'];
    let hoursText: string;
    if (!known && !(exception && rule.source === 'exception')) {
      status = 'unknown';
      hoursText = strings.unknownDay;
    } else if (rule.times.length === 0) {
      status = 'closed';
      hoursText = strings.closedDay + note;
    } else {
      status = 'open';
      hoursText =
rule.times.map((time) => spanText(time, strings)).join(', ') + note;
    }
    return {
      date,
      weekday,
      label,
      isToday,
      status,
      spans: rule.times.map((time) => ({
        opensAt: formatClockTime(time.opens),
        closesAt: formatClockTime(time.closes),
        overnight: runsPastMidnight(time),
      })),
      ...(exception ? { exception } : {}),
      hoursText,
      text: strings.dayLine(label, hoursText, isToday),
    };
  });
}
