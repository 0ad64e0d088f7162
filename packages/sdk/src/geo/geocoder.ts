import type { GeoPoint } from '@wijkwijzer/schemas';

/**
 * Turns a Dutch postcode into coordinates, for "near me" sorting with distanceKm.
 * The SDK ships only a table-backed implementation so that nothing leaves the
 * browser unless a site chooses to. A PDOK Locatieserver adapter (or any other
 * service) can implement this interface later and be passed in the same way;
 * it should honour `signal` so a widget can cancel a lookup the user typed past.
 */
export interface Geocoder {
  /** Resolves to undefined for a postcode that is malformed or not known. */
  geocodePostcode(postcode: string, options?: { signal?: AbortSignal }): Promise<GeoPoint | undefined>;
}

/** A postcode split into its area (PC4, "3511") and, when complete, the full PC6 ("3511 AB"). */
export interface ParsedPostcode {
  pc4: string;
  pc6?: string;
}

// Four digits without a leading zero, then two letters. The letter pairs SA, SD and SS
// are never issued (historical associations), so they mark a typo rather than a place.
const POSTCODE = /^([1-9]\d{3})(?:([A-Z]{2}))?$/;
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Reads "3511ab", "3511 AB" or "3511" into its parts; undefined when it is not a Dutch postcode. */
export function parsePostcode(input: string): ParsedPostcode | undefined {
  const match = POSTCODE.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!match) return undefined;
  const [, pc4, letters] = match;
  if (pc4 === undefined) return undefined;
  if (letters === undefined) return { pc4 };
  if (UNUSED_LETTERS.has(letters)) return undefined;
  return { pc4, pc6: `${pc4} ${letters}` };
}

/** "3511ab" → "3511 AB"; anything that is not a full postcode → undefined. */
export function normalizePostcode(input: string): string | undefined {
  return parsePostcode(input)?.pc6;
}

/**
 * A geocoder over a fixed table, keyed by PC4 ("3511") or PC6 ("3511 AB", any spacing
 * or case). A full postcode falls back to its PC4 entry when it has no own row, which
 * is precise enough to sort services by distance. Never touches the network.
 */
export function createStaticGeocoder(table: Readonly<Record<string, GeoPoint>>): Geocoder {
  const points = new Map<string, GeoPoint>();
  for (const [key, point] of Object.entries(table)) {
    const parsed = parsePostcode(key);
    // A bad key is a mistake in the caller's data; saying so beats never finding it.
    if (!parsed) throw new TypeError(`Not a Dutch postcode in the geocoder table: "${key}"`);
    points.set(parsed.pc6 ?? parsed.pc4, { latitude: point.latitude, longitude: point.longitude });
  }
  return {
    geocodePostcode(postcode, options) {
      if (options?.signal?.aborted) return Promise.reject(options.signal.reason);
      const parsed = parsePostcode(postcode);
      if (!parsed) return Promise.resolve(undefined);
      const point = (parsed.pc6 !== undefined ? points.get(parsed.pc6) : undefined) ?? points.get(parsed.pc4);
      // A copy, so a caller cannot change the table through the result.
      return Promise.resolve(point ? { ...point } : undefined);
    },
  };
}
