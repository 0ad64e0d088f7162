import type { GeoPoint } from '@wijkwijzer/schemas';
import { parsePostcode, type Geocoder } from './geocoder.js';

/** PDOK's Locatieserver, the Dutch government's free geocoding service (Kadaster, BAG). */
export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

export interface PdokGeocoderOptions {
  /** Another Locatieserver (a proxy of your own, or a test server); default PDOK's. */
  baseUrl?: string;
  /** The fetch to use; default the global one. */
  fetch?: typeof globalThis.fetch;
}

/** The part of a Locatieserver answer we read: `centroide_ll` is "POINT(lon lat)" in WGS84. */
interface LocatieserverAnswer {
  response?: { docs?: { centroide_ll?: unknown; postcode?: unknown }[] };
}

const POINT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/;

function pointOf(text: unknown): GeoPoint | undefined {
  const match = typeof text === 'string' ? POINT.exec(text) : null;
  return match ? { longitude: Number(match[1]), latitude: Number(match[2]) } : undefined;
}

/**
 * A geocoder that asks PDOK's Locatieserver for a postcode's centre. Opt in: it sends the postcode
 * the resident typed to api.pdok.nl (allow it in the page's Content-Security-Policy: `connect-src
 * https://api.pdok.nl`). A full postcode ("3511 AB") is asked as is; a PC4 ("3511") gives the first
 * full postcode in it, precise enough for distances. Undefined when PDOK knows no such postcode;
 * a failing server rejects, as the caller's fetch does.
 */
export function createPdokGeocoder(options: PdokGeocoderOptions = {}): Geocoder {
  const base = (options.baseUrl ?? PDOK_LOCATIESERVER).replace(/\/+$/, '');
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async geocodePostcode(postcode, call) {
      const parsed = parsePostcode(postcode);
      if (!parsed) return undefined;
      const query = parsed.pc6?.replace(' ', '') ?? parsed.pc4;
      const url = `${base}/free?q=${encodeURIComponent(query)}&fq=type:postcode&fl=postcode,centroide_ll&rows=1`;
      const response = await fetchFn(url, { signal: call?.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`PDOK Locatieserver answered ${response.status} for ${query}`);
      const doc = ((await response.json()) as LocatieserverAnswer).response?.docs?.[0];
      // The free search may answer a near match: only a postcode in the area asked for counts.
      if (!doc || typeof doc.postcode !== 'string' || !doc.postcode.startsWith(parsed.pc4)) return undefined;
      return pointOf(doc.centroide_ll);
    },
  };
}
