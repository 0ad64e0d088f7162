import { CONTRACT_VERSION } from '@wijkwijzer/schemas';
import { createSearchIndex, type SearchIndex } from '@wijkwijzer/sdk/search';
import { readFeed } from '../feed/read-feed.js';
import { hsdsPage } from '../hsds-export/page.js';
import { exportRecords, hsdsIdOf, toHsds } from '../hsds-export/to-hsds.js';
import type { JsonObject } from '../json.js';
import { FileVersionCache, type FileVersion } from './etag.js';

/** Where the API is served: the feed's own files keep the root (its `services/` folder included). */
export const HSDS_API_BASE = '/hsds';

export const DEFAULT_PER_PAGE = 50;
/** More than this to a page is refused: a page is built and compressed whole for each request. */
export const MAX_PER_PAGE = 500;

/** What the API answers: a status and a JSON body. */
export interface ApiAnswer {
  status: number;
  body: JsonObject;
}

/** The HSDS documents of a feed, with what the routes look them up by. */
interface ApiData {
  root: JsonObject;
  services: JsonObject[];
  serviceById: Map<string, JsonObject>;
  /** The HSDS id of one of our services (search hits carry ours). */
  hsdsIdOf: (id: string) => string;
  taxonomyTerms: JsonObject[];
  /** The HSDS ids of the terms each service is tagged with (its attributes). */
  termsOf: Map<JsonObject, Set<string>>;
  index: SearchIndex;
}

/** The feed read once and turned into HSDS, as `export hsds` writes it. */
async function loadApiData(feed: string): Promise<ApiData> {
  const { manifest, datasets } = await readFeed(feed);
  const records = exportRecords(datasets);
  const { services, taxonomy } = records;
  const documents = toHsds(records, manifest.region.id);
  const termsOf = new Map(
    documents.services.map((service) => {
      const attributes = Array.isArray(service.attributes) ? (service.attributes as JsonObject[]) : [];
      return [service, new Set(attributes.map((attribute) => String(attribute.taxonomy_term_id)))] as const;
    }),
  );
  return {
    root: {
      version: '3.0',
      profile: `https://wijkwijzer.example/contract/${CONTRACT_VERSION}/`,
      // Not HSDS: who publishes this, and whether it is made up (then never real help).
      wijkwijzer: { region: manifest.region, publisher: manifest.publisher, sample: manifest.sample, contract_version: manifest.contract_version },
    },
    services: documents.services,
    serviceById: new Map(documents.services.map((service) => [String(service.id), service])),
    hsdsIdOf: (id) => hsdsIdOf(manifest.region.id, 'service', id),
    taxonomyTerms: documents.taxonomyTerms,
    termsOf,
    index: createSearchIndex(services, taxonomy, { areas: datasets.areas ?? [], organizations: datasets.organizations ?? [] }),
  };
}

function problem(status: number, error: string, detail: string): ApiAnswer {
  return { status, body: { error, detail } };
}

/** A whole number of at least 1 (at most `max`), or why not. */
function pageParameter(query: URLSearchParams, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number | ApiAnswer {
  const value = query.get(name);
  if (value === null) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'of at least 1' : `from 1 to ${max}`;
    return problem(400, 'bad request', `${name} must be a whole number ${range}, not '${value}'`);
  }
  return number;
}

/** `page` and `per_page` of a list request, or a 400 answer. */
function paging(query: URLSearchParams): { page: number; perPage: number } | ApiAnswer {
  const page = pageParameter(query, 'page', 1);
  if (typeof page !== 'number') return page;
  const perPage = pageParameter(query, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  if (typeof perPage !== 'number') return perPage;
  return { page, perPage };
}

/**
 * GET /services: every service in id order or, with `text`, the hits of our own search engine in
 * its order (which, as in the widgets, leaves out services that no longer run); `taxonomy_term_id`
 * keeps those tagged with that term (its HSDS id).
 */
function listServices(data: ApiData, query: URLSearchParams): ApiAnswer {
  const paged = paging(query);
  if (!('page' in paged)) return paged;
  const text = query.get('text')?.trim() ?? '';
  let services: JsonObject[] = data.services;
  if (text !== '') {
    const { hits } = data.index.searchWithHelp(text, { limit: data.services.length });
    services = hits.flatMap((hit) => {
      const service = data.serviceById.get(data.hsdsIdOf(hit.service.id));
      return service ? [service] : [];
    });
  }
  const term = query.get('taxonomy_term_id');
  if (term !== null) services = services.filter((service) => data.termsOf.get(service)?.has(term));
  return { status: 200, body: { ...hsdsPage(services, paged.page, paged.perPage) } };
}

/** Answers one request to the API; `path` is what follows HSDS_API_BASE. */
function route(data: ApiData, path: string, query: URLSearchParams): ApiAnswer {
  if (path === '' || path === '/') return { status: 200, body: data.root };
  if (path === '/services') return listServices(data, query);
  if (path === '/taxonomy_terms') {
    const paged = paging(query);
    return 'page' in paged ? { status: 200, body: { ...hsdsPage(data.taxonomyTerms, paged.page, paged.perPage) } } : paged;
  }
  const one = /^\/services\/([^/]+)$/.exec(path);
  if (one) {
    const id = decodeURIComponent(one[1] ?? '');
    const service = data.serviceById.get(id);
    return service ? { status: 200, body: service } : problem(404, 'not found', `no service with id '${id}'`);
  }
  return problem(404, 'not found', `no such endpoint: ${HSDS_API_BASE}${path}; there are /, /services, /services/{id} and /taxonomy_terms`);
}

/**
 * An Open Referral UK-style read API over a feed folder: the feed turned into HSDS 3.0 as
 * `export hsds` does, built again when the feed's manifest changes (a rebuild).
 */
export class HsdsApi {
  readonly #data = new FileVersionCache(async (manifest: string) => loadApiData(manifest));

  /** Answers a request; `manifest` is the feed's index.json, `version` its size and time now. */
  async answer(manifest: string, version: FileVersion, path: string, query: URLSearchParams): Promise<ApiAnswer> {
    return route(await this.#data.get(manifest, version), path, query);
  }
}
