import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  CONTRACT_VERSION,
  DATASET_NAMES,
  Manifest,
  validateWith,
  type Area,
  type AvailabilityObservation,
  type DatasetLink,
  type DatasetName,
  type Organization,
  type PartitionBy,
  type Partitions,
  type Service,
} from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { FEED_FOLDER, replaceFolder } from './feed-folder.js';
import { recordPerLineJson } from '../json.js';
import { compressedCopies } from './compress.js';
import { partitionFeed } from './partition-files.js';
import { contentHashOfParts, stableJsonParts } from './json-parts.js';

/** What a feed says about itself, apart from what the writer computes (version, date, links). */
export interface FeedMeta {
  region: { id: string; name: string };
  publisher: { name: string; url?: string; email?: string };
  license: string;
  sample: boolean;
  title?: string;
  description?: string;
}

export interface WriteFeedOptions {
  outDir: string;
  meta: FeedMeta;
  generatedAt: string;
  /** Records per dataset; every dataset given gets a file, even an empty one. */
  datasets: Partial<Record<DatasetName, readonly { id: string }[]>>;
  /** The area type of the local partitions; gemeente unless a big city is split by wijk. */
  partitionBy?: PartitionBy;
}

export interface WrittenFeed {
  outDir: string;
  manifest: Manifest;
}

/** Sorts by id with a plain code-unit comparison: locale-aware sorting could differ between machines. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The manifest in a fixed key order, so equal input gives equal bytes. */
export function composeManifest(
  meta: FeedMeta,
  generatedAt: string,
  links: Partial<Record<DatasetName, DatasetLink>>,
  partitions?: Partitions,
) {
  return {
    contract_version: CONTRACT_VERSION,
    region: { id: meta.region.id, name: meta.region.name },
    publisher: {
      name: meta.publisher.name,
      ...(meta.publisher.url === undefined ? {} : { url: meta.publisher.url }),
      ...(meta.publisher.email === undefined ? {} : { email: meta.publisher.email }),
    },
    license: meta.license,
    generated_at: generatedAt,
    sample: meta.sample,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(meta.description === undefined ? {} : { description: meta.description }),
    datasets: links,
    ...(partitions === undefined ? {} : { partitions }),
  };
}

/** How many files are compressed at once: zlib works on libuv's threads, four by default. */
const PARALLEL_WRITES = 4;

/** Writes each file and its `.gz` and `.br` copies into `dir`. */
async function writeFilesWithCopies(dir: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  for (const folder of new Set([...files.keys()].map(dirname))) await mkdir(join(dir, folder), { recursive: true });
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [file, data] = next;
      const { gz, br } = await compressedCopies(data, { onDemand: file.startsWith('details/'), first: file === 'index.json' });
      await writeFile(join(dir, file), data);
      await writeFile(join(dir, `${file}.gz`), gz);
      await writeFile(join(dir, `${file}.br`), br);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
}

/**
 * Writes a feed: one sorted JSON file per dataset and an `index.json` that links
 * them with their count and hash; with services, also the partitions of contract 1.1
 * (cards by area, availability alongside, detail shards). Every file gets `.gz` and
 * `.br` copies beside it. Everything goes into a temporary sibling folder
 * first and is renamed into place at the end, so a failure never leaves half a feed.
 */
export async function writeFeed(options: WriteFeedOptions): Promise<WrittenFeed> {
  const outDir = resolve(options.outDir);
  const links: Partial<Record<DatasetName, DatasetLink>> = {};
  // Texts in parts (one per record): a national-scale dataset is longer than a string can be.
  const files = new Map<string, Buffer>();
  for (const dataset of DATASET_NAMES) {
    const records = options.datasets[dataset];
    if (!records) continue;
    const parts = stableJsonParts([...records].sort(byId));
    const file = `${dataset}.json`;
    files.set(file, Buffer.concat(parts));
    links[dataset] = { url: file, count: records.length, hash: contentHashOfParts(parts) };
  }
  let partitions: Partitions | undefined;
  const services = options.datasets.services;
  if (services) {
    // The records were checked against the contract before they came here.
    const partitioned = partitionFeed({
      services: [...services].sort(byId) as Service[],
      areas: (options.datasets.areas ?? []) as Area[],
      organizations: (options.datasets.organizations ?? []) as Organization[],
      availability: [...(options.datasets.availability ?? [])].sort(byId) as AvailabilityObservation[],
      by: options.partitionBy ?? 'gemeente',
      deriveGemeenten: options.datasets.areas === undefined,
    });
    partitions = partitioned.partitions;
    for (const [file, text] of partitioned.files) files.set(file, text);
  }
  const manifest = composeManifest(options.meta, options.generatedAt, links, partitions);
  const checked = validateWith(Manifest, manifest);
  if (!checked.ok) {
    const issue = checked.issues[0];
    throw new CliError(`the feed's manifest would be invalid: ${issue ? `${issue.path} ${issue.message}` : 'unknown reason'}`);
  }
  files.set('index.json', Buffer.from(recordPerLineJson(manifest)));

  await replaceFolder(outDir, FEED_FOLDER, (staging) => writeFilesWithCopies(staging, files));
  return { outDir, manifest: checked.value };
}
