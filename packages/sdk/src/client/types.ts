import type {
  Area,
  AvailabilityObservation,
  DatasetName,
  Manifest,
  Norm,
  Organization,
  Pathway,
  PathwayStep,
  PostcodeArea,
  Service,
  TaxonomyKind,
  TaxonomyTerm,
} from '@wijkwijzer/schemas';
import type { AreaRequest, AreaResolution } from '../areas/resolve-area.js';
import type { AvailabilityStatus } from '../availability/index.js';
import type { Lang } from '../lang.js';
import type { SearchHit, SearchOptions, SearchResults } from '../search/index.js';
import type { FetchLike, LoadProgress } from '../transport/fetch-json.js';
import type { SkippedRecord } from './dataset.js';

export type { FetchLike, LoadProgress } from '../transport/fetch-json.js';
export type { SkippedRecord } from './dataset.js';

export interface CacheOptions {
  /** How long a loaded file counts as fresh, in ms. Default 5 minutes. */
  maxAgeMs?: number;
  /** Max-age of the availability dataset, which changes often. Default 1 minute (or `maxAgeMs` if shorter). */
  availabilityMaxAgeMs?: number;
}

export interface ClientOptions {
  /**
   * The feed's `index.json`. A URL ending in `/` means the feed's folder. In a browser a
   * relative URL is resolved against the page.
   */
  feedUrl: string | URL;
  /** The `fetch` to use; defaults to `globalThis.fetch` (looked up at each request). */
  fetch?: FetchLike;
  /**
   * The longest silence allowed in one request attempt, in ms: waiting for the server's
   * answer, and then between two chunks of the file. A slow download that keeps
   * arriving is never cut off, however long it takes. Default 10 000.
   */
  timeoutMs?: number;
  /** Extra attempts on network errors, timeouts, 5xx and 429. Default 2. */
  retries?: number;
  /** Aborts every call of this client (for example when a widget is removed from the page). */
  signal?: AbortSignal;
  /**
   * The page-wide cache (default): one copy and one request per file for every client of
   * the same feed, stale-while-revalidate after max-age. `false`: this client keeps its own
   * copy and checks with the server (a conditional request) before every answer.
   * Shared loads use the `fetch`, `timeoutMs` and `retries` of the client that started them.
   */
  cache?: CacheOptions | false;
  /** The clock for cache ages and availability status; defaults to the real time. */
  now?: () => Date;
  /**
   * Origins besides the feed's own that the client may fetch from, e.g.
   * `['https://cdn.example.nl']`. A client fetches only from the origin of `feedUrl`:
   * a dataset URL elsewhere, or a redirect elsewhere, fails with `ForeignOriginError`
   * unless its origin is listed here. Each entry is read as `new URL(entry).origin`.
   */
  allowedOrigins?: readonly string[];
}

/** Options every resource method accepts. */
export interface CallOptions {
  /** Aborts this call only; a request other callers also wait for goes on for them. */
  signal?: AbortSignal;
  /**
   * Hears how much of the data this call waits for has arrived, for a progress bar: once
   * a download's headers are in and after every chunk. `loaded` is summed over the dataset
   * files the call downloads (bytes as decoded, after gzip or br), `total` too while every
   * one of their sizes is known: from the manifest's `bytes`, else from the Content-Length
   * of an answer that is not compressed. `total` can grow when the call starts another
   * file, and a retried file counts again from 0. Files already in the cache, and the
   * manifest, are not counted: a call that downloads nothing never calls it.
   */
  onProgress?: (progress: LoadProgress) => void;
}

export interface DatasetCount {
  /** Valid records available. */
  loaded: number;
  /** Records left out (invalid or duplicate ids), all of them. */
  skipped: number;
  /**
   * Records left out per issue path, list positions written `*` (`{ "phones.*.number": 1200 }`).
   * A record with problems at two paths counts under both, so these may add up to more than `skipped`.
   */
  skippedByPath: Readonly<Record<string, number>>;
}

export interface PartitionCount {
  /** Partition files read. */
  files: number;
  /** Valid records in them. */
  loaded: number;
  /** Records left out of them. */
  skipped: number;
}

/** A dataset file (or partition file) that is not what the manifest says, even when asked for past every HTTP cache. */
export interface IntegrityMismatch {
  dataset: DatasetName;
  url: string;
  /** The manifest's `count` and `hash`. */
  expected: { count: number; hash: string };
  /** The file's entries (valid or not) and the `sha256-<base64>` of its exact bytes. */
  actual: { count: number; hash: string };
}

/**
 * What this client has loaded and how healthy it is: which records were left out and
 * why, how many were kept per dataset, whether files match the manifest, and whether the
 * data is stale. Its size is bounded: records left out are counted, and only the first
 * few of each kind are kept as examples.
 */
