import type { Area, AvailabilityObservation, DatasetName, Manifest, Organization, Service } from '@wijkwijzer/schemas';
import { InvalidOptionsError } from '../errors.js';
import { normalizeOrigin, originPolicy } from '../transport/origins.js';
import { areaGraph } from './area-graph-cache.js';
import type { LoadedDataset } from './dataset.js';
import { createFeed, DEFAULT_AVAILABILITY_MAX_AGE_MS, DEFAULT_MAX_AGE_MS, type FeedSettings } from './feed.js';
import { resolveManifestUrl } from './feed-url.js';
import { callProgress, type CallProgress } from './load-progress.js';
import { partitionedFeed } from './partitioned-feed.js';
import type { PartitionReach } from './partitions.js';
import { linkedServiceIds, resolvePathway } from './pathways.js';
import type { SearchIndex, SearchOptions, SearchResults } from '../search/index.js';
import type {
  AreaOptions,
  AreasResource,
  AvailabilityResource,
  CallOptions,
  ClientOptions,
  FeedReport,
  NormsResource,
  PostcodesResource,
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
  /** The feed's postcode areas (contract 1.2): none when it publishes none. */
  readonly postcodes: PostcodesResource;
  readonly availability: AvailabilityResource;
  /** Skipped records, counts per dataset, staleness and the last failure. */
  report(): FeedReport;
  /** True when data this client has read is past its max-age or could not be refreshed. */
  isStale(): boolean;
  /** Resolves once no load or background refresh of this feed is in flight. */
  idle(): Promise<void>;
}

/** The areas of an answer given before they have arrived: one list, so the search index built on it is reused. */
const NO_AREAS: readonly Area[] = Object.freeze([]);

