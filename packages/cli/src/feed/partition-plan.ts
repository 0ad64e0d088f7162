import type { Area, PartitionBy, Service } from '@wijkwijzer/schemas';

/*
 * Where each service of a feed goes in contract 1.1's partitions. A service goes to the
 * local partition of every area of type `by` (gemeente, or wijk) it lies in; a service for a
 * wider area (subregio, region, a regional werkgebied) to that area's shared partition; a
 * service with no area we can place to `shared-nl`, which every page loads. The same areas
 * count as in the SDK's area filter: the service areas and its locations' areas.
 */

/** The partition of services that have no area we can place. */
export const NATIONAL_PARTITION = 'shared-nl';

/** A partition's identity: its id, scope and the areas it is about. */
export interface PartitionKey {
  id: string;
  scope: 'local' | 'shared';
  area_ids: string[];
}

export interface PartitionPlan {
  /** Every partition that has services, sorted by id. */
  partitions: PartitionKey[];
  /** Partition ids of each service, sorted. */
  partitionsOf: Map<string, string[]>;
}

/** Area kinds wider than or beside a gemeente: a service for one of these is shared, unless it lies in an area of type `by`. */
const WIDE_KINDS: ReadonlySet<Area['kind']> = new Set(['regio', 'subregio', 'werkgebied']);

/** How a place name is compared: case, accents and a "Gemeente " prefix do not matter. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .trim();
}

/** An id made from a place name, for gemeenten of a feed that has no areas: `gm-` and a slug, never a CBS code. */
export function derivedGemeenteId(name: string): string {
  const slug = placeKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `gm-${slug || 'onbekend'}`;
}

const sharedId = (areaId: string): string => `shared-${areaId}`;

class AreaPlacer {
  private readonly byId: Map<string, Area>;
  private readonly cache = new Map<string, PartitionKey[]>();
  /** Gemeente (or `by`-type) areas by place name, for address cities and named service areas. */
  private readonly byName = new Map<string, Area>();

  constructor(areas: readonly Area[], private readonly by: PartitionBy) {
    this.byId = new Map(areas.map((area) => [area.id, area]));
    for (const area of areas) if (area.kind === 'gemeente') this.byName.set(placeKey(area.name), area);
  }

  /** The partitions a service area or location area puts a service in. */
  keysOfArea(areaId: string): PartitionKey[] {
    let keys = this.cache.get(areaId);
    if (!keys) {
      keys = this.place(areaId);
      this.cache.set(areaId, keys);
    }
    return keys;
  }

  /** The area of a gemeente named like `name`, if the feed has one. */
  gemeenteNamed(name: string): Area | undefined {
    return this.byName.get(placeKey(name));
  }

  private place(areaId: string): PartitionKey[] {
    const area = this.byId.get(areaId);
    if (!area) return [];
    if (area.kind === this.by) return [{ id: area.id, scope: 'local', area_ids: [area.id] }];
    const local = this.ancestorsOfKind(area);
    if (local.length > 0) return local.map((id) => ({ id, scope: 'local', area_ids: [id] }));
    // Wider than `by` (a region, a subregio, a gemeente split by wijk): its pages and the pages below load it.
    if (WIDE_KINDS.has(area.kind) || area.kind === 'gemeente') return [{ id: sharedId(area.id), scope: 'shared', area_ids: [area.id] }];
    // Narrower but not inside an area of type `by` (a kern straight under a gemeente split by wijk): place its parents.
    return this.parentKeys(area);
  }

  private parentKeys(area: Area): PartitionKey[] {
    return (area.parent_ids ?? []).flatMap((id) => (id === area.id ? [] : this.keysOfArea(id)));
  }

  /** The nearest areas of type `by` above `area`, along every parent line. */
  private ancestorsOfKind(area: Area): string[] {
    const found = new Set<string>();
    const seen = new Set<string>([area.id]);
    const queue = [...(area.parent_ids ?? [])];
    for (let index = 0; index < queue.length; index++) {
      const id = queue[index]!;
      if (seen.has(id)) continue;
      seen.add(id);
      const parent = this.byId.get(id);
      if (!parent) continue;
      if (parent.kind === this.by) found.add(parent.id);
      else queue.push(...(parent.parent_ids ?? []));
    }
    return [...found];
  }
}

export interface PlanOptions {
  services: readonly Service[];
  areas: readonly Area[];
  by: PartitionBy;
  /**
   * For a feed without areas (an HSDS import): gemeenten are derived from address cities and
   * service areas named "Gemeente …", with ids made from their names.
   */
  deriveGemeenten: boolean;
}

/** The cities of a service's addresses. */
function citiesOf(service: Service): string[] {
  return (service.service_at_locations ?? []).flatMap((at) => (at.location.addresses ?? []).map((address) => address.city));
}

/** Decides, for every service, the partitions it goes in. */
export function planPartitions(options: PlanOptions): PartitionPlan {
  const placer = new AreaPlacer(options.areas, options.by);
  const keys = new Map<string, PartitionKey>();
  const partitionsOf = new Map<string, string[]>();
  const localByName = (name: string): PartitionKey | undefined => {
    const area = placer.gemeenteNamed(name);
    if (area && options.by === 'gemeente') return { id: area.id, scope: 'local', area_ids: [area.id] };
    if (area) return placer.keysOfArea(area.id)[0];
    if (!options.deriveGemeenten) return undefined;
    const id = derivedGemeenteId(name);
    return { id, scope: 'local', area_ids: [id] };
  };
  for (const service of options.services) {
    const found = new Map<string, PartitionKey>();
    const add = (key: PartitionKey | undefined): void => {
      if (key) found.set(key.id, key);
    };
    for (const area of service.service_areas ?? []) if (area.area_id !== undefined) placer.keysOfArea(area.area_id).forEach(add);
    for (const at of service.service_at_locations ?? []) for (const id of at.location.area_ids ?? []) placer.keysOfArea(id).forEach(add);
    if (found.size === 0) {
      // No linked area: named service areas, then address cities.
      for (const area of service.service_areas ?? []) {
        if (area.name !== undefined && (!options.deriveGemeenten || /^gemeente\s/i.test(area.name) || placer.gemeenteNamed(area.name))) add(localByName(area.name));
      }
      if (found.size === 0) for (const city of citiesOf(service)) add(localByName(city));
    }
    if (found.size === 0) add({ id: NATIONAL_PARTITION, scope: 'shared', area_ids: [] });
    for (const [id, key] of found) if (!keys.has(id)) keys.set(id, key);
    partitionsOf.set(service.id, [...found.keys()].sort());
  }
  const partitions = [...keys.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { partitions, partitionsOf };
}

/** Services per detail shard: a record costs a small download (about 10 KB brotli at 1.6 KB a record). */
const SERVICES_PER_DETAIL_SHARD = 64;
/**
 * At most this many shards, so the details folder holds at most 30,000 files with their
 * compressed copies; a feed of over 640,000 services gets larger shards instead.
 */
const MAX_DETAIL_SHARDS = 10_000;

/** How many detail shards a feed of `serviceCount` services gets: one per 64 services, at least 1. */
export function detailShardCount(serviceCount: number): number {
  return Math.min(MAX_DETAIL_SHARDS, Math.max(1, Math.ceil(serviceCount / SERVICES_PER_DETAIL_SHARD)));
}
