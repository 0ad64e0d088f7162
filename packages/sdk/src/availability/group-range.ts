import type { AvailabilityObservation } from '@wijkwijzer/schemas';
import { formatBetween, formatExact, formatNumber, formatWait, toDays } from './duration.js';
import { AVAILABILITY_STRINGS } from './strings.js';
import type { Lang } from '../lang.js';

/**
 * One service's wait for one metric, reported per diagnosis group: the range over the groups in
 * words, so a page with no group chosen never shows the shortest or the longest wait alone.
 */
export interface WaitAcrossGroups {
  /** "tussen 3 en 9 weken, afhankelijk van uw klacht (3 groepen)"; one figure when all are equal. */
  text: string;
  /** The groups as reported, in the feed's order, for a picker. */
  groups: readonly string[];
}

/**
 * The range of the waits of `observations` (one service, one metric) over their diagnosis groups,
 * or undefined when fewer than two groups report a wait in one kind of unit.
 */
export function waitAcrossGroups(observations: readonly AvailabilityObservation[], lang: Lang = 'nl'): WaitAcrossGroups | undefined {
  const strings = AVAILABILITY_STRINGS[lang];
  const waits = observations.filter(
    (observation): observation is AvailabilityObservation & { value: number; diagnosis_group: string } =>
      typeof observation.value === 'number' && observation.diagnosis_group !== undefined,
  );
  const groups = [...new Set(waits.map((observation) => observation.diagnosis_group))];
  if (groups.length < 2) return undefined;
  // Working days are no number of calendar days: a range mixes them with days or weeks only when all are.
  const workingDays = waits.every((observation) => observation.unit === 'werkdagen');
  const values = waits.map((observation) => (workingDays ? observation.value : toDays(observation.value, observation.unit)));
  if (values.some((value) => value === undefined)) return undefined;
  const known = values as number[];
  const [min, max] = [Math.min(...known), Math.max(...known)];
  const say = (value: number): string => (workingDays ? formatExact(value, 'werkdagen', strings) : formatWait(value, strings));
  const range = say(min) === say(max) ? say(min) : workingDays ? strings.rangeBetween(formatNumber(min, strings), say(max)) : formatBetween(min, max, strings);
  return { text: strings.acrossGroups(range, groups.length), groups };
}
