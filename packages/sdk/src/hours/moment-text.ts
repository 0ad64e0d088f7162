import { addDays, dateToUtcMs, daysBetween, weekdayIndex } from './local-date.js';
import { formatClockTime } from './clock-time.js';
import { TIME_ZONE, wallClock } from './zoned-time.js';
import type { HoursStrings } from './strings.js';

const dayMonthFormatters = new Map<string, Intl.DateTimeFormat>();

/** "3 juni" / "3 June" for a local date, formatted in Utrecht time. */
export function formatDayMonth(date: string, locale: string): string {
  let formatter = dayMonthFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'long' });
    dayMonthFormatters.set(locale, formatter);
  }
  // Noon UTC is the same calendar day in Utrecht whatever the season.
  return formatter.format(dateToUtcMs(date) + 12 * 3_600_000);
}

/**
 * Says when a moment is, relative to today: "om 17:00", "morgen om 09:00",
 * "maandag om 09:00" within the coming week, and a date beyond that (a bare
 * weekday a week or more ahead would be read as this week's).
 * A closing at midnight is told as 24:00 of the day before: "sluit om 24:00",
 * not "sluit morgen om 00:00".
 */
export function describeMoment(instant: number, today: string, strings: HoursStrings, isClosing = false): string {
  const wall = wallClock(instant);
  let date = wall.date;
  let time = formatClockTime(wall.minutes);
  if (isClosing && wall.minutes === 0) {
    date = addDays(date, -1);
    time = '24:00';
  }
  const days = daysBetween(today, date);
  if (days <= 0) return strings.atToday(time);
  if (days === 1) return strings.atTomorrow(time);
  if (days < 7) return strings.atWeekday(strings.weekdays[weekdayIndex(date)] ?? '', time);
  return strings.atDate(formatDayMonth(date, strings.locale), time);
}
