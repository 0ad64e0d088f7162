import { detailShardFile, detailShardOf, recordId, type Area, type DatasetName, type Manifest, type Service } from '@wijkwijzer/schemas';
import { planPartitions } from '../feed/partition-plan.js';
import type { Loader } from './loader.js';
import type { FeedFinding, UnusableProblem } from './report.js';

/*
 * Checks the partitions of a contract 1.1 feed: every file as the manifest lists it (count, and
 * the hash its name carries; for the detail shards, all of them there and their total count),
 * and every service in the card partitions its areas put it in and in its detail shard.
 * Free of Node built-ins, like the rest of the checker.
 */

/** How many partition files are read at once. */
const PARALLEL_LOADS = 8;

/** What loading one file gave: its record ids, findings about it, or why it could not be read. */
interface LoadedPartition {
  ids?: Set<string>;
  /** How many records the file holds, duplicates included. */
  count?: number;
  findings: FeedFinding[];
  problem?: UnusableProblem;
}

/** A file as the manifest links it: a dataset with count and hash, a partition file with a count (its hash is in its name), a detail shard with neither. */
interface LinkedFile {
  url: string;
  count?: number;
  hash?: string;
}

/** Reads a dataset file as the manifest links it; given by check-feed, so both check files alike. */
export type LoadLinked = (
  dataset: DatasetName,
  link: LinkedFile,
  manifestUrl: URL,
  load: Loader,
) => Promise<{ items?: unknown[]; findings: FeedFinding[]; problem?: UnusableProblem }>;

export async function loadAll(files: { dataset: DatasetName; link: LinkedFile }[], manifestUrl: URL, load: Loader, loadLinked: LoadLinked): Promise<LoadedPartition[]> {
  const results: LoadedPartition[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      const { dataset, link } = files[index]!;
      const loaded = await loadLinked(dataset, link, manifestUrl, load);
      const findings = loaded.findings.map((finding) => ({ ...finding, file: link.url }));
      const ids = loaded.items ? new Set(loaded.items.map(recordId).filter((id) => id !== undefined)) : undefined;
      const count = loaded.items?.length;
      results[index] = { findings, ...(ids ? { ids } : {}), ...(count === undefined ? {} : { count }), ...(loaded.problem ? { problem: loaded.problem } : {}) };
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_LOADS }, worker));
  return results;
}

export interface PartitionCheck {
  findings: FeedFinding[];
  unusable: UnusableProblem[];
}

/** `services` and `areas` are the feed's full datasets as read (records already checked elsewhere). */
export async function checkPartitions(
  manifest: Manifest,
  manifestUrl: URL,
  load: Loader,
  loadLinked: LoadLinked,
  full: { services?: unknown[]; areas?: unknown[] },
): Promise<PartitionCheck> {
  const result: PartitionCheck = { findings: [], unusable: [] };
  const partitions = manifest.partitions;
  if (!partitions) return result;
  const details = partitions.details;
  const shardUrls = Array.from({ length: details.shards }, (_, shard) => `${details.url}${detailShardFile(shard, details.shards)}`);
  const files = [
    ...partitions.services.map((link) => ({ dataset: 'services' as const, link })),
    ...(partitions.availability ?? []).map((link) => ({ dataset: 'availability' as const, link })),
    ...shardUrls.map((url) => ({ dataset: 'services' as const, link: { url } })),
  ];
  const loaded = await loadAll(files, manifestUrl, load, loadLinked);
  for (const file of loaded) {
    result.findings.push(...file.findings);
    if (file.problem) result.unusable.push(file.problem);
  }

  const services = (full.services ?? []).filter((record): record is Service => recordId(record) !== undefined);
  const shards = loaded.slice(files.length - details.shards);
  const shardIds = shards.map((file) => file.ids);
  if (shards.every((file) => file.count !== undefined)) {
    const total = shards.reduce((sum, file) => sum + (file.count ?? 0), 0);
    if (total !== details.count) result.findings.push({ kind: 'count-mismatch', dataset: 'services', file: details.url, expected: details.count, actual: total });
  }
  const plan = planPartitions({
    services,
    areas: (full.areas ?? []) as Area[],
    by: partitions.by,
    deriveGemeenten: manifest.datasets.areas === undefined,
  });
  // A large partition is written in parts `<id>.1`, `<id>.2`, …: their cards count together.
  const planned = new Set(plan.partitions.map((key) => key.id));
  const cardIds = new Map<string, Set<string> | undefined>();
  for (const [index, link] of partitions.services.entries()) {
    const id = planned.has(link.id) ? link.id : link.id.replace(/\.\d+$/, '');
    const ids = loaded[index]?.ids;
    const held = cardIds.get(id);
    // An unreadable part (already reported) leaves the partition's cards unknown, as an unreadable file does.
    const unreadable = !ids || (cardIds.has(id) && !held);
    cardIds.set(id, unreadable ? undefined : new Set([...(held ?? []), ...ids]));
  }
  for (const service of services) {
    for (const partition of plan.partitionsOf.get(service.id) ?? []) {
      const ids = cardIds.get(partition);
      if (ids && ids.has(service.id)) continue;
      // An unreadable file is already reported; a missing partition or card is this finding.
      if (!cardIds.has(partition) || ids) result.findings.push({ kind: 'partition-missing-service', dataset: 'services', id: service.id, partition });
    }
    const shard = detailShardOf(service.id, details.shards);
    const ids = shardIds[shard];
    if (ids && !ids.has(service.id)) {
      result.findings.push({ kind: 'partition-missing-service', dataset: 'services', id: service.id, partition: shardUrls[shard]! });
    }
  }
  return result;
}
