import type { Area } from '@wijkwijzer/schemas';
import type { PartitionKey } from './partition-plan.js';

/*
 * Where each area of a feed goes in contract 1.1's area partitions. A page about a gemeente
 * needs the areas around it (its subregio, regio, the werkgebieden it lies in) and the areas
 * inside it (wijken, buurten, kernen), not the other gemeenten's wijken: every page loads the
 * frame, the areas that lie in no gemeente, and the file of each gemeente it is about.
 */

/** The partition every page loads: the areas that lie in no gemeente (gemeenten themselves included). */
export const AREA_FRAME_PARTITION = 'shared-areas';

const FRAME_KEY: PartitionKey = { id: AREA_FRAME_PARTITION, scope: 'shared', area_ids: [] };

export interface AreaPartitionPlan {
  /** The frame first, then one partition per gemeente that has areas inside it, by id. */
  partitions: PartitionKey[];
  /** The areas of each partition, by partition id, sorted by id. */
  areasOf: Map<string, Area[]>;
}

/**
 * The gemeenten an area lies in, along every parent line (an area on a border lies in two),
 * each area's answer worked out once from its parents'. A cycle in the data ends the climb.
 */
function gemeentenAboveOf(byId: ReadonlyMap<string, Area>): (area: Area) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  const climbing = new Set<string>();
  const above = (area: Area): readonly string[] => {
    const held = known.get(area.id);
    if (held) return held;
    if (climbing.has(area.id)) return [];
    climbing.add(area.id);
    const found = new Set<string>();
    for (const parent of (area.parent_ids ?? []).map((id) => byId.get(id))) {
      if (!parent) continue;
      if (parent.kind === 'gemeente') found.add(parent.id);
      for (const id of above(parent)) found.add(id);
    }
    climbing.delete(area.id);
    const list = [...found];
    known.set(area.id, list);
    return list;
  };
  return above;
}

/** Decides, for every area, the area partitions it goes in. */
export function planAreaPartitions(areas: readonly Area[]): AreaPartitionPlan {
  const sorted = [...areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sorted.map((area) => [area.id, area]));
  const gemeentenAbove = gemeentenAboveOf(byId);
  const areasOf = new Map<string, Area[]>([[AREA_FRAME_PARTITION, []]]);
  for (const area of sorted) {
    const gemeenten = gemeentenAbove(area);
    for (const id of gemeenten.length > 0 ? gemeenten : [AREA_FRAME_PARTITION]) {
      const list = areasOf.get(id);
      if (list) list.push(area);
      else areasOf.set(id, [area]);
    }
  }
  const local = [...areasOf.keys()]
    .filter((id) => id !== AREA_FRAME_PARTITION)
    .sort()
    .map((id): PartitionKey => ({ id, scope: 'local', area_ids: [id] }));
  return { partitions: [FRAME_KEY, ...local], areasOf };
}
