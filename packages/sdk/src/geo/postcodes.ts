import type { GeoPoint, PostcodeArea } from '@wijkwijzer/schemas';
import type { Geocoder } from './geocoder.js';
import { parsePostcode } from './geocoder.js';

/** Where a postcode the resident typed lies, by the feed's `postcodes` dataset. */
export interface PostcodeMatch {
  /** The PC4 area found ("3511"), also for a full postcode: the dataset knows areas, not streets. */
  pc4: string;
  point: GeoPoint;
  /** The feed's areas the postcode area lies in. */
  areaIds: readonly string[];
}

/** The postcode area of "3511", "3511ab" or "3511 AB" among `postcodes`; undefined when it is malformed or not there. */
export function locatePostcode(postcodes: readonly PostcodeArea[], input: string): PostcodeMatch | undefined {
  const parsed = parsePostcode(input);
  const found = parsed && postcodes.find((postcode) => postcode.id === parsed.pc4);
  if (!found) return undefined;
  return { pc4: found.id, point: { latitude: found.centroid.latitude, longitude: found.centroid.longitude }, areaIds: found.area_ids ?? [] };
}

/**
 * A geocoder over a feed's postcode areas, read by `load` at the first lookup only (a page loads
 * the dataset once a resident types a postcode, not before). Never asks any other server.
 */
export function createPostcodeGeocoder(load: (signal?: AbortSignal) => Promise<readonly PostcodeArea[]>): Geocoder {
  return {
    async geocodePostcode(postcode, options) {
      // A malformed postcode needs no data.
      if (!parsePostcode(postcode)) return undefined;
      return locatePostcode(await load(options?.signal), postcode)?.point;
    },
  };
}
