import { createHash } from 'node:crypto';
import {
  detailShardFile,
  detailShardOf,
  serviceCard,
  type Area,
  type AvailabilityObservation,
  type DetailShards,
  type PartitionBy,
  type PartitionFile,
  type PartitionLink,
  type Partitions,
  type Service,
} from '@wijkwijzer/schemas';
import { stableJsonParts } from './json-parts.js';
import { detailShardCount, planPartitions, type PartitionKey } from './partition-plan.js';

/** The folders of a partitioned feed (contract 1.1), beside index.json and the full datasets. */
export const PARTITION_FOLDERS = ['services', 'availability', 'details'] as const;

/** A partition file's name: the partition id, then 8 hex digits of its SHA-256. */
export const HASHED_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]*\.[0-9a-f]{8}\.json$/;

/** The details folder's name: 8 hex digits of a SHA-256 over all its shards. */
export const HASHED_FOLDER_NAME = /^[0-9a-f]{8}$/;

/** A detail shard's name in that folder: its number (see `detailShardFile`). */
export const DETAIL_SHARD_NAME = /^\d+\.json$/;

export interface PartitionOutput {
  partitions: Partitions;
  /** File path (relative to the feed) → bytes. */
  files: Map<string, Buffer>;
}

/** The file of `records` in `folder`, named by its content, and its link. */
function hashedFile(folder: string, stem: string, records: readonly unknown[], files: Map<string, Buffer>): PartitionFile {
  const data = Buffer.concat(stableJsonParts(records));
  const digest = createHash('sha256').update(data).digest();
  const url = `${folder}/${stem}.${digest.toString('hex').slice(0, 8)}.json`;
  files.set(url, data);
  return { url, count: records.length, hash: `sha256-${digest.toString('base64')}`, bytes: data.length };
}

/** Puts each item into the lists of the partitions it belongs to, in the order of `keys`. */
function group<T>(keys: readonly PartitionKey[], items: readonly T[], partitionsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>(keys.map((key) => [key.id, []]));
  for (const item of items) for (const id of partitionsOf(item)) grouped.get(id)?.push(item);
  return grouped;
}

export interface PartitionInput {
  /** Sorted by id. */
  services: readonly Service[];
  areas: readonly Area[];
  /** Sorted by id. */
  availability: readonly AvailabilityObservation[];
  by: PartitionBy;
  /** True for a feed without an areas dataset: gemeenten then come from place names. */
  deriveGemeenten: boolean;
}

/** The partition files of a feed and the manifest's `partitions` that lists them. */
export function partitionFeed(input: PartitionInput): PartitionOutput {
  const files = new Map<string, Buffer>();
  const plan = planPartitions({ services: input.services, areas: input.areas, by: input.by, deriveGemeenten: input.deriveGemeenten });
  const noPartitions: readonly string[] = [];
  const cardsOf = group(plan.partitions, input.services, (service) => plan.partitionsOf.get(service.id) ?? noPartitions);
  const observationsOf = group(plan.partitions, input.availability, (observation) => plan.partitionsOf.get(observation.service_id) ?? noPartitions);

  const link = (folder: string, key: PartitionKey, records: readonly unknown[]): PartitionLink => ({
    id: key.id,
    scope: key.scope,
    area_ids: key.area_ids,
    ...hashedFile(folder, key.id, records, files),
  });
  const services = plan.partitions.map((key) => link('services', key, (cardsOf.get(key.id) ?? []).map(serviceCard)));
  const availability = plan.partitions.flatMap((key) => {
    const observations = observationsOf.get(key.id) ?? [];
    return observations.length > 0 ? [link('availability', key, observations)] : [];
  });

  const details = detailShardFiles(input.services, files);
  return { partitions: { by: input.by, services, ...(availability.length > 0 ? { availability } : {}), details }, files };
}

/**
 * The full records in shards, in a folder named by a hash over every shard: a changed
 * record gives the whole folder a new name, so each shard may be cached for good.
 */
function detailShardFiles(services: readonly Service[], files: Map<string, Buffer>): DetailShards {
  const shardCount = detailShardCount(services.length);
  const shards = Array.from({ length: shardCount }, (): Service[] => []);
  for (const service of services) shards[detailShardOf(service.id, shardCount)]!.push(service);
  const folderHash = createHash('sha256');
  const data = shards.map((records) => {
    const bytes = Buffer.concat(stableJsonParts(records));
    folderHash.update(createHash('sha256').update(bytes).digest());
    return bytes;
  });
  const url = `details/${folderHash.digest('hex').slice(0, 8)}/`;
  data.forEach((bytes, index) => files.set(`${url}${detailShardFile(index, shardCount)}`, bytes));
  return { url, shards: shardCount, count: services.length };
}
