import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import { areaHint, resolveArea, type AreaRequest } from '@wijkwijzer/sdk/areas';
import { implementationFor, servicesNear, type ImplementationView } from './implementation.js';
import type { Area, Implementation, Pathway, Service } from './uitleg-types.js';

/** Everything the explainer shows, read through the SDK. */
export interface UitlegData {
  /** Undefined when the feed has no pathway with the requested id. */
  pathway: Pathway | undefined;
  /** Names of the pathways the feed does have, for the "unknown pathway" message. */
  pathwayNames: string[];
  area: Area | undefined;
  /** The text of an area the feed does not know (the message says so). */
  unknownArea: string | undefined;
  unknownWijk: string | undefined;
  implementation: ImplementationView | undefined;
  /** Every implementation row with its area, for the view without a chosen area. */
  allImplementations: { row: Implementation; area: Area | undefined }[];
  /** Linked services that reach the chosen area (all of them without an area). */
  services: Service[];
  /** Ids of services with a waiting-time or availability figure, which get a badge. */
  withAvailability: Set<string>;
  /** Organisation names by id, for the roles in the professional view. */
  organizations: Map<string, string>;
  /** Area ids that count as "near": the area, the areas it lies in, and those inside it. */
  nearIds: Set<string> | undefined;
  sample: boolean;
  stale: boolean;
}

export async function loadUitleg(
  client: WijkwijzerClient,
  pathwayId: string,
  request: AreaRequest,
  signal: AbortSignal,
): Promise<UitlegData> {
  const call = { signal };
  const [manifest, pathway, areas] = await Promise.all([
    client.manifest(call),
    client.pathways.get(pathwayId, call),
    client.areas.list({ ...call, area: areaHint(request) }),
  ]);
  const resolved = resolveArea(areas, request);
  const area = resolved.kind === 'found' ? resolved.area : undefined;
  const base = {
    pathway,
    area,
    unknownArea: resolved.kind === 'unknown' ? resolved.asked : undefined,
    unknownWijk: resolved.kind === 'found' ? resolved.unknownWijk : undefined,
    sample: manifest.sample === true,
  };
  if (!pathway) {
    const all = await client.pathways.list(call);
    return {
      ...base,
      pathwayNames: all.map((each) => `${each.name} (${each.id})`),
      implementation: undefined,
      allImplementations: [],
      services: [],
      withAvailability: new Set(),
      organizations: new Map(),
      nearIds: undefined,
      stale: client.isStale(),
    };
  }

  const [ancestors, descendants, observations, organizations] = await Promise.all([
    area ? client.areas.ancestors(area.id, call) : Promise.resolve([]),
    area ? client.areas.descendants(area.id, call) : Promise.resolve([]),
    // A feed in parts: the figures of the chosen area's partitions only.
    client.availability.list(area ? { ...call, area: area.id } : call),
    client.organizations.list(call),
  ]);
  const nearIds = area ? new Set([area.id, ...ancestors.map((each) => each.id), ...descendants.map((each) => each.id)]) : undefined;
  const areaById = new Map(areas.map((each) => [each.id, each]));
  return {
    ...base,
    pathwayNames: [],
    implementation: area ? implementationFor(pathway, area, ancestors, descendants) : undefined,
    allImplementations: (pathway.implementation ?? []).map((row) => ({ row, area: areaById.get(row.area_id) })),
    services: servicesNear(pathway.services, nearIds),
    withAvailability: new Set(observations.map((each) => each.service_id)),
    organizations: new Map(organizations.map((each) => [each.id, each.name])),
    nearIds,
    stale: client.isStale(),
  };
}
