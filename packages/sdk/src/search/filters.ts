import type { Service } from '@wijkwijzer/schemas';
import { nearestKm } from '../geo/distance.js';
import { openingState } from '../hours/index.js';
import type { AreaGraph } from '../areas/area-graph.js';
import { primarySubtag, type ServiceFacts } from './service-facts.js';
import type { OneOrMore, SearchFilters } from './types.js';

/** A compiled filter: whether a service passes, and its distance when `near` was asked for. */
export interface FilterResult {
  pass: boolean;
  distanceKm?: number;
}

export interface FilterContext {
  areas: AreaGraph;
  /** Services matching a need id that no service carries as a tag (a thesaurus concept id). */
  needFallback(needId: string): ReadonlySet<number> | undefined;
  now: Date;
}

const list = <T>(value: OneOrMore<T> | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

const overlaps = (have: readonly string[] | undefined, want: readonly string[]): boolean =>
  have !== undefined && have.some((id) => want.includes(id));

/** Whether a service passes the filters, and its distance when one is asked for. */
export type ServiceFilter = (service: Service, facts: ServiceFacts, index: number) => FilterResult;

/** Returns undefined when no filter is set, so the caller can skip filtering altogether. */
export function compileFilters(filters: SearchFilters, context: FilterContext): ServiceFilter | undefined {
  const checks: ((service: Service, facts: ServiceFacts, index: number) => boolean)[] = [];

  const areas = list(filters.area);
  if (areas && areas.length > 0) {
    const related = new Set<string>();
    for (const id of areas) for (const r of context.areas.related(id)) related.add(r);
    // A service without any area is left out: we cannot tell that it serves the chosen area.
    checks.push((_s, facts) => facts.areaIds.some((id) => related.has(id)));
  }

  const needs = list(filters.need);
  if (needs && needs.length > 0) {
    const fallbacks = needs.map((id) => context.needFallback(id)).filter((set) => set !== undefined);
    checks.push(
      (service, _f, index) => overlaps(service.needs, needs) || fallbacks.some((set) => set.has(index)),
    );
  }

  const groups = list(filters.targetGroup);
  if (groups && groups.length > 0) checks.push((service) => overlaps(service.target_groups, groups));

  if (filters.audience === 'inwoner') {
    // Without an audience (an imported HSDS record) a service is assumed to be for everyone.
    checks.push((service) => service.audience !== 'professional');
  }

  const steps = list(filters.routeStep);
  if (steps && steps.length > 0) {
    checks.push((service) => service.route_step !== undefined && steps.includes(service.route_step));
  }

  const costs = list(filters.cost);
  if (costs && costs.length > 0) checks.push((service) => service.cost !== undefined && costs.includes(service.cost));

  const referrals = list(filters.referral);
  if (referrals && referrals.length > 0) {
    checks.push((service) => service.referral !== undefined && referrals.includes(service.referral));
  }

  const languages = list(filters.language)?.map(primarySubtag);
  if (languages && languages.length > 0) {
    // A Dutch service that lists no languages is still a Dutch service.
    const dutchByDefault = languages.includes('nl');
    checks.push(
      (_s, facts) =>
        languages.some((code) => facts.languages.has(code)) || (dutchByDefault && facts.languages.size === 0),
    );
  }

  if (filters.openNow) {
    const now = context.now;
    checks.push(
      (service) =>
        openingState(service, now).status === 'open' ||
        (service.service_at_locations ?? []).some((at) => openingState(at, now).status === 'open'),
    );
  }

  const near = filters.near;
  if (checks.length === 0 && !near) return undefined;

  return (service, facts, index) => {
    for (const check of checks) if (!check(service, facts, index)) return { pass: false };
    if (!near) return { pass: true };
    const best = nearestKm(near.point, facts.points);
    if (near.withinKm !== undefined && (best === undefined || best > near.withinKm)) return { pass: false };
    return best === undefined ? { pass: true } : { pass: true, distanceKm: best };
  };
}
