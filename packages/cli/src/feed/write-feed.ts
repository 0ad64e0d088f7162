import type { Dirent } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  CONTRACT_VERSION,
  DATASET_NAMES,
  Manifest,
  validateWith,
  type DatasetLink,
  type DatasetName,
} from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { isObject, parseJson, stableJson } from '../json.js';
import { contentHash } from './hash.js';

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
export function composeManifest(meta: FeedMeta, generatedAt: string, links: Partial<Record<DatasetName, DatasetLink>>) {
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
  };
}

/**
 * Written into every feed folder we make, so a later run knows the folder is
 * ours to replace. Its text says so to anyone who finds it.
 */
export const FEED_MARKER = '.wijkwijzer-feed';
const MARKER_TEXT = 'This folder is a feed written by the wijkwijzer command; `wijkwijzer build` and `import` replace it as a whole.\n';

/** No manifest we write comes near this; a bigger index.json is someone else's. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * Whether an entry of an existing --out folder is one that `writeFeed` writes:
 * the manifest, the marker, a dataset file. Everything else belongs to someone
 * else and must never be deleted. New kinds of feed files are added here.
 */
export function isFeedEntry(entry: Dirent): boolean {
  if (!entry.isFile()) return false;
  return entry.name === 'index.json' || entry.name === FEED_MARKER || DATASET_NAMES.some((dataset) => entry.name === `${dataset}.json`);
}

/**
 * Whether `index.json` in `dir` has the shape of a manifest we wrote: how feeds
 * from before the marker are recognised. The shape only, not the full contract,
 * so a feed of an older contract version is still recognised.
 */
async function holdsOurManifest(dir: string): Promise<boolean> {
  const path = join(dir, 'index.json');
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_MANIFEST_BYTES) return false;
  const parsed = parseJson(await readFile(path, 'utf8'));
  if (!parsed.ok || !isObject(parsed.value)) return false;
  const { contract_version: version, region, datasets } = parsed.value;
  const names: readonly string[] = DATASET_NAMES;
  return typeof version === 'string' && isObject(region) && isObject(datasets) && Object.keys(datasets).every((name) => names.includes(name));
}

function refuse(outDir: string, reason: string): CliError {
  return new CliError(`refusing to replace ${outDir}: ${reason}; choose another --out or empty that folder`);
}

/**
 * Says whether `outDir` exists and may be replaced. Only an empty folder or a
 * feed we wrote may be: one that holds nothing but our files, and carries our
 * marker or (written before the marker) our manifest. Anything else is refused,
 * so `--out .` or a web site folder with an index.json is never wiped.
 */
async function assertReplaceable(outDir: string): Promise<boolean> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return false;
  if (!info.isDirectory()) throw new CliError(`${outDir} exists and is not a folder`);
  const entries = await readdir(outDir, { withFileTypes: true });
  if (entries.length === 0) return true;
  const foreign = entries.filter((entry) => !isFeedEntry(entry)).map((entry) => entry.name).sort();
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ');
    throw refuse(outDir, `it holds ${shown}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}, which Wijkwijzer did not write`);
  }
  const marked = entries.some((entry) => entry.name === FEED_MARKER);
  if (!marked && !(await holdsOurManifest(outDir))) throw refuse(outDir, 'it is not a feed written by Wijkwijzer');
  return true;
}

/**
 * Writes a feed: one sorted JSON file per dataset and an `index.json` that links
 * them with their count and hash. Everything goes into a temporary sibling folder
 * first and is renamed into place at the end, so a failure never leaves half a feed.
 */
export async function writeFeed(options: WriteFeedOptions): Promise<WrittenFeed> {
  const outDir = resolve(options.outDir);
  const links: Partial<Record<DatasetName, DatasetLink>> = {};
  const files = new Map<string, string>();
  for (const dataset of DATASET_NAMES) {
    const records = options.datasets[dataset];
    if (!records) continue;
    const text = stableJson([...records].sort(byId));
    const file = `${dataset}.json`;
    files.set(file, text);
    links[dataset] = { url: file, count: records.length, hash: await contentHash(text) };
  }
  const manifest = composeManifest(options.meta, options.generatedAt, links);
  const checked = validateWith(Manifest, manifest);
  if (!checked.ok) {
    const issue = checked.issues[0];
    throw new CliError(`the feed's manifest would be invalid: ${issue ? `${issue.path} ${issue.message}` : 'unknown reason'}`);
  }
  files.set('index.json', stableJson(manifest));
  files.set(FEED_MARKER, MARKER_TEXT);

  const exists = await assertReplaceable(outDir);
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.tmp-`));
  try {
    for (const [file, text] of files) await writeFile(join(staging, file), text);
    // mkdtemp makes a private (0700) folder; a feed is public and is read by web servers.
    await chmod(staging, 0o755);
    if (exists) {
      const previous = `${staging}.old`;
      await rename(outDir, previous);
      await rename(staging, outDir);
      await rm(previous, { recursive: true, force: true });
    } else {
      await rename(staging, outDir);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { outDir, manifest: checked.value };
}
