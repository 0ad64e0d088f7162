import type { Pathway, Service } from '@wijkwijzer/schemas';
import type { ResolvedPathway } from './types.js';

/**
 * A pathway with the services it links to, looked up by id. Ids of services that are not
 * in the feed (skipped as invalid, or never published) are left out, not turned into holes.
 */
export function resolvePathway(pathway: Pathway, services: ReadonlyMap<string, Service>): ResolvedPathway {
  const lookup = (ids: readonly string[] | undefined): Service[] =>
    (ids ?? []).flatMap((id) => {
      const service = services.get(id);
      return service ? [service] : [];
    });
  const steps = pathway.steps.map((step) => ({ ...step, services: lookup(step.service_ids) }));
  const linked = new Map<string, Service>();
  for (const service of [...lookup(pathway.service_ids), ...steps.flatMap((step) => step.services)]) {
    if (!linked.has(service.id)) linked.set(service.id, service);
  }
  return { ...pathway, steps, services: [...linked.values()] };
}

/** The ids of every service a pathway links to, its own and its steps', each once. */
export function linkedServiceIds(pathway: Pathway): string[] {
  return [...new Set([...(pathway.service_ids ?? []), ...pathway.steps.flatMap((step) => step.service_ids ?? [])])];
}
