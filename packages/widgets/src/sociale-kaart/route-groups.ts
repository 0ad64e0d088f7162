import type { SearchHit } from '@wijkwijzer/sdk';
import { groupByPlace, isPlaceGroup, type ResultEntry } from '@wijkwijzer/sdk/search';
import { ROUTE_ORDER, type RouteStep } from './kaart-types.js';

/** A route step, `overig` for services without one, `meer` for hits that match less well. */
export type RouteGroupKey = RouteStep | 'overig' | 'meer';

export interface RouteGroup<T extends ResultEntry = ResultEntry> {
  step: RouteGroupKey;
  entries: T[];
}

/**
 * Hits at least this relevant (the SDK scores relative to the best hit) are put in
 * route order. Weaker hits keep the SDK's relevance order after them: route order
 * must not put a loosely matching self-help tip above the huisartsenpost someone
 * typed. Without a query every hit scores 1, so browsing is pure route order.
 */
export const STRONG_MATCH = 0.6;

const isStrong = (hit: SearchHit): boolean => hit.score >= STRONG_MATCH;

export function groupKey(hit: SearchHit): RouteGroupKey {
  return isStrong(hit) ? (hit.service.route_step ?? 'overig') : 'meer';
}

function rank(hit: SearchHit): number {
  if (!isStrong(hit)) return ROUTE_ORDER.length + 1;
  const step = hit.service.route_step;
  return step ? ROUTE_ORDER.indexOf(step) : ROUTE_ORDER.length;
}

/**
 * Hits in route order (self-help first, formal care last), keeping the SDK's
 * relevance order within each step; weak matches last. A stable sort.
 */
export function inRouteOrder(hits: readonly SearchHit[]): SearchHit[] {
  return hits
    .map((hit, index) => ({ hit, index, rank: rank(hit) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ hit }) => hit);
}

/** The hit an entry stands for in the order: a service in several places is in one route step. */
export const firstHit = (entry: ResultEntry): SearchHit => (isPlaceGroup(entry) ? entry.places[0].hit : entry);

/** Consecutive entries of the same group under one heading. */
export function groupByRoute<T extends ResultEntry>(entries: readonly T[]): RouteGroup<T>[] {
  const groups: RouteGroup<T>[] = [];
  for (const entry of entries) {
    const step = groupKey(firstHit(entry));
    const last = groups.at(-1);
    if (last && last.step === step) last.entries.push(entry);
    else groups.push({ step, entries: [entry] });
  }
  return groups;
}

/** The entries of each search's hits, by the hits' array: see resultEntries. */
const grouped = new WeakMap<readonly SearchHit[], { routeOrder: boolean; area: string | undefined; entries: ResultEntry[] }>();

/**
 * The hits (in display order) to show: each service offered in several places as one entry (see
 * the SDK's groupByPlace), within its route step, so a group never moves help to another step.
 * `area` is the resident's: its place comes first in a group.
 */
export function resultEntries(hits: readonly SearchHit[], routeOrder: boolean, area: string | undefined): ResultEntry[] {
  // Drawn again on every render (a keystroke before its search, a badge that arrives): grouped once per search.
  const known = grouped.get(hits);
  if (known?.routeOrder === routeOrder && known.area === area) return known.entries;
  const entries = routeOrder ? groupByRoute(hits).flatMap((group) => groupByPlace(group.entries, { area })) : groupByPlace(hits, { area });
  grouped.set(hits, { routeOrder, area, entries });
  return entries;
}
