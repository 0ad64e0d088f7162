import type { Area } from '@wijkwijzer/schemas';

/**
 * The area hierarchy. Areas have many parents (a kern lies in a gemeente and in a
 * werkgebied), so this is a graph, not a tree; cycles in the data are tolerated.
 */
export interface AreaGraph {
  /** Every area that lies (directly or indirectly) in `id`, nearest first; not `id` itself. */
  descendants(id: string): Area[];
  /** Every area `id` lies in (directly or indirectly), nearest first; not `id` itself. */
  ancestors(id: string): Area[];
  /**
   * The ids of the area itself, every area it lies in and every area lying in it.
   * Search uses it: a gemeente filter includes services for its wijken, and a
   * service for a whole subregio covers every gemeente in it. Siblings are not related.
   */
  related(id: string): ReadonlySet<string>;
}

export function buildAreaGraph(areas: readonly Area[] = []): AreaGraph {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const children = new Map<string, string[]>();
  for (const area of areas) {
    for (const parentId of area.parent_ids ?? []) {
      const list = children.get(parentId);
      if (list) list.push(area.id);
      else children.set(parentId, [area.id]);
    }
  }
  const childrenOf = (id: string): readonly string[] => children.get(id) ?? [];
  const parentsOf = (id: string): readonly string[] => byId.get(id)?.parent_ids ?? [];
  const toAreas = (ids: readonly string[]): Area[] =>
    ids.flatMap((id) => {
      const area = byId.get(id);
      return area ? [area] : [];
    });
  const related = new Map<string, ReadonlySet<string>>();
  return {
    descendants: (id) => toAreas(walk(id, childrenOf)),
    ancestors: (id) => toAreas(walk(id, parentsOf)),
    related(id) {
      let set = related.get(id);
      if (!set) {
        set = new Set([id, ...walk(id, parentsOf), ...walk(id, childrenOf)]);
        related.set(id, set);
      }
      return set;
    },
  };
}

/** Ids reachable from `start` along one kind of link, breadth first (nearest first), each once. */
function walk(start: string, next: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([start]);
  const found: string[] = [];
  const queue = [...next(start)];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    found.push(id);
    queue.push(...next(id));
  }
  return found;
}
