import type { DatasetLink, DatasetName, Manifest, PartitionFile } from '@wijkwijzer/schemas';
import { datasetItems, hashInName, hashMatches } from '@wijkwijzer/schemas/records';
import { FeedCache, sharedFeedCache } from '../cache/feed-cache.js';
import type { Loader, ReadOptions, ResourceEntry } from '../cache/resource-entry.js';
import { HttpStatusError, InvalidDatasetError, InvalidJsonError, InvalidManifestError } from '../errors.js';
import { fetchJson, type FetchJsonOptions, type FetchJsonResult, type FetchLike } from '../transport/fetch-json.js';
import { checkOrigin, type OriginPolicy } from '../transport/origins.js';
import { combineSignals } from '../transport/signals.js';
import { runInSlices } from '../time-slices.js';
import { emptyDataset, parseDatasetInSlices, type DatasetFile, type LoadedDataset, type SkippedRecord } from './dataset.js';
import { fileDownload, type CallProgress, type FileDownload } from './load-progress.js';
import { checkedManifest } from './manifest.js';
import type { DatasetCount, FeedReport, IntegrityMismatch } from './types.js';

export const DEFAULT_MAX_AGE_MS = 5 * 60_000;
export const DEFAULT_AVAILABILITY_MAX_AGE_MS = 60_000;

export interface FeedSettings {
  manifestUrl: string;
  /** The feed's origin and the ones the embedder allowed: nothing is fetched elsewhere. */
  origins: OriginPolicy;
  fetch: FetchLike | undefined;
  timeoutMs: number | undefined;
  retries: number | undefined;
  signal: AbortSignal | undefined;
  /** `shared`: page-wide cache with stale-while-revalidate; `private`: own copy, revalidated on every read. */
  cache: 'shared' | 'private';
  maxAgeMs: number;
  availabilityMaxAgeMs: number;
  clock: () => number;
}

/** Loads, validates and caches the files of one feed for one client, and reports on them. */
export interface Feed {
  manifest(signal?: AbortSignal): Promise<Manifest>;
  /**
   * A dataset's valid records; an empty dataset when the feed does not publish it.
   * `progress` hears its download, if the call has to wait for one.
   */
  dataset<D extends DatasetName>(name: D, signal?: AbortSignal, progress?: CallProgress): Promise<LoadedDataset<D>>;
  /**
   * A dataset that only adds to an answer (the services linked to a pathway, the taxonomy
   * behind a search): when it cannot be loaded, it is empty and the failure shows in
   * `report().lastError`. Aborts still abort.
   */
  datasetOrEmpty<D extends DatasetName>(name: D, signal?: AbortSignal, progress?: CallProgress): Promise<LoadedDataset<D>>;
  /**
   * One file of a partitioned feed (contract 1.1): a services or availability partition, or a
   * detail shard (`services` records). Cached, checked against its `count` and the hash its
   * name carries (a detail shard has neither) and reported like a dataset. `link.url` is absolute.
   */
  partition<D extends PartitionDataset>(name: D, link: FileLink, signal?: AbortSignal, progress?: CallProgress): Promise<LoadedDataset<D>>;
  report(): FeedReport;
  /** Resolves once no load or background refresh of this feed is in flight. */
  idle(): Promise<void>;
}

const MANIFEST_KEY = 'manifest';

/**
 * A file to read: a dataset link (its `hash` in the manifest), a partition file (its hash in
 * its name), or a detail shard, which has only its URL (its folder's name is its hash).
 */
export type FileLink = Pick<DatasetLink, 'url'> & Partial<Pick<DatasetLink, 'count' | 'hash'>>;

/** The datasets a 1.1 feed also publishes in parts. */
export type PartitionDataset = 'services' | 'availability' | 'areas';

/** A file this client has read: a whole dataset, or one part of it. */
interface ReadFile {
  name: DatasetName;
  partition: boolean;
}

