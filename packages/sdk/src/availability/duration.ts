import type { AvailabilityUnit } from '@wijkwijzer/schemas';
import type { AvailabilityStrings } from './strings.js';

/** Below two weeks a wait is told in days; "1 week" would hide whether it is 4 or 10 days. */
const DAYS_THRESHOLD = 14;

/** A wait in days, or undefined when the unit is not a duration (plekken). */
export function toDays(value: number, unit: AvailabilityUnit | undefined): number | undefined {
  if (unit === 'dagen') return value;
  if (unit === 'weken') return value * 7;
  return undefined;
}

/** A wait in days expressed in another duration unit. */
export function fromDays(days: number, unit: AvailabilityUnit): number | undefined {
  if (unit === 'dagen') return days;
  if (unit === 'weken') return days / 7;
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

function formatNumber(value: number, strings: AvailabilityStrings): string {
  return new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 1 }).format(value);
}

function withUnit(rounded: Rounded, strings: AvailabilityStrings, amount = formatNumber(rounded.count, strings)): string {
  return rounded.unit === 'days' ? strings.days(amount, rounded.count) : strings.weeks(amount, rounded.count);
}

/** "9 weken", "10 dagen" (rounded). */
export function formatWait(days: number, strings: AvailabilityStrings): string {
  return withUnit(roundDuration(days), strings);
}

/** An exact duration in the unit it was written in, as a norm is: "4 weken", "2 dagen". */
export function formatExact(value: number, unit: 'dagen' | 'weken', strings: AvailabilityStrings): string {
  const amount = formatNumber(value, strings);
  return unit === 'dagen' ? strings.days(amount, value) : strings.weeks(amount, value);
}

/** "tussen 6 en 12 weken", or "tussen 5 dagen en 3 weken" when the bounds round to different units. */
export function formatBetween(minDays: number, maxDays: number, strings: AvailabilityStrings): string {
  const min = roundDuration(minDays);
  const max = roundDuration(maxDays);
  const minText = min.unit === max.unit ? formatNumber(min.count, strings) : withUnit(min, strings);
  return strings.rangeBetween(minText, withUnit(max, strings));
}
