/**
 * Calendar arithmetic on local dates written `YYYY-MM-DD` (the contract's IsoDate).
 * Dates are handled as plain calendar days, computed in UTC so that no time zone
 * or DST shift can move them; which day it is in Utrecht is decided in zoned-time.ts.
 */

const DAY_MS = 86_400_000;

/** Midnight UTC of a local date, used only as a stable day counter. */
export function dateToUtcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** Day of the week with Monday as 0, the order iCal's MO..SU and Dutch calendars use. */
export function weekdayIndex(date: string): number {
  return (new Date(dateToUtcMs(date)).getUTCDay() + 6) % 7;
}

/** iCal weekday codes in the same Monday-first order as weekdayIndex. */
export const ICAL_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
