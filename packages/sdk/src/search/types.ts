import type { CostCategory, GeoPoint, Referral, RouteStep, Service } from '@wijkwijzer/schemas';

import type { Lang } from '../lang.js';

/** One value or a list of accepted values; a list matches any of its values. */
export type OneOrMore<T> = T | readonly T[];

export interface SearchFilters {
  /** Area ids. A gemeente includes its wijken and kernen; a service for a whole subregio covers its gemeenten. */
  area?: OneOrMore<string>;
  /** Need (taxonomy term) ids. */
  need?: OneOrMore<string>;
  /** Target group (taxonomy term) ids. */
  targetGroup?: OneOrMore<string>;
  /** 'inwoner' shows services for residents (and both); 'professional' shows all. */
  audience?: 'inwoner' | 'professional';
  routeStep?: OneOrMore<RouteStep>;
  cost?: OneOrMore<CostCategory>;
  /** 'geen' = no referral needed. */
  referral?: OneOrMore<Referral>;
  /** Only services (or one of their locations) open at `now`. */
  openNow?: boolean;
  /** Language code(s): "ar", "en"… Matched on the service, its locations and its phone lines. */
  language?: OneOrMore<string>;
  /** Distance from the nearest location; with `withinKm`, services without coordinates drop out. */
  near?: { point: GeoPoint; withinKm?: number };
}

export interface SearchOptions extends SearchFilters {
  /** Most hits to return, crisis lines not counted (they are never dropped). */
  limit?: number;
  /** Language of the SDK's own records (crisis lines). Default 'nl'. */
  lang?: Lang;
  /** The moment "open now" is judged at. Default: the current time. */
  now?: Date;
}

export interface SearchHit {
  service: Service;
  /** Relevance relative to the best hit of this search, in (0, 1]; 1 for crisis lines and for listings. */
  score: number;
  /** What matched: query words as typed and the needs they were understood as. */
  matched?: string[];
  /** Kilometres to the nearest location, when `near` was given and the service has coordinates. */
  distanceKm?: number;
  /** A national help line put first because the query signals a crisis. */
  crisis?: boolean;
}

export interface SearchIndex {
  /**
   * The services matching a resident's words, best first, with crisis help lines before them.
   * Reads the query's first `MAX_QUERY_LENGTH` (200) characters and matches at most
   * `MAX_QUERY_WORDS` (32) words of them, so a pasted text costs no more than a question.
   * Throws `InvalidOptionsError` when the query is not a string.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of services indexed. */
  readonly size: number;
}
