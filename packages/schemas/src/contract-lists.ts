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
  /** Since 1.2, optional: PC4 postcode areas with a point and their areas, for distances. */
  'postcodes',
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

/**
 * How a waiting time was measured. The NZa's transparency rules for ggz ask for two figures per
 * wait: `derde-vrije-plek` (actueel: the third free slot in the agenda, what someone who signs up
 * today may expect) and `gemiddelde-gerealiseerd` (retrospectief: the mean wait of those who
 * started in a past period). Hospitals use both too; `mediaan` is a realised median and
 * `schatting` a provider's estimate without a count behind it.
 */
export const WAIT_METHODS = ['derde-vrije-plek', 'gemiddelde-gerealiseerd', 'mediaan', 'schatting'] as const;
export type WaitMethod = (typeof WAIT_METHODS)[number];
/** Methods that describe waits already realised, over a past period (`period_months`). */
export const REALISED_WAIT_METHODS: readonly WaitMethod[] = ['gemiddelde-gerealiseerd', 'mediaan'];

/**
 * Main diagnosis groups (hoofddiagnosegroepen) by which specialised ggz reports its waits. A feed
 * names a group by one of these ids, so a widget can name it in the reader's language, or in its
 * own words when a provider groups otherwise.
 */
export const DIAGNOSIS_GROUPS = [
  'adhd',
  'angst',
  'autisme',
  'bipolair',
  'depressie',
  'dwang',
  'eetstoornis',
  'persoonlijkheid',
  'psychose',
  'somatisch-symptoom',
  'trauma',
  'verslaving',
  'overig',
] as const;
export type DiagnosisGroup = (typeof DIAGNOSIS_GROUPS)[number];
