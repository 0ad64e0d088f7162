import * as z from 'zod/mini';
import { Id, IsoDate, Source, Text } from './primitives.js';
import { AVAILABILITY_METRICS, FLAG_METRICS, WAIT_METRICS } from './contract-lists.js';
import { numberHasUnit, valueKindFitsMetric } from './rules.js';

export { FLAG_METRICS, WAIT_METRICS };

/**
 * What an availability figure measures. Waits are compared to a norm; places,
 * patiëntenstop and reachability have their own wording and no queue.
 */
export const AvailabilityMetric = z.enum(AVAILABILITY_METRICS);
export type AvailabilityMetric = z.infer<typeof AvailabilityMetric>;

export const AvailabilityUnit = z.enum(['dagen', 'weken', 'plekken']);
export type AvailabilityUnit = z.infer<typeof AvailabilityUnit>;

export const ValueRange = z.looseObject({
  min: z.optional(z.number().check(z.gte(0))),
  median: z.optional(z.number().check(z.gte(0))),
  p90: z.optional(z.number().check(z.gte(0))),
  max: z.optional(z.number().check(z.gte(0))),
});
export type ValueRange = z.infer<typeof ValueRange>;

/** One reported figure for a service (optionally per location or diagnosis group), with its date and source. */
export const AvailabilityObservation = z.looseObject({
  id: Id,
  service_id: Id,
  location_id: z.optional(Id),
  diagnosis_group: z.optional(Text),
  metric: AvailabilityMetric,
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
  z.refine(numberHasUnit, { message: 'a numeric value needs a unit (dagen, weken or plekken)', path: ['unit'] }),
);
export type AvailabilityObservation = z.infer<typeof AvailabilityObservation>;
