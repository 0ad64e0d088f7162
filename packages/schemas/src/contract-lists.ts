/*
 * Fixed lists of the contract that code needs at run time, not only the schemas.
 * Kept out of the zod modules so a browser bundle can import them without zod;
 * the schema modules build their enums from these and re-export them.
 */

export const DATASET_NAMES = [
  'areas',
  'organizations',
  'services',
  'pathways',
  'availability',
  'norms',
  'taxonomy',
] as const;

/**
 * The route from self-help to formal care, in the order residents should meet it
 * (Regioplan Midden-Nederland, 002:7110-7120). The order of this list is the ranking order.
 */
export const ROUTE_STEPS = ['zelf', 'samen', 'peers', 'informeel', 'formeel'] as const;

/** What an availability figure can measure: the values of `AvailabilityMetric` (availability.ts). */
export const AVAILABILITY_METRICS = [
  'aanmeldwachttijd',
  'behandelwachttijd',
  'beschikbare-plekken',
  'patientenstop',
  'bereikbaarheid',
] as const;
export type AvailabilityMetric = (typeof AVAILABILITY_METRICS)[number];

export const WAIT_METRICS: readonly AvailabilityMetric[] = ['aanmeldwachttijd', 'behandelwachttijd'];
/** Metrics whose value is yes/no rather than a number. */
export const FLAG_METRICS: readonly AvailabilityMetric[] = ['patientenstop', 'bereikbaarheid'];
