import * as z from 'zod/mini';
import { Id, IsoDate, Source, Text } from './primitives.js';
import { AvailabilityMetric, AvailabilityUnit } from './availability.js';
import { normHasTargetOrMaximum, targetWithinMaximum } from './rules.js';

const SharePercent = z.number().check(z.gt(0), z.lte(100));

/** What most must wait at most (contract 1.2): "80 % within 2 werkdagen". */
export const NormTarget = z.looseObject({
  share_percent: SharePercent,
  value: z.number().check(z.gt(0)),
  /** Where the target is set, when not where the norm as a whole is (`Norm.source`). */
  source: z.optional(Source),
});
export type NormTarget = z.infer<typeof NormTarget>;

/**
 * An acceptable wait (a Treeknorm), kept as versioned data with its source: a maximum, a target
 * that most must meet ("80 % within 2 werkdagen, at most 3"), or both. Waits are compared with
 * the maximum; the target is said beside it.
 */
export const Norm = z.looseObject({
  id: Id,
  name: Text,
  /** e.g. ggz, msz, wijkverpleging, huisarts. */
  sector: Text,
  metric: AvailabilityMetric,
  /** The maximum acceptable wait; optional since contract 1.2, when a target is given. */
  max_value: z.optional(z.number().check(z.gt(0))),
  unit: AvailabilityUnit,
  /** Contract 1.0: the share of cases that must be within `max_value` (huisarts: 80 %). */
  share_percent: z.optional(SharePercent),
  target: z.optional(NormTarget),
  version: Text,
  valid_from: z.optional(IsoDate),
  valid_to: z.optional(IsoDate),
  source: Source,
  description: z.optional(Text),
}).check(
  z.refine(normHasTargetOrMaximum, { message: 'a norm needs a max_value, a target, or both', path: ['max_value'] }),
  z.refine(targetWithinMaximum, { message: 'the target is above the max_value', path: ['target', 'value'] }),
);
export type Norm = z.infer<typeof Norm>;
