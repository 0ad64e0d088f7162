import type { Area, DatasetRecordTypes, PartitionLink, Service } from '@wijkwijzer/schemas';
import { detailShardFile, detailShardOf } from '@wijkwijzer/schemas/records';
import { areaGraph } from './area-graph-cache.js';
import type { Feed, PartitionDataset } from './feed.js';
import type { CallProgress } from './load-progress.js';
import { loadInTurn, partitionsForAreas, partitionsWithoutGraph, sharedFirst, unionById, type PartitionReach } from './partitions.js';

/** Files loading at once: few, so on a slow line the first ones finish early and show results. */
const FILES_AT_ONCE = 3;
/** Unions kept for reuse (one per area a page shows, usually one). */
const UNION_MEMO_SIZE = 8;

/** How one call reads partition files: its signal, and where its download progress goes. */
export interface PartRead {
  signal: AbortSignal | undefined;
  progress?: CallProgress | undefined;
}

/** What has arrived so far of a load in parts. */
export interface Arrival<R> {
  records: readonly R[];
  /** Files loaded so far, of `filesTotal`. */
  files: number;
  filesTotal: number;
}

/**
 * Reads a partitioned feed (contract 1.1) by area. Every method answers `undefined` when
 * the feed has no partitions of that kind: the caller then reads the whole dataset, as a
 * 1.0 feed is read.
 */
export interface PartitionedFeed {
  /**
   * The records of the partitions for `areaIds` (every partition when there are none),
   * each id once; `reach` says how areas match partitions (see `PartitionReach`). `onArrival` sees the records so far each time more files have arrived,
   * before the promise resolves with all of them.
   */
  records<D extends PartitionDataset>(
    name: D,
    areaIds: readonly string[] | undefined,
    reach: PartitionReach,
    read: PartRead,
    onArrival?: (arrival: Arrival<DatasetRecordTypes[D]>) => Promise<void> | void,
  ): Promise<readonly DatasetRecordTypes[D][] | undefined>;
  /**
   * The full records of services from their detail shards (each shard fetched once), by id;
   * ids the shards lack are left out.
   */
  details(ids: readonly string[], read: PartRead): Promise<ReadonlyMap<string, Service> | undefined>;
  /** The card of a service in a services partition loaded so far, without loading anything. */
  loadedCard(id: string): Service | undefined;
  /**
   * The areas a call about `areaIds` needs: on a feed with area partitions, the frame (the
   * areas in no gemeente) and the files of the gemeenten those areas relate to; else, or
   * without an area, for an area the frame does not know (a wijk), for every gemeente, or
   * when an area file cannot be read, the whole dataset. The same list (the same array) for
   * the same loaded files, so graphs and indexes built on it are reused. `optional`: the
   * areas only add to an answer, so a whole dataset that cannot be read is empty (aborts
   * still abort).
   */
  areas(areaIds: readonly string[], read: PartRead, optional: boolean): Promise<readonly Area[]>;
}

