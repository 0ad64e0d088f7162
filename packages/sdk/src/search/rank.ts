import type { RouteStep, Service } from '@wijkwijzer/schemas';
// From the zod-free subpath, so the browser client does not bundle zod for a list.
import { ROUTE_STEPS } from '@wijkwijzer/schemas/records';
import { AUDIENCE_ORDER, type AudienceFit } from './audience.js';
import { normalize } from './normalize.js';
import type { SlicedWork } from '../time-slices.js';

/**
 * Ranking: relevance first, then route order (self-help before formal care, domain.md §3), then
 * distance. Raw relevance scores almost never tie, so route order would never decide anything;
 * relevance is therefore bucketed relative to the best hit, and route order and distance order the
 * hits within a bucket. A clearly better match still wins across buckets, and within a bucket a
 * service that has the query's specific words as written comes before one matched by a typo, a
 * word part or a keyword of the need.
 */

/** Lower bounds of the relevance buckets, as a share of the best hit's score. */
const BUCKETS = [0.8, 0.6, 0.4, 0.2] as const;

export function relevanceBucket(relative: number): number {
  const i = BUCKETS.findIndex((bound) => relative >= bound);
  return i < 0 ? BUCKETS.length : i;
}

/** Position in the route; services without a route step come last. */
export function routeRank(step: RouteStep | undefined): number {
  return step === undefined ? ROUTE_STEPS.length : ROUTE_STEPS.indexOf(step);
}

// Sorting thousands of hits with a comparator dominated query time at 50,000 services. The order
// is packed into one exact integer (below 2^53) so a typed array sorts it natively:
// 8 bits bucket×exact×audience×route, 14 bits distance in 10 m steps (to 163 km), 11 bits relevance,
// 20 bits name rank. The name rank is unique per service, so the key also identifies the service.
const NAME_SLOTS = 2 ** 20;
const RELEVANCE_SLOTS = 2 ** 11;
const DISTANCE_SLOTS = 2 ** 14;

/** Most services an index can rank exactly. */
export const MAX_SERVICES = NAME_SLOTS;

/** How a hit stands within its relevance bucket, before route order (see rankKey). */
export interface HitStanding {
  /** It has the query's specific words as written. */
  exact: boolean;
  /** Whom it is made for, as the query tells (audience.ts). */
  audience: AudienceFit;
}

/**
 * The sort key of a hit: lower sorts first. Order: relevance bucket, exact words (see rank
 * above), help made for the group the query names, then help for everyone, then help for a group
 * it does not name, route step, distance (services without one after those with one), relevance, name.
 */
export function rankKey(relevance: number, standing: HitStanding, route: number, distanceKm: number | undefined, nameRank: number): number {
  const stand = (standing.exact ? 0 : AUDIENCE_ORDER.length) + AUDIENCE_ORDER.indexOf(standing.audience);
  const group = (relevanceBucket(relevance) * 2 * AUDIENCE_ORDER.length + stand) * (ROUTE_STEPS.length + 1) + route;
  const distance =
    distanceKm === undefined ? DISTANCE_SLOTS - 1 : Math.min(DISTANCE_SLOTS - 2, Math.round(distanceKm * 100));
  const rest = Math.round((1 - Math.min(1, relevance)) * (RELEVANCE_SLOTS - 1));
  return ((group * DISTANCE_SLOTS + distance) * RELEVANCE_SLOTS + rest) * NAME_SLOTS + nameRank;
}


/** The name rank a key was made with. */
export function nameRankOf(key: number): number {
  return key % NAME_SLOTS;
}

/** Each service's position in alphabetical order of name, diacritics ignored; pausable between names. */
export function* nameRanks(docs: readonly Service[]): SlicedWork<Int32Array> {
  const keys: { key: string; i: number }[] = [];
  for (const [i, s] of docs.entries()) {
    yield;
    keys.push({ key: normalize(s.name), i });
  }
  yield;
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const ranks = new Int32Array(docs.length);
  keys.forEach(({ i }, rank) => (ranks[i] = rank));
  return ranks;
}
