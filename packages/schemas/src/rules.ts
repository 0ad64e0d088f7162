import { FLAG_METRICS, type AvailabilityMetric } from './contract-lists.js';

/*
 * The contract's rules that JSON Schema cannot say: they compare fields or read a
 * string in a way no pattern does. Each is a plain function that the zod schema
 * hands to `z.refine` and that the compact browser validator calls by name from its
 * generated spec, so a rule is written once. Zod-free, for that second reader.
 *
 * A refinement that is not one of these functions fails the build of the compact spec.
 */

/** A service's age range is not upside down. */
export function ageRangeIsOrdered(service: { minimum_age?: number | undefined; maximum_age?: number | undefined }): boolean {
  return service.minimum_age === undefined || service.maximum_age === undefined || service.minimum_age <= service.maximum_age;
}

/** Yes/no metrics (patiëntenstop, reachability) take true/false, every other metric a number. */
export function valueKindFitsMetric(observation: { metric: AvailabilityMetric; value: number | boolean }): boolean {
  return FLAG_METRICS.includes(observation.metric) === (typeof observation.value === 'boolean');
}

/** A number says nothing without its unit (days, weeks or places). */
export function numberHasUnit(observation: { value: number | boolean; unit?: string | undefined }): boolean {
  return typeof observation.value === 'boolean' || observation.unit !== undefined;
}

/** A norm says something: a target ("80 % within 2 werkdagen"), a maximum, or both. */
export function normHasTargetOrMaximum(norm: { max_value?: number | undefined; target?: unknown }): boolean {
  return norm.max_value !== undefined || norm.target !== undefined;
}

/** A target lies within the maximum of the same norm: "80 % within 2, at most 3". */
export function targetWithinMaximum(norm: { max_value?: number | undefined; target?: { value: number } | undefined }): boolean {
  return norm.max_value === undefined || norm.target === undefined || norm.target.value <= norm.max_value;
}

const PLAIN_RELATIVE_PATH = /^[\w.-][\w.~/-]*$/;

/** Any manifest address will do to tell a relative path from a link to another host. */
const SOME_MANIFEST = 'https://feed.invalid/regio/index.json';

/**
 * A dataset link is a path relative to the manifest, or an absolute http(s) URL; never
 * `javascript:` or `data:`, and never `//host/…` or `\\host\…`, which look relative but
 * name another host. Decided by the URL parser, as a client resolves it; only a plain path of
 * letters, digits and `._~/-` (no scheme, no leading slash) passes without parsing.
 */
export function datasetUrlIsRelativeOrHttp(url: string): boolean {
  // The usual case, a plain path such as `services/gm-utrecht.3f2a9c1b.json`, has no scheme and
  // cannot start with `//` or `\\`: no parsing needed (a manifest lists hundreds of them).
  if (PLAIN_RELATIVE_PATH.test(url)) return true;
  let absolute: URL | undefined;
  try {
    absolute = new URL(url);
  } catch {
    absolute = undefined;
  }
  if (absolute) return absolute.protocol === 'https:' || absolute.protocol === 'http:';
  try {
    return new URL(url, SOME_MANIFEST).origin === new URL(SOME_MANIFEST).origin;
  } catch {
    return false;
  }
}

/**
 * Every ring of an area's outline (a GeoJSON Polygon's or MultiPolygon's) is closed, and each of its
 * positions is `[longitude, latitude]` within WGS84's range: a swapped pair or a ring left open
 * would draw an outline somewhere else, or not at all.
 */
export function ringsAreClosedWgs84(geometry: { type: string; coordinates: readonly unknown[] }): boolean {
  const rings = (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()) as readonly (readonly number[])[][];
  return rings.every(
    (ring) => String(ring[0]) === String(ring[ring.length - 1]) && ring.every(([longitude = 999, latitude = 999]) => Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90),
  );
}
