import type { Dirent } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DATASET_NAMES } from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { isObject, parseJson } from '../json.js';
import { COMPRESSED_SUFFIXES } from './compress.js';
import { DETAIL_SHARD_NAME, HASHED_FILE_NAME, HASHED_FOLDER_NAME, PARTITION_FOLDERS } from './partition-files.js';

/**
 * Written into every feed folder we make, so a later run knows the folder is
 * ours to replace. Its text says so to anyone who finds it.
 */
const FEED_MARKER = '.wijkwijzer-feed';
const MARKER_TEXT = 'This folder is a feed written by the wijkwijzer command; `wijkwijzer build` and `import` replace it as a whole.\n';

/** No manifest we write comes near this; a bigger index.json is someone else's. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** A file name without the `.gz` or `.br` of a precompressed copy. */
function uncompressedName(name: string): string {
  const suffix = COMPRESSED_SUFFIXES.find((candidate) => name.endsWith(candidate));
  return suffix === undefined ? name : name.slice(0, -suffix.length);
}

/**
 * Whether an entry of an existing --out folder is one that `writeFeed` writes:
 * the manifest, the marker, a dataset file, their `.gz` and `.br` copies, or a
 * partition folder (checked by `holdsOnlyPartitionFiles`). Everything else belongs
 * to someone else and must never be deleted. New kinds of feed files are added here.
 */
export function isFeedEntry(entry: Dirent): boolean {
  if (entry.isDirectory()) return (PARTITION_FOLDERS as readonly string[]).includes(entry.name);
  if (!entry.isFile()) return false;
  if (entry.name === FEED_MARKER) return true;
  const name = uncompressedName(entry.name);
  return name === 'index.json' || DATASET_NAMES.some((dataset) => name === `${dataset}.json`);
}

/** Whether every entry of `folder` is a file whose name (without `.gz` or `.br`) matches `name`. */
async function holdsOnlyFilesNamed(folder: string, name: RegExp): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.every((entry) => entry.isFile() && name.test(uncompressedName(entry.name)));
}

/**
 * Whether a partition folder holds nothing but content-hashed files and their copies;
 * `details/` holds content-hashed folders of numbered shards.
 */
async function holdsOnlyPartitionFiles(folder: string, kind: string): Promise<boolean> {
  if (kind !== 'details') return holdsOnlyFilesNamed(folder, HASHED_FILE_NAME);
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const ours = entry.isDirectory() && HASHED_FOLDER_NAME.test(entry.name) && (await holdsOnlyFilesNamed(join(folder, entry.name), DETAIL_SHARD_NAME));
    if (!ours) return false;
  }
  return true;
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

/** A kind of folder a command writes as a whole, and how to know one of ours when it is there. */
export interface OwnedFolder {
  /** A file written into every such folder, so a later run knows the folder is ours to replace. */
  marker: string;
  /** The marker's text, saying so to anyone who finds it. */
  markerText: string;
  /** What the folder is, for the refusal: "a feed", "an HSDS export". */
  what: string;
  /** Whether an entry of the folder is one the command writes (anything else belongs to someone else). */
  isOurs(entry: Dirent, dir: string): Promise<boolean>;
  /** Recognises such a folder written before it had a marker. */
  unmarkedButOurs?(dir: string): Promise<boolean>;
}

/** A feed, as `build`, `import` and `synthetic` write it. */
export const FEED_FOLDER: OwnedFolder = {
  marker: FEED_MARKER,
  markerText: MARKER_TEXT,
  what: 'a feed',
  isOurs: async (entry, dir) => isFeedEntry(entry) && (!entry.isDirectory() || (await holdsOnlyPartitionFiles(join(dir, entry.name), entry.name))),
  unmarkedButOurs: holdsOurManifest,
};

/**
 * Says whether `outDir` exists and may be replaced. Only an empty folder or one of ours may be:
 * one that holds nothing but what the command writes, and carries its marker (or, written before
 * the marker, is recognised otherwise). Anything else is refused, so `--out .` or a web site
 * folder with an index.json is never wiped.
 */
export async function assertReplaceable(outDir: string, kind: OwnedFolder = FEED_FOLDER): Promise<boolean> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return false;
  if (!info.isDirectory()) throw new CliError(`${outDir} exists and is not a folder`);
  const entries = await readdir(outDir, { withFileTypes: true });
  if (entries.length === 0) return true;
  const foreign: string[] = [];
  for (const entry of entries) {
    if (!(await kind.isOurs(entry, outDir))) foreign.push(entry.name);
  }
  foreign.sort();
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ');
    throw refuse(outDir, `it holds ${shown}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}, which Wijkwijzer did not write`);
  }
  const marked = entries.some((entry) => entry.name === kind.marker);
  if (!marked && !(await kind.unmarkedButOurs?.(outDir))) throw refuse(outDir, `it is not ${kind.what} written by Wijkwijzer`);
  return true;
}

/**
 * Replaces `outDir` with what `write` puts into a temporary sibling folder, renamed into place
 * at the end with the marker in it, so a failure never leaves half a folder. Refuses a folder
 * that is not empty and not ours (see assertReplaceable).
 */
export async function replaceFolder(outDir: string, kind: OwnedFolder, write: (staging: string) => Promise<void>): Promise<void> {
  const exists = await assertReplaceable(outDir, kind);
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.tmp-`));
  try {
    await write(staging);
    // mkdtemp makes a private (0700) folder; what we write is public and read by web servers.
    await chmod(staging, 0o755);
    await writeFile(join(staging, kind.marker), kind.markerText);
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
}