export function partitionedFeed(feed: Feed): PartitionedFeed {
  const unions = new Map<string, { lists: readonly (readonly unknown[])[]; union: readonly unknown[] }>();
  /**
   * The services partitions read from the current manifest, by URL, each with its cards by id:
   * `loadedCard` answers from them. A refreshed manifest's next read drops the files it no longer
   * lists, so neither old cards nor their memory outlive it.
   */
  const serviceParts = new Map<string, { byId: ReadonlyMap<string, Service> }>();
  let servicePartsOf: readonly PartitionLink[] | undefined;

  /** The same union (the same array) for the same loaded files, so the search index built on it is reused. */
  const unionOf = <R extends { id: string }>(key: string, lists: readonly (readonly R[])[]): readonly R[] => {
    const held = unions.get(key);
    if (held && held.lists.length === lists.length && held.lists.every((list, index) => list === lists[index])) {
      return held.union as readonly R[];
    }
    const union = unionById(lists);
    if (unions.size >= UNION_MEMO_SIZE) unions.delete(unions.keys().next().value as string);
    unions.set(key, { lists, union });
    return union;
  };

  const linksFor = async (
    links: readonly PartitionLink[],
    areaIds: readonly string[] | undefined,
    reach: PartitionReach,
    signal: AbortSignal | undefined,
  ): Promise<PartitionLink[]> => {
    if (!areaIds || areaIds.length === 0) return sharedFirst(links);
    const graph = areaGraph(await areas(areaIds, { signal }, true));
    return sharedFirst(partitionsForAreas(links, areaIds, graph, reach));
  };

  /** The gemeente file each area inside a gemeente was read from: a wijk page's calls need only that file. */
  const seenIn = new Map<string, PartitionLink>();

  /** The areas for `areaIds` from the area partitions; `undefined` when only the whole dataset will do. */
  const areasInParts = async (areaIds: readonly string[], { signal, progress }: PartRead): Promise<readonly Area[] | undefined> => {
    const links = (await feed.manifest(signal)).partitions?.areas ?? [];
    // The frame and the areas' own files (usually one gemeente's) start at once; the reads below pick them up.
    for (const link of partitionsWithoutGraph(links, areaIds)) feed.partition('areas', link, signal).catch(() => undefined);
    const read = async (files: PartitionLink[]): Promise<readonly Area[]> => {
      const lists = await Promise.all(
        files.map(async (link) => {
          const { records } = await feed.partition('areas', link, signal, progress);
          if (link.scope !== 'shared') for (const area of records) seenIn.set(area.id, link);
          return records;
        }),
      );
      return unionOf(`areas\n${files.map((link) => link.url).join('\n')}`, lists);
    };
    const frames = links.filter((link) => link.scope === 'shared');
    const locals = links.filter((link) => link.scope !== 'shared');
    const frame = await read(frames);
    // A wijk the frame does not know, found in a gemeente file read before, counts as that gemeente.
    const homes = areaIds.flatMap((id) => (frame.some((area) => area.id === id) ? [id] : (seenIn.get(id)?.area_ids ?? [])));
    // The gemeente files of the gemeenten related to the areas in the frame's graph (a subregio's gemeenten).
    const needed = partitionsForAreas(locals, homes, areaGraph(frame), 'page');
    // No area partitions, an area we cannot place, or every gemeente (the region): the one whole file is the smaller read.
    return homes.length >= areaIds.length && (needed.length < 2 || needed.length < locals.length)
      ? read([...frames, ...needed])
      : undefined;
  };

  const areas = async (areaIds: readonly string[], read: PartRead, optional: boolean): Promise<readonly Area[]> => {
    let found: readonly Area[] | undefined;
    try {
      found = areaIds.length > 0 ? await areasInParts(areaIds, read) : undefined;
    } catch {
      // An area file that cannot be read: the whole dataset holds every area (an abort aborts that read too).
    }
    return found ?? (await (optional ? feed.datasetOrEmpty : feed.dataset)('areas', read.signal, read.progress)).records;
  };

  return {
    areas,

    async records(name, areaIds, reach, { signal, progress }, onArrival) {
      const partitions = (await feed.manifest(signal)).partitions;
      const all = name === 'services' ? partitions?.services : partitions?.availability;
      if (!all || all.length === 0) return undefined;
      // Once per manifest, not per keystroke: the same manifest lists the same files.
      if (name === 'services' && all !== servicePartsOf) {
        const listed = new Set(all.map((link) => link.url));
        for (const url of serviceParts.keys()) if (!listed.has(url)) serviceParts.delete(url);
        servicePartsOf = all;
      }
      // One round trip saved on a slow line: the files needed whatever the area graph says start
      // now, beside the areas the rest waits for. loadInTurn picks up the same downloads (and their
      // progress) from the cache below, first.
      const early = areaIds && areaIds.length > 0 ? partitionsWithoutGraph(all, areaIds).slice(0, FILES_AT_ONCE) : [];
      for (const link of early) feed.partition(name, link, signal).catch(() => undefined);
      const selected = await linksFor(all, areaIds, reach, signal);
      const links = [...early, ...selected.filter((link) => !early.includes(link))];
      type R = DatasetRecordTypes[typeof name];
      const parts = await loadInTurn(
        links,
        async (link) => {
          const part = await feed.partition(name, link, signal, progress);
          if (name === 'services') serviceParts.set(link.url, part as { byId: ReadonlyMap<string, Service> });
          return part;
        },
        FILES_AT_ONCE,
        onArrival &&
          ((loaded) =>
            onArrival({ records: unionById(loaded.map((part) => part.records as readonly R[])), files: loaded.length, filesTotal: links.length })),
      );
      const key = `${name}\n${links.map((link) => link.url).join('\n')}`;
      return unionOf(key, parts.map((part) => part.records as readonly R[]));
    },

    loadedCard(id) {
      for (const part of serviceParts.values()) {
        const card = part.byId.get(id);
        if (card) return card;
      }
      return undefined;
    },

    async details(ids, { signal, progress }) {
      const details = (await feed.manifest(signal)).partitions?.details;
      if (!details) return undefined;
      const byShard = new Map<number, string[]>();
      for (const id of ids) {
        const shard = detailShardOf(id, details.shards);
        byShard.set(shard, [...(byShard.get(shard) ?? []), id]);
      }
      const found = new Map<string, Service>();
      await Promise.all(
        [...byShard].map(async ([shard, wanted]) => {
          const url = `${details.url}${detailShardFile(shard, details.shards)}`;
          const loaded = await feed.partition('services', { url }, signal, progress);
          for (const id of wanted) {
            const service = loaded.byId.get(id);
            if (service) found.set(id, service);
          }
        }),
      );
      return found;
    },
  };
}