export interface FeedReport {
  /**
   * Examples of records left out: per dataset, the first 50 with an issue at each path
   * (see `counts[dataset].skippedByPath`), in file order. `skippedTotal` counts them all.
   */
  skipped: SkippedRecord[];
  /** Every record left out, across the datasets read. */
  skippedTotal: number;
  /** Per dataset this client has read so far (the whole file). */
  counts: Partial<Record<DatasetName, DatasetCount>>;
  /**
   * Per dataset, the files of a partitioned feed (contract 1.1) this client has read: area
   * partitions and, under `services`, detail shards. A service in two partitions counts twice.
   */
  partitions: Partial<Record<DatasetName, PartitionCount>>;
  /**
   * Datasets whose file does not match the manifest's `count` or `hash` (after one more
   * request past the caches). Their records are used anyway, and `stale` is true.
   */
  integrity: IntegrityMismatch[];
  /**
   * True when any file this client has read is older than its max-age, or the last
   * attempt to refresh it failed (the feed is down and the last good data is served),
   * or a dataset does not match the manifest.
   */
  stale: boolean;
  /**
   * A load or refresh failure not yet cured by a later success (the manifest's first, then
   * the datasets' in the order they were read); usually a `WijkwijzerError`.
   */
  lastError?: Error;
}

export interface TaxonomyListOptions extends CallOptions {
  kind?: TaxonomyKind;
}

/** Options of calls that can read a partitioned feed (contract 1.1) by area. */
export interface AreaOptions extends CallOptions {
  /**
   * Area ids (`gm-utrecht`, `wk-utrecht-overvecht`, …). On a partitioned feed only the
   * partitions for these areas are loaded; on a 1.0 feed the whole dataset is, as always.
   */
  area?: string | readonly string[];
}

export interface AvailabilityOptions extends AreaOptions {
  /** The moment to judge staleness at; defaults to the client's clock. */
  now?: Date;
  /** Language of the status words. Default 'nl'. */
  lang?: Lang;
}

/** An observation with the norm it is compared to (when the feed has it) and its status. */
export type ObservationWithStatus = AvailabilityObservation & {
  norm?: Norm;
  status: AvailabilityStatus;
};

/**
 * The results so far of a search whose data is still arriving in parts, in the shape of the
 * method called: `searchWithHelp` updates carry `help`; `search` updates have the acute lines
 * among the `hits`. Bytes, finer grained, come through `onProgress`.
 */
export interface SearchUpdate extends SearchResults {
  /** Partition files loaded so far, of `filesTotal`. */
  files: number;
  filesTotal: number;
}

/**
 * Search options (filters, limit, lang, now) plus a signal for the loading. On a
 * partitioned feed (contract 1.1) the `area` filter also chooses what is loaded: the
 * partitions of that area only; without it, the whole region, in parts.
 */
export type ServiceSearchOptions = SearchOptions &
  CallOptions & {
    /**
     * Called with the results so far each time more of a partitioned feed has arrived,
     * before the search resolves with the results over all of it. Not called on a 1.0 feed
     * (it arrives in one file) or when everything needed was loaded already.
     */
    onUpdate?: (update: SearchUpdate) => void;
  };

export type ResolvedPathwayStep = PathwayStep & {
  /** The step's `service_ids`, resolved; ids of services not in the feed are left out. */
  services: Service[];
};

// An interface that extends, not `Omit<>`: the contract's loose objects carry an index
// signature, and Omit over one turns every known field into `unknown`.
export interface ResolvedPathway extends Pathway {
  steps: ResolvedPathwayStep[];
  /**
   * Every service linked to the pathway: its `service_ids` first, then those of its
   * steps, each once; ids of services not in the feed are left out.
   */
  services: Service[];
}

export interface AreasResource {
  /**
   * Every area; with `area`, on a feed that publishes its areas in partitions (contract 1.1),
   * the areas a page about those areas needs: the areas in no gemeente (regio's, subregio's,
   * gemeenten, werkgebieden) and the areas inside the gemeenten they relate to (its own
   * wijken, buurten and kernen; for a subregio, those of its gemeenten). For an area only
   * the whole list holds (a wijk id), and on a 1.0 feed, every area.
   */
  list(options?: AreaOptions): Promise<readonly Area[]>;
  get(id: string, options?: CallOptions): Promise<Area | undefined>;
  /** Areas lying in `id`, at any depth, nearest first. */
  descendants(id: string, options?: CallOptions): Promise<Area[]>;
  /** Areas `id` lies in, at any depth, nearest first. */
  ancestors(id: string, options?: CallOptions): Promise<Area[]>;
  /**
   * The one area a page asks for by `gemeente`, `wijk` or `area` (names or ids, as a web team
   * writes them; see `resolveArea`), read from the areas a page about it needs: on a feed with
   * area partitions the frame and the gemeente's file, guessed from the request (`areaHint`).
   */
  resolve(request: AreaRequest, options?: CallOptions): Promise<AreaResolution>;
}

