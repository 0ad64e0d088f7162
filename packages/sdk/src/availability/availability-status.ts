import type { AvailabilityMetric, AvailabilityObservation, Norm, ValueRange } from '@wijkwijzer/schemas';
import { DIAGNOSIS_GROUPS, REALISED_WAIT_METHODS, type DiagnosisGroup } from '@wijkwijzer/schemas/lists';
import { daysBetween } from '../hours/local-date.js';
import { localDate, TIME_ZONE } from '../hours/zoned-time.js';
import { convertWait, formatBetween, formatExact, formatWait, isWaitUnit, toDays } from './duration.js';
import { AVAILABILITY_STRINGS, type AvailabilityStrings } from './strings.js';
import type { Lang } from '../lang.js';
import type { AvailabilityKind, AvailabilityState, AvailabilityStatus } from './types.js';

/** A figure older than this many refresh intervals no longer describes today. */
const STALE_AFTER_INTERVALS = 2;

/**
 * How old a figure is (whole days from its peildatum to today in Utrecht) and whether
 * that is too old to show as today's: older than twice its refresh interval. The
 * widgets show such a figure as "oud cijfer"; a publisher's freshness check lists it.
 */
export function figureAge(
  observation: Pick<AvailabilityObservation, 'reference_date' | 'refresh_interval_days'>,
  now: Date,
): { ageDays: number; stale: boolean } {
  const ageDays = daysBetween(observation.reference_date, localDate(now));
  return { ageDays, stale: ageDays > STALE_AFTER_INTERVALS * observation.refresh_interval_days };
}

function kindOf(metric: AvailabilityMetric): AvailabilityKind {
  if (metric === 'aanmeldwachttijd' || metric === 'behandelwachttijd') return 'wait';
  if (metric === 'beschikbare-plekken') return 'capacity';
  return 'flag';
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** "3 juni 2026" / "3 June 2026" for a peildatum, in Utrecht time. */
function formatLongDate(date: string, locale: string): string {
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
    dateFormatters.set(locale, formatter);
  }
  // Noon UTC falls on the same calendar day in Utrecht in every season.
  return formatter.format(new Date(`${date}T12:00:00Z`));
}

/** The figure itself in words. */
function figureText(observation: AvailabilityObservation, strings: AvailabilityStrings): string {
  const { metric, value } = observation;
  if (metric === 'patientenstop' && typeof value === 'boolean') return value ? strings.patientStop : strings.acceptsPatients;
  if (metric === 'bereikbaarheid' && typeof value === 'boolean') return value ? strings.reachable : strings.notReachable;
  if (typeof value !== 'number') return strings.unknownFigure;
  if (metric === 'beschikbare-plekken') {
    // Rounded down: a half place reported by a feed is not a place someone can take.
    const places = Math.floor(value);
    return places === 0 ? strings.noPlaces : strings.places(String(places), places);
  }
  if (value === 0 && isWaitUnit(observation.unit)) return strings.noWait;
  const days = toDays(value, observation.unit);
  const wait = observation.unit === 'werkdagen' ? formatExact(value, 'werkdagen', strings) : days === undefined ? undefined : formatWait(days, strings);
  if (wait === undefined) return strings.unknownFigure;
  const { method } = observation;
  // A realised mean or median is a count, said as it is; a free slot or an estimate is "about".
  if (method === undefined) return strings.about(wait);
  const realised = REALISED_WAIT_METHODS.includes(method);
  return strings.methods[method](realised ? wait : strings.about(wait), observation.period_months);
}

/** The spread of a wait, preferring median and p90 (what most people wait) over the extremes. */
function rangeText(range: ValueRange | undefined, unit: AvailabilityObservation['unit'], strings: AvailabilityStrings): string | undefined {
  if (!range) return undefined;
  const days = (value: number | undefined): number | undefined => (value === undefined ? undefined : toDays(value, unit));
  const [min, median, p90, max] = [days(range.min), days(range.median), days(range.p90), days(range.max)];
  if (median !== undefined && p90 !== undefined) return strings.rangeHalfAndMost(formatWait(median, strings), formatWait(p90, strings));
  if (min !== undefined && max !== undefined) return formatBetween(min, max, strings);
  if (median !== undefined) return strings.rangeHalf(formatWait(median, strings));
  if (p90 !== undefined) return strings.rangeMost(formatWait(p90, strings));
  if (max !== undefined) return strings.rangeAtMost(formatWait(max, strings));
  if (min !== undefined) return strings.rangeAtLeast(formatWait(min, strings));
  return undefined;
}

interface Comparison {
  norm: Norm;
  valueInNormUnit: number;
  within: boolean;
  amount: string;
  hasShare: boolean;
}

/**
 * Compares a wait with a norm when both are durations of one kind for the same metric; otherwise
 * there is nothing honest to say. The maximum decides; a norm with only a target is compared with
 * its target. Both are said.
 */
