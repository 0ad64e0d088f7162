import { addDays, dateToUtcMs, utcMsToDate } from './local-date.js';
import { MINUTES_PER_DAY } from './clock-time.js';

/**
 * Conversion between instants and Utrecht wall-clock time, by the rule Dutch clocks
 * follow: CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October (the EU rule, in force since 1996).
 * Intl knows the same rule, but its first DateTimeFormat costs a slow phone 200–400 ms
 * of blocked main thread (measured at 4x CPU in Chromium), before any result shows;
 * zoned-time.test.ts checks this rule against Intl hour by hour, so a change of law
 * (the EU has debated ending summer time) fails a test instead of passing unnoticed.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A moment as the clocks in Utrecht show it. */
export interface WallClock {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

/** 01:00 UTC on the last Sunday of `monthIndex` (0-based) in `year`. */
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const weekday = new Date(lastDay).getUTCDay(); // 0 = Sunday
  return lastDay - weekday * DAY_MS + HOUR_MS;
}

/** UTC offset in minutes at an instant: 120 in summer time, 60 otherwise. */
function offsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9) ? 120 : 60;
}

export function wallClock(instant: Date | number): WallClock {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = ms + offsetMinutes(ms) * MINUTE_MS;
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  return { date: utcMsToDate(dayStart), minutes: Math.floor((local - dayStart) / MINUTE_MS) };
}

/** The local date in Utrecht at an instant. */
export function localDate(instant: Date | number): string {
  return wallClock(instant).date;
}

/**
 * Which instant to take when a wall-clock time occurs twice (the autumn hour).
 * An opening takes the first 02:30 and a closing the second, so a span covers
 * every moment the clock on the wall reads inside it.
 */
export type Ambiguity = 'earlier' | 'later';

/**
 * The instant (epoch ms) at which Utrecht clocks show `minutes` past midnight on `date`.
 * `minutes` may be 1440 (24:00, the next midnight). A time skipped by the spring
 * change (02:30 on the last Sunday of March) resolves to the moment the clocks jump,
 * the first instant at which that time has passed.
 */
export function instantAt(date: string, minutes: number, ambiguity: Ambiguity = 'earlier'): number {
  if (minutes >= MINUTES_PER_DAY) return instantAt(addDays(date, 1), minutes - MINUTES_PER_DAY, ambiguity);
  // The wall-clock reading as if it were UTC; the real instant differs by the offset.
  const wallMs = dateToUtcMs(date) + minutes * MINUTE_MS;
  // Offsets a day either side cover both sides of any transition near this time.
  const offsets = new Set([
    offsetMinutes(wallMs - DAY_MS),
    offsetMinutes(wallMs),
    offsetMinutes(wallMs + DAY_MS),
  ]);
  const matches = [...offsets]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((candidate) => offsetMinutes(candidate) === Math.round((wallMs - candidate) / MINUTE_MS))
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) return ambiguity === 'earlier' ? first : (matches[matches.length - 1] ?? first);

  // No instant shows this time: it fell in the spring gap. Search for the jump,
  // which lies between the readings under the larger and the smaller offset.
  const sorted = [...offsets].sort((a, b) => a - b);
  let lo = wallMs - (sorted[sorted.length - 1] ?? 0) * MINUTE_MS;
  let hi = wallMs - (sorted[0] ?? 0) * MINUTE_MS;
  const offsetAfter = offsetMinutes(hi);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(mid) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
}
