import type { ComplexAttributeConverter } from 'lit';
import { UNREADABLE, type PropertyInput } from '../internal/property-input.js';

const OFF_WORDS = ['false', 'off', 'no', '0'];

/**
 * A boolean attribute that is on unless the snippet says otherwise. HTML boolean
 * attributes cannot default to true (absent means false), so a pasted
 * `route-order="false"` (or "off", "no", "0") turns it off, and absent or any
 * other text keeps it on. From code, `true` and `false` work as well.
 */
export const DEFAULT_ON_INPUT: PropertyInput<boolean> = {
  read(value) {
    if (typeof value === 'boolean') return value;
    if (value === undefined || value === null) return true;
    return typeof value === 'string' ? !OFF_WORDS.includes(value.trim().toLowerCase()) : UNREADABLE;
  },
  fallback: true,
  expected: 'true or false',
};

/** Reflected only when off, so a default snippet stays short. */
export const defaultOnReflection: ComplexAttributeConverter<boolean> = {
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;

/**
 * The page size: a whole number from 1, at most 200. A typo ("twintig", "-5") gives
 * the default instead of showing nothing.
 */
export const PAGE_SIZE_INPUT: PropertyInput<number> = {
  read(value) {
    if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
    const parsed = typeof value === 'number' || typeof value === 'string' ? Number.parseInt(String(value), 10) : Number.NaN;
    return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_PAGE_SIZE) : UNREADABLE;
  },
  fallback: DEFAULT_PAGE_SIZE,
  expected: `a whole number from 1 to ${MAX_PAGE_SIZE}`,
};

/**
 * One of two words, in any case: absent or empty is `fallback` (the default), anything else
 * cannot be read.
 */
function oneOfTwo<A extends string, B extends string>(fallback: A, other: B): PropertyInput<A | B> {
  return {
    read(value) {
      if (value === undefined || value === null) return fallback;
      const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
      return word === other ? other : word === fallback || word === '' ? fallback : UNREADABLE;
    },
    fallback,
    expected: `"${fallback}" or "${other}"`,
  };
}

/**
 * Where the list of saved services is kept besides memory: `session` (sessionStorage, this tab
 * only, until it closes) or `none`, the default. Anything else is `none`: nothing is stored
 * unless the page clearly asks for it.
 */
export const LIST_STORAGE_INPUT = oneOfTwo('none', 'session');

/** The radii a resident can choose, in km (the SDK's RADIUS_CHOICES_KM; repeated so the first view does not load the SDK's geo module). */
const RADII_KM = [1, 3, 5, 10];

/**
 * How far from the resident's point help may be: 1, 3, 5 or 10 km ("5", "5km", "5 km"); absent,
 * empty or `hele-regio` is the whole region. It counts only once a point is known.
 */
export const RADIUS_INPUT: PropertyInput<number | undefined> = {
  read(value) {
    if (value === undefined || value === null) return undefined;
    const word = String(value).trim().toLowerCase().replace(/\s*km$/, '');
    if (word === '' || word === 'hele-regio') return undefined;
    const km = Number(word);
    return RADII_KM.includes(km) ? km : UNREADABLE;
  },
  fallback: undefined,
  expected: '1, 3, 5 or 10 (km), or "hele-regio"',
};

/** The order of results once a point is known: `route` (route steps, nearest first in each) or `distance` (nearest first). */
export type KaartSort = 'route' | 'distance';

export const SORT_INPUT: PropertyInput<KaartSort> = oneOfTwo('route', 'distance');
