import type { DatasetName, Manifest } from '@wijkwijzer/schemas';
import { InvalidOptionsError } from '../errors.js';
import { normalizeOrigin, originPolicy } from '../transport/origins.js';
import { areaGraph } from './area-graph-cache.js';
import type { LoadedDataset } from './dataset.js';
import { createFeed, DEFAULT_AVAILABILITY_MAX_AGE_MS, DEFAULT_MAX_AGE_MS, type FeedSettings } from './feed.js';
import { resolveManifestUrl } from './feed-url.js';
import { resolvePathway } from './pathways.js';
import type { SearchIndex, SearchOptions } from '../search/index.js';
import type {
  AreasResource,
  AvailabilityResource,
  CallOptions,
  ClientOptions,
  FeedReport,
  NormsResource,
  OrganizationsResource,
  PathwaysResource,
  ServiceSearchOptions,
  ServicesResource,
  TaxonomyResource,
} from './types.js';

/**
 * A typed client for one Wijkwijzer feed.
 *
 * Results are the records themselves (read-only arrays shared with every client of the
 * feed on the page), not wrapped in envelopes: freshness is asked separately, with
 * `isStale()` or `report().stale`. A read after max-age answers at once with the cached
 * data and refreshes it in the background; `idle()` resolves when that refresh is done.
 */
export interface WijkwijzerClient {
  /** The absolute URL of the feed's `index.json`; the key of the page-wide cache. */
  readonly feedUrl: string;
  /** The validated manifest, with dataset URLs made absolute. */
  manifest(options?: CallOptions): Promise<Manifest>;
  readonly areas: AreasResource;
  readonly taxonomy: TaxonomyResource;
  readonly organizations: OrganizationsResource;
  readonly services: ServicesResource;
  readonly pathways: PathwaysResource;
  readonly norms: NormsResource;
  readonly availability: AvailabilityResource;
  /** Skipped records, counts per dataset, staleness and the last failure. */
  report(): FeedReport;
  /** True when data this client has read is past its max-age or could not be refreshed. */
  isStale(): boolean;
  /** Resolves once no load or background refresh of this feed is in flight. */
  idle(): Promise<void>;
}

/** Creates a client for the feed at `options.feedUrl`. Nothing is fetched until a method is called. */
export function createClient(options: ClientOptions): WijkwijzerClient {
  const settings = settingsFrom(options);
  const feed = createFeed(settings);
  /** The injected clock, if any; undefined means "the real time, decided by the callee". */
  const clock = (): Date | undefined => options.now?.();
  const load = <D extends DatasetName>(name: D, call?: CallOptions): Promise<LoadedDataset<D>> =>
    feed.dataset(name, call?.signal);

  /** The search index over the feed's services, loaded on first search so pages that never search skip the engine. */
  const searchIndex = async (call?: CallOptions): Promise<SearchIndex> => {
    const [{ searchIndexFor }, services, taxonomy, areas] = await Promise.all([
      import('./services-search.js'),
      load('services', call),
      feed.datasetOrEmpty('taxonomy', call?.signal),
      feed.datasetOrEmpty('areas', call?.signal),
    ]);
    return searchIndexFor(services.records, taxonomy.records, areas.records);
  };
  const searchOptions = (call?: ServiceSearchOptions): SearchOptions => {
    const { signal: _signal, ...options } = call ?? {};
    const now = options.now ?? clock();
    return now ? { ...options, now } : options;
  };

  const listAndGet = <D extends DatasetName>(name: D) => ({
    list: async (call?: CallOptions) => (await load(name, call)).records,
    get: async (id: string, call?: CallOptions) => (await load(name, call)).byId.get(id),
  });

  return {
    feedUrl: settings.manifestUrl,
    manifest: (call) => feed.manifest(call?.signal),
    areas: {
      ...listAndGet('areas'),
      descendants: async (id, call) => areaGraph(await load('areas', call)).descendants(id),
      ancestors: async (id, call) => areaGraph(await load('areas', call)).ancestors(id),
    },
    taxonomy: {
      list: async (call) => {
        const { records } = await load('taxonomy', call);
        return call?.kind === undefined ? records : records.filter((term) => term.kind === call.kind);
      },
      get: listAndGet('taxonomy').get,
    },
    organizations: listAndGet('organizations'),
    services: {
      ...listAndGet('services'),
      search: async (query, call) => (await searchIndex(call)).search(query, searchOptions(call)),
      searchWithHelp: async (query, call) => (await searchIndex(call)).searchWithHelp(query, searchOptions(call)),
    },
    pathways: {
      list: listAndGet('pathways').list,
      get: async (id, call) => {
        const pathway = (await load('pathways', call)).byId.get(id);
        if (!pathway) return undefined;
        const services = await feed.datasetOrEmpty('services', call?.signal);
        return resolvePathway(pathway, services.byId);
      },
    },
    norms: listAndGet('norms'),
    availability: {
      list: listAndGet('availability').list,
      forService: async (serviceId, call) => {
        const [{ observationsForService }, observations, norms] = await Promise.all([
          import('./availability.js'),
          load('availability', call),
          feed.datasetOrEmpty('norms', call?.signal),
        ]);
        const now = call?.now ?? clock() ?? new Date();
        return observationsForService(observations.records, norms.byId, serviceId, now, call?.lang);
      },
    },
    report: () => feed.report(),
    isStale: () => feed.report().stale,
    idle: () => feed.idle(),
  };
}

function settingsFrom(options: ClientOptions): FeedSettings {
  const number = (name: string, value: number | undefined, min: number): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || Number.isNaN(value) || value < min) {
      throw new InvalidOptionsError(`${name} must be a number of at least ${min}, not ${String(value)}.`);
    }
    return value;
  };
  const cache = options.cache === false ? undefined : (options.cache ?? {});
  const maxAgeMs = number('cache.maxAgeMs', cache?.maxAgeMs, 0) ?? DEFAULT_MAX_AGE_MS;
  const now = options.now;
  const manifestUrl = resolveManifestUrl(options.feedUrl);
  const allowed = options.allowedOrigins ?? [];
  if (!Array.isArray(allowed)) throw new InvalidOptionsError('allowedOrigins must be a list, e.g. ["https://cdn.example.nl"].');
  return {
    manifestUrl,
    origins: originPolicy(manifestUrl, allowed.map(normalizeOrigin)),
    fetch: options.fetch,
    timeoutMs: number('timeoutMs', options.timeoutMs, 1),
    retries: number('retries', options.retries, 0),
    signal: options.signal,
    cache: cache ? 'shared' : 'private',
    maxAgeMs,
    availabilityMaxAgeMs:
      number('cache.availabilityMaxAgeMs', cache?.availabilityMaxAgeMs, 0) ??
      Math.min(maxAgeMs, DEFAULT_AVAILABILITY_MAX_AGE_MS),
    clock: now ? () => now().getTime() : Date.now,
  };
}
