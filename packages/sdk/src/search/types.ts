import type { CostCategory, GeoPoint, Referral, RouteStep, Service } from '@wijkwijzer/schemas';

import type { Lang } from '../lang.js';
import type { CrisisKind, CrisisTier } from './crisis-signal.js';

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
  /** Most ranked hits to return. Help lines are never counted and never dropped. */
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
  /** A national help line that `search()` put first because the query signals an acute crisis. */
  crisis?: boolean;
}

/** Help lines for a query that mentions a crisis, kept apart from the ranked hits. */
export interface HelpLines {
  /**
   * `acute`: show the lines before the results ("ik wil dood"). `informational`: the query is
   * about the topic (a course, prevention, after-care): show the results first and the lines quietly.
   */
  tier: CrisisTier;
  /** What the lines are for: suicide (and self-harm), violence (and abuse), medical (and poisoning). */
  kinds: CrisisKind[];
  /**
   * The lines to call, most urgent first: the SDK's national lines (real numbers, whatever the
   * feed), with the feed's own huisartsenposten in place of the generic huisartsenpost entry.
   */
  lines: Service[];
  /** The words that gave the signal, normalised. */
  matched: string[];
}

/** What `searchWithHelp()` returns: the ranked hits and, apart from them, any help lines. */
export interface SearchResults {
  /** The ranked hits, at most `limit`. Never a help line. */
  hits: SearchHit[];
  /** Set when the query mentions a crisis. */
  help?: HelpLines;
}

export interface SearchIndex {
  /**
   * The ranked hits and, apart from them, the help lines for a query that mentions a crisis.
   * Use this one: help lines never take the place of a result, and you choose where they show.
   * Reads the query's first `MAX_QUERY_LENGTH` (200) characters and matches at most
   * `MAX_QUERY_WORDS` (32) words of them, so a pasted text costs no more than a question.
   * Throws `InvalidOptionsError` when the query is not a string.
   */
  searchWithHelp(query: string, options?: SearchOptions): SearchResults;
  /**
   * The ranked hits as one list, with the help lines of an acute crisis first (as `crisis: true`
   * hits, not counted in `limit`). Kept for existing callers; an informational mention of a
   * crisis topic adds no lines here.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of services indexed. */
  readonly size: number;
}
