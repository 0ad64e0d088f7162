import { addDays, dateToUtcMs } from './local-date.js';
import { MINUTES_PER_DAY } from './clock-time.js';

/**
 * Conversion between instants and Utrecht wall-clock time. Intl is the only
 * time-zone database available in every browser, so it is the source of truth
 * for when summer time starts and ends; nothing here hard-codes the DST rules.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const MINUTE_MS = 60_000;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the clocks in Utrecht show it. */
export interface WallClock {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(ms: number): Fields {
  const fields: Fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter.formatToParts(ms)) {
    if (part.type in fields) fields[part.type as keyof Fields] = Number(part.value);
  }
  return fields;
}

export function wallClock(instant: Date | number): WallClock {
  const f = fieldsAt(typeof instant === 'number' ? instant : instant.getTime());
  const date = `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  return { date, minutes: f.hour * 60 + f.minute };
}

/** The local date in Utrecht at an instant. */
export function localDate(instant: Date | number): string {
  return wallClock(instant).date;
}

/** UTC offset in whole minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
  const f = fieldsAt(ms);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/**
 * Which instant to take when a wall-clock time occurs twice (the autumn hour).
 * An opening takes the first 02:30 and a closing the second, so a span covers
 * every moment the clock on the wall reads inside it.
 */
export type Ambiguity = 'earlier' | 'later';

// Schedules share a handful of times (09:00, 17:00) over the same few days, so
// the conversion is memoised; the cap keeps a long-running page from growing it forever.
const cache = new Map<string, number>();
const CACHE_LIMIT = 4096;

/**
 * The instant (epoch ms) at which Utrecht clocks show `minutes` past midnight on `date`.
 * `minutes` may be 1440 (24:00, the next midnight). A time skipped by the spring
 * change (02:30 on the last Sunday of March) resolves to the moment the clocks jump,
 * the first instant at which that time has passed.
 */
export function instantAt(date: string, minutes: number, ambiguity: Ambiguity = 'earlier'): number {
  if (minutes >= MINUTES_PER_DAY) return instantAt(addDays(date, 1), minutes - MINUTES_PER_DAY, ambiguity);
  const key = `${date}|${minutes}|${ambiguity}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = resolveInstant(date, minutes, ambiguity);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function resolveInstant(date: string, minutes: number, ambiguity: Ambiguity): number {
  // The wall-clock reading as if it were UTC; the real instant differs by the offset.
  const wallMs = dateToUtcMs(date) + minutes * MINUTE_MS;
  // Offsets a day either side cover both sides of any transition near this time.
  const offsets = new Set([
    offsetMinutes(wallMs - 86_400_000),
    offsetMinutes(wallMs),
    offsetMinutes(wallMs + 86_400_000),
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
