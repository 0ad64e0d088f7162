import { RADIUS_INPUT, type KaartSort } from './kaart-attributes.js';
import type { KaartFilters } from './kaart-filters.js';

/** What the finder mirrors in the page URL when `url-state` is on. */
export interface KaartUrlState {
  query: string;
  filters: KaartFilters;
  /** The service whose details are open. */
  service?: string | undefined;
  /** The resident asked to see every service ("Bekijk alle … diensten") before any question. */
  all?: boolean | undefined;
  /** The four digits of the postcode distances are measured from: a full postcode can name a handful of homes. */
  postcode?: string | undefined;
  radius?: number | undefined;
  sort?: KaartSort | undefined;
}

/*
 * Our own query parameters, each with a `wk-` prefix so the host page's parameters
 * are never read or overwritten. Only these keys are touched.
 */
const KEYS = {
  query: 'wk-q',
  need: 'wk-hulpvraag',
  area: 'wk-gebied',
  targetGroup: 'wk-doelgroep',
  language: 'wk-taal',
  free: 'wk-gratis',
  noReferral: 'wk-zonder-verwijzing',
  openNow: 'wk-nu-open',
  service: 'wk-dienst',
  all: 'wk-alles',
  postcode: 'wk-postcode',
  radius: 'wk-straal',
  sort: 'wk-volgorde',
} as const;

const text = (params: URLSearchParams, key: string): string | undefined => params.get(key)?.trim() || undefined;
/** A radius the finder offers (see RADIUS_INPUT), or none. */
function radiusIn(params: URLSearchParams): number | undefined {
  const radius = RADIUS_INPUT.read(text(params, KEYS.radius));
  return typeof radius === 'number' ? radius : undefined;
}
const flag = (params: URLSearchParams, key: string): boolean => params.get(key) === '1';

/**
 * Reads our parameters from a URL; undefined when none of them is there (the snippet then decides).
 * The query is cut to `maxQueryLength`, what search reads: a crafted link must not fill the search
 * box with a page of text.
 */
export function readUrlState(href: string, maxQueryLength: number): KaartUrlState | undefined {
  const params = new URL(href).searchParams;
  if (!Object.values(KEYS).some((key) => params.has(key))) return undefined;
  return {
    query: text(params, KEYS.query)?.slice(0, maxQueryLength) ?? '',
    filters: {
      need: text(params, KEYS.need),
      area: text(params, KEYS.area),
      targetGroup: text(params, KEYS.targetGroup),
      language: text(params, KEYS.language),
      free: flag(params, KEYS.free),
      noReferral: flag(params, KEYS.noReferral),
      openNow: flag(params, KEYS.openNow),
    },
    service: text(params, KEYS.service),
    all: flag(params, KEYS.all),
    postcode: /^[1-9]\d{3}$/.exec(text(params, KEYS.postcode) ?? '')?.[0],
    radius: radiusIn(params),
    sort: text(params, KEYS.sort) === 'afstand' ? 'distance' : undefined,
  };
}

/** The URL with our parameters set to `state` (empty ones removed) and everything else kept. */
export function urlWithState(href: string, state: KaartUrlState): string {
  const url = new URL(href);
  const params = url.searchParams;
  const set = (key: string, value: string | boolean | undefined): void => {
    if (value === undefined || value === false || value === '') params.delete(key);
    else params.set(key, value === true ? '1' : value);
  };
  set(KEYS.query, state.query.trim());
  set(KEYS.need, state.filters.need);
  set(KEYS.area, state.filters.area);
  set(KEYS.targetGroup, state.filters.targetGroup);
  set(KEYS.language, state.filters.language);
  set(KEYS.free, state.filters.free);
  set(KEYS.noReferral, state.filters.noReferral);
  set(KEYS.openNow, state.filters.openNow);
  set(KEYS.service, state.service);
  set(KEYS.all, state.all);
  set(KEYS.postcode, state.postcode);
  set(KEYS.radius, state.radius === undefined ? undefined : String(state.radius));
  // The default order is left out, so a link stays short.
  set(KEYS.sort, state.sort === 'distance' ? 'afstand' : undefined);
  return url.href;
}

/** Replaces the current history entry (no new Back step per keystroke), keeping the host's history state. */
export function writeUrlState(state: KaartUrlState): void {
  const next = urlWithState(location.href, state);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