/** Creates a client for the feed at `options.feedUrl`. Nothing is fetched until a method is called. */
export function createClient(options: ClientOptions): WijkwijzerClient {
  const settings = settingsFrom(options);
  const feed = createFeed(settings);
  /** The injected clock, if any; undefined means "the real time, decided by the callee". */
  const clock = (): Date | undefined => options.now?.();
  const load = <D extends DatasetName>(name: D, call?: CallOptions, progress = callProgress(call?.onProgress)): Promise<LoadedDataset<D>> =>
    feed.dataset(name, call?.signal, progress);
  /** A dataset that only adds to an answer, loaded as part of the same call. */
  const extra = <D extends DatasetName>(name: D, call: CallOptions | undefined, progress: CallProgress | undefined) =>
    feed.datasetOrEmpty(name, call?.signal, progress);

  const parted = partitionedFeed(feed);

  /**
   * The observations for `areaIds` from a partitioned feed; for one service without an area,
   * those of the partitions its card or detail record says it is kept in. The whole dataset when the
   * feed has no availability partitions or the service has no area to go by.
   */
  const observations = async (
    areaIds: readonly string[],
    serviceId: string | undefined,
    call: CallOptions | undefined,
    progress = callProgress(call?.onProgress),
  ): Promise<readonly AvailabilityObservation[]> => {
    const read = { signal: call?.signal, progress };
    let ids = areaIds;
    let reach: PartitionReach = 'page';
    if (ids.length === 0 && serviceId !== undefined) {
      // A card a search loaded names the same areas as the full record, without a download.
      ids = areaIdsOf(parted.loadedCard(serviceId) ?? (await parted.details([serviceId], read))?.get(serviceId));
      reach = 'holding';
    }
    const parts = ids.length > 0 ? await parted.records('availability', ids, reach, read) : undefined;
    return parts ?? (await load('availability', call, progress)).records;
  };

  /**
   * Asks the search index over the feed's services: on a feed in parts the cards of the call's
   * area (or, without one, every part, with `onUpdate` as they arrive), else the services dataset.
   * The engine is loaded on first search, so pages that never search do not download it.
   */
  const searchWith = async <T extends SearchResults>(
    call: ServiceSearchOptions | undefined,
    ask: (index: SearchIndex, options: SearchOptions) => T,
  ): Promise<T> => {
    const { signal, onUpdate, onProgress: _onProgress, ...options } = call ?? {};
    const progress = callProgress(call?.onProgress);
    const now = options.now ?? clock();
    const searchOptions = now ? { ...options, now } : options;
    const engine = Promise.all([import('./services-search.js'), extra('taxonomy', call, progress)]);
    // A search of the whole region is answered while its parts arrive; the region's areas (a
    // large file at national scale, used only for place names) do not hold up those first answers
    // and are not fetched until the first part is in, so that part has the line to itself.
    // An area search needs its areas to know what lies in it: they start at once.
    const wholeRegion = options.area === undefined;
    let areasLoading: Promise<readonly Area[]> | undefined;
    let areasLoaded: readonly Area[] | undefined;
    const areas = (): Promise<readonly Area[]> =>
      (areasLoading ??= parted.areas(listOf(options.area), { signal, progress }, true).then((loaded) => (areasLoaded = loaded)));
    /** Starts the areas' download; a failure shows in the answer that awaits them. */
    const startAreas = (): void => void areas().catch(() => undefined);
    if (!wholeRegion) startAreas();
    const searchOver = async (services: readonly Service[], organizations?: readonly Organization[], interim = false): Promise<T> => {
      const [[{ searchIndexFor }, taxonomy], areasNow] = await Promise.all([engine, interim ? (areasLoaded ?? NO_AREAS) : areas()]);
      return ask(await searchIndexFor(services, taxonomy.records, areasNow, organizations), searchOptions);
    };
    const cards = parted.records('services', listOf(options.area), 'page', { signal, progress }, async ({ records, files, filesTotal }) => {
      if (onUpdate) onUpdate({ ...(await searchOver(records, undefined, wholeRegion)), files, filesTotal });
      startAreas();
    });
    const [cardsOfArea] = await Promise.all([cards, engine]);
    if (cardsOfArea) return searchOver(cardsOfArea);
    startAreas();
    // A feed without partitions: its full records, and the organisations' names that cards carry.
    const [services, organizations] = await Promise.all([load('services', call, progress), extra('organizations', call, progress)]);
    return searchOver(services.records, organizations.records);
  };

  const listAndGet = <D extends DatasetName>(name: D) => ({
    list: async (call?: CallOptions) => (await load(name, call)).records,
    get: async (id: string, call?: CallOptions) => (await load(name, call)).byId.get(id),
  });

  const getService = async (id: string, call?: CallOptions): Promise<Service | undefined> => {
    const progress = callProgress(call?.onProgress);
    const found = await parted.details([id], { signal: call?.signal, progress });
    return found ? found.get(id) : (await load('services', call, progress)).byId.get(id);
  };

  // With an area, on a feed with area partitions: only the areas a page about it needs.
  const listAreas = (call?: AreaOptions): Promise<readonly Area[]> =>
    parted.areas(listOf(call?.area), { signal: call?.signal, progress: callProgress(call?.onProgress) }, false);

  return {
    feedUrl: settings.manifestUrl,
    manifest: (call) => feed.manifest(call?.signal),
    areas: {
      list: listAreas,
      get: listAndGet('areas').get,
      descendants: async (id, call) => areaGraph((await load('areas', call)).records).descendants(id),
      ancestors: async (id, call) => areaGraph((await load('areas', call)).records).ancestors(id),
      resolve: async (request, call) => {
        // Loaded on first call, so a page that never asks (a badge) does not download it.
        const { areaHint, resolveArea } = await import('../areas/resolve-area.js');
        return resolveArea(await listAreas({ ...call, area: areaHint(request) }), request);
      },
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
      list: listAndGet('services').list,
      get: getService,
      card: async (id, call) => parted.loadedCard(id) ?? getService(id, call),
      searchWithHelp: (query, call) => searchWith(call, (index, options) => index.searchWithHelp(query, options)),
      search: async (query, call) => (await searchWith(call, (index, options) => ({ hits: index.search(query, options) }))).hits,
      prepare: async (call) => {
        await searchWith(call, () => ({ hits: [] }));
      },
    },
    pathways: {
      list: listAndGet('pathways').list,
      get: async (id, call) => {
        const progress = callProgress(call?.onProgress);
        const pathway = (await load('pathways', call, progress)).byId.get(id);
        if (!pathway) return undefined;
        // A feed in parts: only the detail shards of the linked services.
        const details = await parted.details(linkedServiceIds(pathway), { signal: call?.signal, progress }).catch((error: unknown) => {
          if (call?.signal?.aborted || settings.signal?.aborted) throw error;
          return new Map<string, Service>();
        });
        const services = details ?? (await extra('services', call, progress)).byId;
        return resolvePathway(pathway, services);
      },
    },
    norms: listAndGet('norms'),
    postcodes: { list: async (call) => (await extra('postcodes', call, callProgress(call?.onProgress))).records },
    availability: {
      list: (call) => observations(listOf(call?.area), undefined, call),
      forService: async (serviceId, call) => {
        const progress = callProgress(call?.onProgress);
        const [{ observationsForService }, records, norms] = await Promise.all([
          import('./availability.js'),
          observations(listOf(call?.area), serviceId, call, progress),
          extra('norms', call, progress),
        ]);
        const now = call?.now ?? clock() ?? new Date();
        return observationsForService(records, norms.byId, serviceId, now, call?.lang);
      },
    },
    report: () => feed.report(),
    isStale: () => feed.report().stale,
    idle: () => feed.idle(),
  };
}

/** An `area` option as a list: one id, several, or none. */
function listOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** The areas a service names: its service areas and the areas of its locations. */
function areaIdsOf(service: Service | undefined): string[] {
  if (!service) return [];
  const ids = new Set<string>();
  for (const area of service.service_areas ?? []) if (area.area_id !== undefined) ids.add(area.area_id);
  for (const at of service.service_at_locations ?? []) for (const id of at.location.area_ids ?? []) ids.add(id);
  return [...ids];
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