export function createFeed(settings: FeedSettings): Feed {
  const { manifestUrl } = settings;
  const privateCache = settings.cache === 'private' ? new FeedCache() : undefined;
  const store = (): FeedCache => privateCache ?? sharedFeedCache(manifestUrl);
  /** Cache keys of the files this client has read, for its report. */
  const readKeys = new Map<string, ReadFile>();

  const request = (
    url: string,
    etag: string | undefined,
    signal: AbortSignal,
    extra: Pick<FetchJsonOptions, 'hash' | 'cache' | 'onProgress' | 'expectedBytes'> = {},
  ): Promise<FetchJsonResult> =>
    fetchJson(url, {
      fetch: settings.fetch,
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      etag,
      signal,
      origins: settings.origins,
      ...extra,
    }).then((result) => {
      // A 304 we did not ask for leaves us with nothing to show.
      if (result.status === 'not-modified' && etag === undefined) {
        throw new HttpStatusError({ url, status: 304, statusText: 'Not Modified' });
      }
      return result;
    });

  const readOptions = (maxAgeMs: number, signal: AbortSignal | undefined): ReadOptions => ({
    maxAgeMs,
    clock: settings.clock,
    signal,
    mode: settings.cache === 'shared' ? 'swr' : 'revalidate',
  });

  const loadManifest: Loader<Manifest> = async (etag, signal) => {
    let result: FetchJsonResult;
    try {
      result = await request(manifestUrl, etag, signal);
    } catch (error) {
      if (error instanceof InvalidJsonError) {
        throw new InvalidManifestError({ url: manifestUrl, issues: [], notJson: error.bodyStart, cause: error });
      }
      throw error;
    }
    if (result.status === 'not-modified') return result;
    return { status: 'fresh', value: await runInSlices(checkedManifest(result.body, manifestUrl), { signal }), etag: result.etag };
  };

  /** GETs a dataset file with the hash of its bytes; a body that is not JSON is an `InvalidDatasetError`. */
  const requestDataset = async (
    name: DatasetName,
    link: FileLink,
    etag: string | undefined,
    signal: AbortSignal,
    download: FileDownload,
    cache?: RequestCache,
  ): Promise<FetchJsonResult> => {
    const { url } = link;
    try {
      return await request(url, etag, signal, {
        hash: true,
        onProgress: download.report,
        expectedBytes: announcedBytes(link),
        ...(cache ? { cache } : {}),
      });
    } catch (error) {
      if (error instanceof InvalidJsonError) {
        throw new InvalidDatasetError({
          url,
          dataset: name,
          problem: `is not JSON (it starts with ${JSON.stringify(error.bodyStart)})`,
          cause: error,
        });
      }
      throw error;
    }
  };

  /**
   * Loads a dataset and checks it against the manifest's `count` and `hash`. A file that
   * does not match (often an old copy in some HTTP cache) is asked for once more past
   * every cache; if it still does not match, it is used anyway and the report says so.
   */
  const datasetLoader =
    <D extends DatasetName>(name: D, link: FileLink, key: string, download: FileDownload): Loader<LoadedDataset<D>> =>
    async (etag, signal) => {
      let result: FetchJsonResult;
      try {
        result = await requestDataset(name, link, etag, signal, download);
        const held = store().find<LoadedDataset<D>>(key)?.peek()?.file;
        const file = result.status === 'fresh' ? fileOf(result) : held;
        if (file && integrityMismatch(link, file)) {
          try {
            result = await requestDataset(name, link, undefined, signal, download, 'no-store');
          } catch (error) {
            if (signal.aborted) throw error;
            // The first answer is all we have: it is used, and the report shows the mismatch.
          }
        }
      } finally {
        download.end();
      }
      if (result.status === 'not-modified') return result;
      // In slices, so validating a large file never blocks the page.
      const value = await parseDatasetInSlices(name, result.body, link.url, fileOf(result).hash, { signal });
      return { status: 'fresh', value, etag: result.etag };
    };

  /** Runs `work` with the client's signal and the call's signal combined. */
  const withSignal = async <T>(signal: AbortSignal | undefined, work: (signal?: AbortSignal) => Promise<T>): Promise<T> => {
    if (!settings.signal) return work(signal);
    const combined = combineSignals(settings.signal, signal);
    try {
      return await work(combined.signal);
    } finally {
      combined.dispose();
    }
  };

  const maxAgeOf = (name: DatasetName): number =>
    name === 'availability' ? settings.availabilityMaxAgeMs : settings.maxAgeMs;

  const manifest = (signal?: AbortSignal): Promise<Manifest> =>
    withSignal(signal, async (combined) => {
      const entry = store().entry<Manifest>(MANIFEST_KEY);
      return (await entry.read(loadManifest, readOptions(settings.maxAgeMs, combined))).value;
    });

  /** Reads one dataset file through the cache; `signal` is already combined with the client's. */
  const readFile = async <D extends DatasetName>(
    name: D,
    link: FileLink,
    partition: boolean,
    signal: AbortSignal | undefined,
    progress: CallProgress | undefined,
  ): Promise<LoadedDataset<D>> => {
    // Before the cache too: another client of the page may have allowed what this one does not.
    checkOrigin(settings.origins, link.url);
    const key = `${partition ? 'partition' : 'dataset'}:${name}:${link.url}`;
    readKeys.set(key, { name, partition });
    const entry = store().entry<LoadedDataset<D>>(key);
    const download = fileDownload(entry);
    const file = progress?.file();
    const stop = file ? download.watch(file.update) : undefined;
    try {
      return (await entry.read(datasetLoader(name, link, key, download), readOptions(maxAgeOf(name), signal))).value;
    } finally {
      stop?.();
      file?.finish();
    }
  };

  const dataset = <D extends DatasetName>(name: D, signal?: AbortSignal, progress?: CallProgress): Promise<LoadedDataset<D>> =>
    withSignal(signal, async (combined) => {
      const link = (await manifest(combined)).datasets[name];
      if (link === undefined) return emptyDataset(name);
      return readFile(name, link, false, combined, progress);
    });

  const partition = <D extends PartitionDataset>(
    name: D,
    link: FileLink,
    signal?: AbortSignal,
    progress?: CallProgress,
  ): Promise<LoadedDataset<D>> => withSignal(signal, (combined) => readFile(name, link, true, combined, progress));

  const datasetOrEmpty = async <D extends DatasetName>(
    name: D,
    signal?: AbortSignal,
    progress?: CallProgress,
  ): Promise<LoadedDataset<D>> => {
    try {
      return await dataset(name, signal, progress);
    } catch (error) {
      if (signal?.aborted || settings.signal?.aborted) throw error;
      return emptyDataset(name);
    }
  };

  const report = (): FeedReport => {
    const cache = store();
    const now = settings.clock();
    const skipped: SkippedRecord[] = [];
    let skippedTotal = 0;
    const counts: Partial<Record<DatasetName, DatasetCount>> = {};
    const partitions: FeedReport['partitions'] = {};
    const integrity: IntegrityMismatch[] = [];
    const manifestEntry = cache.find<Manifest>(MANIFEST_KEY);
    const manifestNow = manifestEntry?.peek();
    const links = manifestNow?.datasets ?? {};
    const partitionLinks = partitionLinksByUrl(manifestNow);
    const entries = [{ entry: manifestEntry as ResourceEntry<unknown> | undefined, maxAgeMs: settings.maxAgeMs }];
    for (const [key, { name, partition }] of readKeys) {
      const entry = cache.find<LoadedDataset<DatasetName>>(key);
      entries.push({ entry, maxAgeMs: maxAgeOf(name) });
      const loaded = entry?.peek();
      if (!loaded) continue;
      skipped.push(...loaded.skipped.examples);
      skippedTotal += loaded.skipped.total;
      if (partition) {
        const sum = partitions[name] ?? { files: 0, loaded: 0, skipped: 0 };
        partitions[name] = { files: sum.files + 1, loaded: sum.loaded + loaded.records.length, skipped: sum.skipped + loaded.skipped.total };
      } else {
        counts[name] = { loaded: loaded.records.length, skipped: loaded.skipped.total, skippedByPath: loaded.skipped.byPath };
      }
      const link: FileLink | undefined = partition ? partitionLinks.get(loaded.url) : links[name];
      const expected = link && expectedOf(link);
      if (link && expected && loaded.file && link.url === loaded.url && integrityMismatch(link, loaded.file)) {
        integrity.push({ dataset: name, url: loaded.url, expected, actual: loaded.file });
      }
    }
    let stale = integrity.length > 0;
    let lastError: Error | undefined;
    for (const { entry, maxAgeMs } of entries) {
      if (!entry) continue;
      // A private cache checks before every answer: only a failed check makes it stale.
      if (entry.hasValue && (settings.cache === 'shared' ? entry.isStale(now, maxAgeMs) : entry.lastError !== undefined)) {
        stale = true;
      }
      if (lastError === undefined && entry.lastError !== undefined) lastError = toError(entry.lastError);
    }
    return { skipped, skippedTotal, counts, partitions, integrity, stale, ...(lastError ? { lastError } : {}) };
  };

  return { manifest, dataset, datasetOrEmpty, partition, report, idle: () => store().idle() };
}

