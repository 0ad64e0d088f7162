import { createHash } from 'node:crypto';
import {
  detailShardFile,
  detailShardOf,
  NAME_HASH_DIGITS,
  serviceCard,
  type Area,
  type AvailabilityObservation,
  type DetailShards,
  type Organization,
  type PartitionBy,
  type PartitionFile,
  type PartitionLink,
  type Partitions,
  type Service,
} from '@wijkwijzer/schemas';
import { compactJson } from '../json.js';
import { planAreaPartitions } from './area-partitions.js';
import { detailShardCount, planPartitions, type PartitionKey } from './partition-plan.js';

/** The folders of a partitioned feed (contract 1.1), beside index.json and the full datasets. */
export const PARTITION_FOLDERS = ['services', 'availability', 'details', 'areas'] as const;

/** A partition file's name: the partition id, then NAME_HASH_DIGITS (8) hex digits of its SHA-256. */
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

/**
 * The file of `records` in `folder`, named by its content, and its link: the name's hash is
 * what readers check the file against, so the link carries none of its own.
 */
function hashedFile(folder: string, stem: string, records: readonly unknown[], files: Map<string, Buffer>): PartitionFile {
  const data = Buffer.from(compactJson(records));
  const url = `${folder}/${stem}.${createHash('sha256').update(data).digest('hex').slice(0, NAME_HASH_DIGITS)}.json`;
  files.set(url, data);
  return { url, count: records.length, bytes: data.length };
}

/** Puts each item into the lists of the partitions it belongs to, in the order of `keys`. */
function group<T>(keys: readonly PartitionKey[], items: readonly T[], partitionsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>(keys.map((key) => [key.id, []]));
  for (const item of items) for (const id of partitionsOf(item)) grouped.get(id)?.push(item);
  return grouped;
}

/**
 * Most services one partition file holds. A big city's services in one file (15,000 cards, ~900
 * KB brotli at national scale) would hold up a phone's first results for seconds; in parts, the
 * first part shows results while the others arrive.
 */
export const PART_SIZE = 1_000;

/**
 * How many services each part of a partition too large for one file holds. Smaller than PART_SIZE:
 * the first part arrives and is indexed sooner. Measured with `npm run bench:load` (mobile, medians
 * of 3, same machine): the largest gemeente of a national feed (15,734 services) showed its first
 * results after 2.81 s in parts of 400 against 3.79 s in parts of 1,000. Partitions that fit one
 * file stay whole: splitting every gemeente of more than 400 made a region page of 5,000 services
 * load twice the files (first results 3.67 s against 2.44 s).
 */
export const SPLIT_PART_SIZE = 400;

interface Part {
  key: PartitionKey;
  services: readonly Service[];
  observations: readonly AvailabilityObservation[];
}

/**
 * A partition of more than PART_SIZE services as ceil(n / SPLIT_PART_SIZE) parts `<id>.1`, `<id>.2`,
 * … with the same scope and areas. A service's part follows from its id (detailShardOf), so a
 * changed service changes one part's file, not every part's; its observations go with it.
 */
function splitLarge(key: PartitionKey, services: readonly Service[], observations: readonly AvailabilityObservation[]): Part[] {
  if (services.length <= PART_SIZE) return [{ key, services, observations }];
  const count = Math.ceil(services.length / SPLIT_PART_SIZE);
  const parts = Array.from({ length: count }, (_, index): Part & { services: Service[]; observations: AvailabilityObservation[] } => ({
    key: { ...key, id: `${key.id}.${index + 1}` },
    services: [],
    observations: [],
  }));
  for (const service of services) parts[detailShardOf(service.id, count)]!.services.push(service);
  for (const observation of observations) parts[detailShardOf(observation.service_id, count)]!.observations.push(observation);
  return parts.filter((part) => part.services.length > 0);
}

export interface PartitionInput {
  /** Sorted by id. */
  services: readonly Service[];
  /** For the organisation's name on each card (search finds a service by who provides it). */
  organizations: readonly Organization[];
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
  const parts = plan.partitions.flatMap((key) => splitLarge(key, cardsOf.get(key.id) ?? [], observationsOf.get(key.id) ?? []));
  const organizationNames = new Map(input.organizations.map((organization) => [organization.id, organization.name]));
  const cardOf = (service: Service): Service => {
    const name = organizationNames.get(service.organization_id);
    return serviceCard(name === undefined ? service : { ...service, organization_name: name });
  };
  const services = parts.map((part) => link('services', part.key, part.services.map(cardOf)));
  const availability = parts.flatMap((part) => (part.observations.length > 0 ? [link('availability', part.key, part.observations)] : []));

  const details = detailShardFiles(input.services, files);

  // Areas too, whenever the feed has them: a page about one gemeente then skips the country's wijken.
  const areaPlan = input.areas.length > 0 ? planAreaPartitions(input.areas) : undefined;
  const areas = areaPlan?.partitions.map((key) => link('areas', key, areaPlan.areasOf.get(key.id) ?? []));

  return { partitions: { by: input.by, services, ...(availability.length > 0 ? { availability } : {}), details, ...(areas ? { areas } : {}) }, files };
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
    const bytes = Buffer.from(compactJson(records));
    folderHash.update(createHash('sha256').update(bytes).digest());
    return bytes;
  });
  const url = `details/${folderHash.digest('hex').slice(0, 8)}/`;
  data.forEach((bytes, index) => files.set(`${url}${detailShardFile(index, shardCount)}`, bytes));
  return { url, shards: shardCount, count: services.length };
}
