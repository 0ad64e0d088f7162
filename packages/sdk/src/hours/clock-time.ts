/** Wall-clock times as minutes since local midnight. */

export const MINUTES_PER_DAY = 1440;

/**
 * "09:00" or "09:00:30" → 540. Seconds are dropped: opening hours are shown per minute.
 * "24:00" is accepted (1440) because data authors write all-day spans that way,
 * even though the contract's ClockTime only goes to 23:59.
 */
export function parseClockTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23) return undefined;
  return hours * 60 + minutes;
}

/** 540 → "09:00"; 1440 → "24:00". */
export function formatClockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