export interface TaxonomyResource {
  list(options?: TaxonomyListOptions): Promise<readonly TaxonomyTerm[]>;
  get(id: string, options?: CallOptions): Promise<TaxonomyTerm | undefined>;
}

export interface OrganizationsResource {
  list(options?: CallOptions): Promise<readonly Organization[]>;
  get(id: string, options?: CallOptions): Promise<Organization | undefined>;
}

export interface PathwaysResource {
  list(options?: CallOptions): Promise<readonly Pathway[]>;
  /** The pathway with its linked services resolved, or undefined when there is none with this id. */
  get(id: string, options?: CallOptions): Promise<ResolvedPathway | undefined>;
}

export interface PostcodesResource {
  /** Every postcode area of the feed; empty for a feed without a `postcodes` dataset. */
  list(options?: CallOptions): Promise<readonly PostcodeArea[]>;
}

export interface NormsResource {
  list(options?: CallOptions): Promise<readonly Norm[]>;
  get(id: string, options?: CallOptions): Promise<Norm | undefined>;
}

export interface AvailabilityResource {
  /**
   * Every valid observation, as published; with `area`, on a partitioned feed, those of
   * the availability partitions for that area.
   */
  list(options?: AreaOptions): Promise<readonly AvailabilityObservation[]>;
  /**
   * The observations of one service, each with its norm and its status ("ongeveer 9 weken; Treeknorm 4 weken…").
   * On a partitioned feed only the availability partitions holding the service are loaded:
   * those of `area` when given, else those of the areas in its detail record.
   */
  forService(serviceId: string, options?: AvailabilityOptions): Promise<ObservationWithStatus[]>;
}

export interface ServicesResource {
  /** Every valid service, full records, from the whole services dataset. */
  list(options?: CallOptions): Promise<readonly Service[]>;
  /** One service's full record; on a partitioned feed from its detail shard only. */
  get(id: string, options?: CallOptions): Promise<Service | undefined>;
  /**
   * One service as its card (name, phones, hours, needs: what results show) when a search has
   * loaded a partition holding it, without any download; else its full record, as `get`. For
   * what a result shows beside the service, such as its waiting-time badge: a page of results
   * then reads no detail shards.
   */
  card(id: string, options?: CallOptions): Promise<Service | undefined>;
  /**
   * Searches the loaded services on this device (the query is never sent anywhere).
   * On a partitioned feed (contract 1.1) it searches service cards: the partitions of the
   * `area` filter, or without one every partition, with `onUpdate` showing results as they
   * arrive. A hit's `service` is then a card; `get(id)` gives the full record.
   * The index is built on first search and reused until the data changes. The feed's
   * taxonomy and areas are used when they load; without them search still works, with
   * fewer synonyms and area links. Without an `area`, the answers while parts arrive come
   * before the region's areas are read (at national scale a large file): only the final
   * answer matches place names such as a wijk's. Returns the ranked hits (at most `limit`) and, apart
   * from them, the national help lines when the query mentions a crisis: `help.tier` says
   * whether to show them first (`acute`) or quietly after the results (`informational`).
   * Only the query's first `MAX_QUERY_LENGTH` (200) characters are read, and at most
   * `MAX_QUERY_WORDS` (32) words of them matched. Rejects with `InvalidOptionsError` when the
   * query is not a string.
   */
  searchWithHelp(query: string, options?: ServiceSearchOptions): Promise<SearchResults>;
  /**
   * The same search as one list: the help lines of an acute crisis first (`crisis: true`,
   * not counted in `limit`), then the ranked hits. Kept for existing callers; prefer
   * `searchWithHelp`, where help lines never take the place of a result.
   */
  search(query: string, options?: ServiceSearchOptions): Promise<SearchHit[]>;
  /**
   * Loads what a search about `area` needs (on a partitioned feed that area's partitions;
   * else the services dataset), with the taxonomy, areas and search engine, and builds the
   * index, without searching. A page calls it as soon as it knows its area, so that data is
   * on its way while the page still reads its filters; the first search then answers from it.
   */
  prepare(options?: Pick<ServiceSearchOptions, 'area' | 'signal' | 'onProgress'>): Promise<void>;
}

/** Re-exported for resources that return raw observations. */
export type { AvailabilityObservation, Manifest };
