import * as z from 'zod/mini';
import { Id, IsoDate, Source, Text } from './primitives.js';
import { AVAILABILITY_METRICS, DIAGNOSIS_GROUPS, FLAG_METRICS, REALISED_WAIT_METHODS, WAIT_METHODS, WAIT_METRICS, type DiagnosisGroup } from './contract-lists.js';
import { numberHasUnit, valueKindFitsMetric } from './rules.js';

export { DIAGNOSIS_GROUPS, FLAG_METRICS, REALISED_WAIT_METHODS, WAIT_METHODS, WAIT_METRICS, type DiagnosisGroup };

/**
 * What an availability figure measures. Waits are compared to a norm; places,
 * patiëntenstop and reachability have their own wording and no queue.
 */
export const AvailabilityMetric = z.enum(AVAILABILITY_METRICS);
export type AvailabilityMetric = z.infer<typeof AvailabilityMetric>;

/** `werkdagen` (contract 1.2): the huisarts norm counts working days, which no number of days equals. */
export const AvailabilityUnit = z.enum(['dagen', 'werkdagen', 'weken', 'plekken']);
export type AvailabilityUnit = z.infer<typeof AvailabilityUnit>;

export const ValueRange = z.looseObject({
  min: z.optional(z.number().check(z.gte(0))),
  median: z.optional(z.number().check(z.gte(0))),
  p90: z.optional(z.number().check(z.gte(0))),
  max: z.optional(z.number().check(z.gte(0))),
});
export type ValueRange = z.infer<typeof ValueRange>;

/** How a wait was measured (contract 1.2): see `WAIT_METHODS`. */
export const WaitMethod = z.enum(WAIT_METHODS);
export type WaitMethod = z.infer<typeof WaitMethod>;

/** One reported figure for a service (optionally per location or diagnosis group), with its date and source. */
export const AvailabilityObservation = z.looseObject({
  id: Id,
  service_id: Id,
  /** The place the figure is for: the id of one of the service's locations (it must resolve). */
  location_id: z.optional(Id),
  /** A hoofddiagnosegroep: an id of `DIAGNOSIS_GROUPS`, or the provider's own words. */
  diagnosis_group: z.optional(Text),
  metric: AvailabilityMetric,
  /** How a wait was measured (readers ignore it on places and yes/no figures). */
  method: z.optional(WaitMethod),
  /**
   * For a realised mean or median: the months it covers, back from the peildatum (ggz: 2,
   * hospitals: 3). Readers ignore it with another method.
   */
  period_months: z.optional(z.number().check(z.int(), z.gte(1), z.lte(24))),
  value: z.union([z.number().check(z.gte(0)), z.boolean()]),
  unit: z.optional(AvailabilityUnit),
  range: z.optional(ValueRange),
  /** The norm this figure is compared to (a `Norm` id). */
  norm_id: z.optional(Id),
  /** Peildatum: the day the figure describes. */
  reference_date: IsoDate,
  /** How often the figure is refreshed; older than twice this, it is stale. */
  refresh_interval_days: z.number().check(z.int(), z.gte(1)),
  source: Source,
  note: z.optional(Text),
}).check(
  z.refine(valueKindFitsMetric, {
    message: 'patientenstop and bereikbaarheid take true/false; other metrics take a number',
    path: ['value'],
  }),
  z.refine(numberHasUnit, { message: 'a numeric value needs a unit (dagen, werkdagen, weken or plekken)', path: ['unit'] }),
);
export type AvailabilityObservation = z.infer<typeof AvailabilityObservation>;
