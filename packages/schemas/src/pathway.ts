import * as z from 'zod/mini';
import { Id, IsoDate, Source, Text } from './primitives.js';

/** Measurements an eligibility rule can ask about. Informational only: never a diagnosis. */
export const EligibilityField = z.enum(['age', 'age_months', 'bmi', 'waist_cm']);
export type EligibilityField = z.infer<typeof EligibilityField>;

export const Sex = z.enum(['man', 'vrouw']);
export type Sex = z.infer<typeof Sex>;

/** A number must lie in [min, max]; optionally for one sex only (waist circumference). */
export const RangeRule = z.looseObject({
  type: z.literal('range'),
  field: EligibilityField,
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  sex: z.optional(Sex),
});
export type RangeRule = z.infer<typeof RangeRule>;

/** The person has a condition, e.g. `diabetes-type-2`; `label` is the words to ask about it. */
export const ConditionRule = z.looseObject({
  type: z.literal('condition'),
  condition: Id,
  label: Text,
});
export type ConditionRule = z.infer<typeof ConditionRule>;

/** Every (`all`) or at least one (`any`) of the nested rules holds. */
export interface GroupRule {
  type: 'all' | 'any';
  rules: EligibilityRule[];
  [extra: string]: unknown;
}
export type EligibilityRule = RangeRule | ConditionRule | GroupRule;

export const GroupRule: z.ZodMiniType<GroupRule> = z.looseObject({
  type: z.enum(['all', 'any']),
  get rules() {
    return z.array(EligibilityRule).check(z.minLength(1));
  },
});

export const EligibilityRule: z.ZodMiniType<EligibilityRule> = z.union([RangeRule, ConditionRule, GroupRule]);

export const Eligibility = z.looseObject({
  description: Text,
  rule: z.optional(EligibilityRule),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const PathwayRole = z.looseObject({
  role: Text,
  organization_ids: z.optional(z.array(Id)),
});
export type PathwayRole = z.infer<typeof PathwayRole>;

export const PathwayStep = z.looseObject({
  id: Id,
  title: Text,
  /** What happens to the resident, in B1 Dutch. */
  description_b1: Text,
  /** What the professional does; shown in the professional view. */
  description_professional: z.optional(Text),
  roles: z.array(PathwayRole),
  referred_by: z.optional(Text),
  duration: z.optional(Text),
  service_ids: z.optional(z.array(Id)),
});
export type PathwayStep = z.infer<typeof PathwayStep>;

export const EntryPointKind = z.enum([
  'huisarts',
  'buurtteam',
  'zelf',
  'jgz',
  'wijkverpleging',
  'school',
  'verloskundige',
  'anders',
]);
export type EntryPointKind = z.infer<typeof EntryPointKind>;

export const EntryPoint = z.looseObject({
  kind: EntryPointKind,
  description: Text,
});
export type EntryPoint = z.infer<typeof EntryPoint>;

/**
 * How far a gemeente or wijk is with a ketenaanpak (Eemland's words, 002:10631); `onbekend`
 * (contract 1.2) when the region does not know, which is not the same as not started.
 */
export const ImplementationStatus = z.enum(['niet-gestart', 'opstartend', 'gevorderd', 'geborgd', 'via-andere-regio', 'onbekend']);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

export const Implementation = z.looseObject({
  area_id: Id,
  status: ImplementationStatus,
  note: z.optional(Text),
  source: z.optional(Source),
});
export type Implementation = z.infer<typeof Implementation>;

export const Kpi = z.looseObject({
  name: Text,
  target: z.optional(Text),
  description: z.optional(Text),
});
export type Kpi = z.infer<typeof Kpi>;

export const PathwaySource = z.looseObject({
  title: Text,
  citation: z.optional(Text),
  url: z.optional(Source.shape.url),
});
export type PathwaySource = z.infer<typeof PathwaySource>;

/** A ketenaanpak: a care chain with ordered steps, run per area with its own maturity. */
export const Pathway = z.looseObject({
  id: Id,
  name: Text,
  alternate_name: z.optional(Text),
  aim: Text,
  summary_b1: Text,
  description: z.optional(Text),
  target_group: Text,
  target_group_ids: z.optional(z.array(Id)),
  eligibility: z.optional(Eligibility),
  steps: z.array(PathwayStep).check(z.minLength(1)),
  entry_points: z.array(EntryPoint),
  service_ids: z.optional(z.array(Id)),
  implementation: z.optional(z.array(Implementation)),
  kpis: z.optional(z.array(Kpi)),
  sources: z.array(PathwaySource),
  valid_from: z.optional(IsoDate),
  valid_to: z.optional(IsoDate),
  last_reviewed: IsoDate,
});
export type Pathway = z.infer<typeof Pathway>;