function compare(
  observation: AvailabilityObservation,
  norm: Norm | undefined,
  strings: AvailabilityStrings,
): Comparison | undefined {
  if (!norm || kindOf(observation.metric) !== 'wait' || norm.metric !== observation.metric) return undefined;
  const limit = norm.max_value ?? norm.target?.value;
  const unit = norm.unit;
  if (typeof observation.value !== 'number' || !isWaitUnit(unit) || limit === undefined) return undefined;
  const valueInNormUnit = convertWait(observation.value, observation.unit, unit);
  if (valueInNormUnit === undefined) return undefined;
  const percent = (share: number): string => `${new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 1 }).format(share)}%`;
  const share = norm.target?.share_percent ?? norm.share_percent;
  const duration = (value: number | undefined): string | undefined => (value === undefined ? undefined : formatExact(value, unit, strings));
  const maximum = duration(norm.max_value);
  const target = duration(norm.target?.value);
  return {
    norm,
    valueInNormUnit,
    within: valueInNormUnit <= limit,
    amount: strings.normAmount({
      ...(maximum !== undefined ? { maximum } : {}),
      ...(share !== undefined ? { share: percent(share) } : {}),
      ...(target !== undefined ? { target } : {}),
    }),
    hasShare: share !== undefined,
  };
}

/** A hoofddiagnosegroep by its contract id in the reader's language, or a provider's own words as written. */
export function diagnosisGroupName(group: string, lang: Lang = 'nl'): string {
  return (DIAGNOSIS_GROUPS as readonly string[]).includes(group) ? AVAILABILITY_STRINGS[lang].diagnosisGroups[group as DiagnosisGroup] : group;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * The status of one availability figure and the words to show it. `norm` is the
 * Norm the observation's norm_id points at (the caller resolves it, so norms stay
 * versioned data). `now` is injected for testability.
 */
export function availabilityStatus(
  observation: AvailabilityObservation,
  norm: Norm | undefined,
  now: Date,
  lang: Lang = 'nl',
): AvailabilityStatus {
  const strings = AVAILABILITY_STRINGS[lang];
  const kind = kindOf(observation.metric);
  const { ageDays, stale } = figureAge(observation, now);
  const comparison = compare(observation, norm, strings);

  let state: AvailabilityState;
  if (stale) state = 'stale';
  else if (comparison) state = comparison.within ? 'within-norm' : 'above-norm';
  else state = 'unknown';

  const text = figureText(observation, strings);
  const range = kind === 'wait' ? rangeText(observation.range, observation.unit, strings) : undefined;
  const normText = comparison ? strings.normText(comparison.amount) : undefined;
  const comparisonText = comparison
    ? (comparison.within ? strings.within : strings.above)(comparison.amount, comparison.hasShare)
    : undefined;
  const dateText = strings.dateText(formatLongDate(observation.reference_date, strings.locale));
  const sourceText = strings.sourceText(observation.source.name);

  // A fresh count or yes/no needs no advice; a wait without a norm, or any old figure, does.
  const needsHint = stale || (kind === 'wait' && !comparison) || text === strings.unknownFigure;
  const hintKey = observation.metric === 'bereikbaarheid' ? 'reachability' : kind;
  const hint = needsHint ? strings.hints[hintKey] : undefined;
  const advice = state === 'above-norm' ? strings.aboveNormAdvice : undefined;

  const group = observation.diagnosis_group === undefined ? undefined : diagnosisGroupName(observation.diagnosis_group, lang);
  const metricName = group === undefined ? strings.metricNames[observation.metric] : strings.forGroup(strings.metricNames[observation.metric], group);
  let subject = kind !== 'wait' ? text : observation.method === undefined ? `${metricName} ${text}` : `${metricName}, ${text}`;
  if (range) subject += ` (${range})`;
  if (comparisonText && !stale) subject += `, ${comparisonText}`;
  if (stale) subject = `${strings.staleText}: ${lowerFirst(subject)}`;
  // Waits are indications; a count of places or a yes/no is what it is.
  const about = kind === 'wait' ? `, ${strings.indicative}` : '';
  const provenanceText = `${capitalise(dateText)}, ${sourceText}${about}`;
  const label = [`${capitalise(subject)}.`, `${provenanceText}.`, hint]
    .filter((part): part is string => part !== undefined)
    .join(' ');

  return {
    state,
    metric: observation.metric,
    kind,
    value: observation.value,
    ...(observation.unit !== undefined ? { unit: observation.unit } : {}),
    ...(comparison
      ? {
          norm: comparison.norm,
          valueInNormUnit: comparison.valueInNormUnit,
          normComparison: comparison.within ? ('within' as const) : ('above' as const),
          normText,
          comparisonText,
        }
      : {}),
    text,
    ...(range !== undefined ? { rangeText: range } : {}),
    ...(stale ? { staleText: strings.staleText } : {}),
    dateText,
    sourceText,
    provenanceText,
    ...(hint !== undefined ? { hint } : {}),
    ...(advice !== undefined ? { advice } : {}),
    ...(group !== undefined ? { groupName: group } : {}),
    label,
    referenceDate: observation.reference_date,
    ageDays,
  };
}
