import type { AvailabilityUnit } from '@wijkwijzer/schemas';
import type { AvailabilityStrings } from './strings.js';

/** Below two weeks a wait is told in days; "1 week" would hide whether it is 4 or 10 days. */
const DAYS_THRESHOLD = 14;

/** The units a wait is counted in. */
export type WaitUnit = 'dagen' | 'werkdagen' | 'weken';

export const isWaitUnit = (unit: AvailabilityUnit | undefined): unit is WaitUnit => unit === 'dagen' || unit === 'werkdagen' || unit === 'weken';

/**
 * A wait in calendar days, or undefined when the unit is none (plekken) or cannot be one:
 * 2 werkdagen are 2 to 4 days, depending on the weekend between.
 */
export function toDays(value: number, unit: AvailabilityUnit | undefined): number | undefined {
  if (unit === 'dagen') return value;
  if (unit === 'weken') return value * 7;
  return undefined;
}

/** A wait in another unit: days and weeks convert, working days only into working days. */
export function convertWait(value: number, from: AvailabilityUnit | undefined, to: AvailabilityUnit): number | undefined {
  if (from === to && isWaitUnit(to)) return value;
  const days = toDays(value, from);
  if (days === undefined) return undefined;
  if (to === 'dagen') return days;
  if (to === 'weken') return days / 7;
  return undefined;
}

interface Rounded {
  count: number;
  unit: 'days' | 'weeks';
}

/** Rounds a wait to what a reader needs: whole days under two weeks, whole weeks beyond. */
function roundDuration(days: number): Rounded {
  const wholeDays = Math.round(days);
  if (wholeDays < DAYS_THRESHOLD) return { count: wholeDays, unit: 'days' };
  return { count: Math.round(days / 7), unit: 'weeks' };
}

export function formatNumber(value: number, strings: AvailabilityStrings): string {
  return new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 1 }).format(value);
}

function withUnit(rounded: Rounded, strings: AvailabilityStrings, amount = formatNumber(rounded.count, strings)): string {
  return rounded.unit === 'days' ? strings.days(amount, rounded.count) : strings.weeks(amount, rounded.count);
}

/** "9 weken", "10 dagen" (rounded). */
export function formatWait(days: number, strings: AvailabilityStrings): string {
  return withUnit(roundDuration(days), strings);
}

/** An exact duration in the unit it was written in, as a norm is: "4 weken", "2 werkdagen". */
export function formatExact(value: number, unit: WaitUnit, strings: AvailabilityStrings): string {
  const amount = formatNumber(value, strings);
  if (unit === 'werkdagen') return strings.workingDays(amount, value);
  return unit === 'dagen' ? strings.days(amount, value) : strings.weeks(amount, value);
}

/** "tussen 6 en 12 weken", or "tussen 5 dagen en 3 weken" when the bounds round to different units. */
export function formatBetween(minDays: number, maxDays: number, strings: AvailabilityStrings): string {
  const min = roundDuration(minDays);
  const max = roundDuration(maxDays);
  const minText = min.unit === max.unit ? formatNumber(min.count, strings) : withUnit(min, strings);
  return strings.rangeBetween(minText, withUnit(max, strings));
}
