import type { SearchHit } from '@wijkwijzer/sdk';
import { ROUTE_ORDER, type RouteStep } from './kaart-types.js';

/** A route step, `overig` for services without one, `meer` for hits that match less well. */
export type RouteGroupKey = RouteStep | 'overig' | 'meer';

export interface RouteGroup {
  step: RouteGroupKey;
  hits: SearchHit[];
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

/** Consecutive hits of the same group under one heading. */
export function groupByRoute(hits: readonly SearchHit[]): RouteGroup[] {
  const groups: RouteGroup[] = [];
  for (const hit of hits) {
    const step = groupKey(hit);
    const last = groups.at(-1);
    if (last && last.step === step) last.hits.push(hit);
    else groups.push({ step, hits: [hit] });
  }
  return groups;
}
