import * as z from 'zod/mini';
import { Id, IsoDate, Source, Text } from './primitives.js';
import { AvailabilityMetric, AvailabilityUnit } from './availability.js';

/** A maximum acceptable wait (a Treeknorm), kept as versioned data with its source. */
export const Norm = z.looseObject({
  id: Id,
  name: Text,
  /** e.g. ggz, msz, wijkverpleging, huisarts. */
  sector: Text,
  metric: AvailabilityMetric,
  max_value: z.number().check(z.gt(0)),
  unit: AvailabilityUnit,
  /** Share of cases that must meet the norm, when the norm says so (huisarts: 80 %). */
  share_percent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  version: Text,
  valid_from: z.optional(IsoDate),
  valid_to: z.optional(IsoDate),
  source: Source,
  description: z.optional(Text),
});
export type Norm = z.infer<typeof Norm>;