const linksByUrl = new WeakMap<Manifest, ReadonlyMap<string, PartitionFile>>();

/**
 * Every file of a manifest's partitions, by its (absolute) URL. Kept per manifest: a national
 * one lists some 2,000 files, and the finder asks whether the feed is stale after every search.
 */
function partitionLinksByUrl(manifest: Manifest | undefined): ReadonlyMap<string, PartitionFile> {
  const parts = manifest?.partitions;
  if (!manifest || !parts) return new Map();
  let byUrl = linksByUrl.get(manifest);
  if (!byUrl) {
    byUrl = new Map([...parts.services, ...(parts.availability ?? []), ...(parts.areas ?? [])].map((file) => [file.url, file]));
    linksByUrl.set(manifest, byUrl);
  }
  return byUrl;
}

/** The decoded size a manifest announces for a file (`bytes`, from contract 1.1 on), when it is usable. */
function announcedBytes(link: FileLink): number | undefined {
  const { bytes } = link as { bytes?: unknown };
  return typeof bytes === 'number' && Number.isSafeInteger(bytes) && bytes >= 0 ? bytes : undefined;
}

/** The count and hash of a fresh dataset answer (fetched with `hash: true`). */
function fileOf(result: { body: unknown; hash?: string | undefined }): DatasetFile {
  return { count: datasetItems(result.body)?.length ?? 0, hash: result.hash ?? '' };
}

/**
 * The count and hash a file must have: a dataset's `hash` from the manifest, a partition
 * file's from its name (hex digits); none for a file with neither (a detail shard).
 */
function expectedOf(link: FileLink): { count: number; hash: string } | undefined {
  const hash = link.hash ?? hashInName(link.url);
  return hash === undefined || link.count === undefined ? undefined : { count: link.count, hash };
}

/** True when a file is not what the manifest announced; a file announced without a hash never is. */
function integrityMismatch(link: FileLink, file: DatasetFile): boolean {
  const expected = expectedOf(link);
  return expected !== undefined && (file.count !== expected.count || !hashMatches(expected.hash, file.hash));
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
