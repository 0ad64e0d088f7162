import type { PartitionLink } from '@wijkwijzer/schemas';
import type { AreaGraph } from '../areas/area-graph.js';

/**
 * How areas are matched to partitions. `page`: what a page about the area shows, as the
 * search's area filter relates areas: the area, the areas it lies in and the areas lying
 * in it (a subregio page needs its gemeenten). `holding`: where a service of the area is
 * kept: the area and the areas it lies in only.
 */
export type PartitionReach = 'page' | 'holding';

/**
 * The partitions for `areaIds`: local partitions of the areas' gemeente(s) (or wijken),
 * shared partitions of the subregio or region they lie in, and the national one (no
 * area). A wijk page never gets a sibling gemeente's partition.
 */
export function partitionsForAreas(
  links: readonly PartitionLink[],
  areaIds: readonly string[],
  graph: AreaGraph,
  reach: PartitionReach,
): PartitionLink[] {
  const wanted = new Set<string>();
  for (const id of areaIds) {
    if (reach === 'page') {
      for (const each of graph.related(id)) wanted.add(each);
    } else {
      wanted.add(id);
      for (const area of graph.ancestors(id)) wanted.add(area.id);
    }
  }
  return partitionsAbout(links, wanted);
}

/**
 * The partitions `areaIds` need whatever the area graph says: those of the areas
 * themselves and the national ones (no area). They can download before the graph has.
 */
export function partitionsWithoutGraph(links: readonly PartitionLink[], areaIds: readonly string[]): PartitionLink[] {
  return partitionsAbout(links, new Set(areaIds));
}

/** The partitions about one of `ids`, and those about no area at all (the national ones). */
function partitionsAbout(links: readonly PartitionLink[], ids: ReadonlySet<string>): PartitionLink[] {
  return links.filter((link) => link.area_ids.length === 0 || link.area_ids.some((id) => ids.has(id)));
}

/** Shared partitions first: the services every area needs arrive before any one area's. */
export function sharedFirst(links: readonly PartitionLink[]): PartitionLink[] {
  return [...links.filter((link) => link.scope === 'shared'), ...links.filter((link) => link.scope !== 'shared')];
}

/** The records of several files as one list, each id once (a service in two gemeenten is in both). */
export function unionById<R extends { id: string }>(lists: readonly (readonly R[])[]): readonly R[] {
  if (lists.length === 1) return lists[0] as readonly R[];
  const seen = new Set<string>();
  const records: R[] = [];
  for (const list of lists) {
    for (const record of list) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
  }
  return Object.freeze(records);
}

/**
 * Loads files a few at a time and calls `onArrival` (if given) with every file loaded so
 * far (in `links` order) each time more have arrived. Arrivals during a slow `onArrival` are
 * taken together, so a fast network does not make it run once per file. Resolves with
 * all of them; rejects on the first failure.
 */
export async function loadInTurn<T>(
  links: readonly PartitionLink[],
  load: (link: PartitionLink) => Promise<T>,
  concurrency: number,
  onArrival?: (loaded: readonly T[]) => Promise<void> | void,
): Promise<T[]> {
  const results: (T | undefined)[] = links.map(() => undefined);
  const done = links.map(() => false);
  let next = 0;
  let arrived = 0;
  let wake: (() => void) | undefined;
  const worker = async (): Promise<void> => {
    while (next < links.length) {
      const index = next;
      next += 1;
      results[index] = await load(links[index] as PartitionLink);
      done[index] = true;
      arrived += 1;
      wake?.();
    }
  };
  const all = Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, worker));
  // Failures are raised by the race below or the final await; this keeps them from going unhandled meanwhile.
  all.catch(() => undefined);
  let reported = 0;
  while (reported < links.length) {
    if (arrived === reported) {
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), all]);
      continue;
    }
    reported = arrived;
    if (onArrival && reported < links.length) {
      await onArrival(results.filter((result, index): result is T => done[index] === true && result !== undefined));
    }
  }
  await all;
  return results as T[];
}
