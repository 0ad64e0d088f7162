import * as z from 'zod/mini';
import { GeoPoint, Id, Text } from './primitives.js';
import { ringsAreClosedWgs84 } from './rules.js';

/**
 * Kinds of area in the region. They overlap: a gemeente sits in a subregio, a
 * werkgebied (e.g. a GP organisation's area) can span parts of several gemeenten.
 */
export const AreaKind = z.enum(['regio', 'subregio', 'gemeente', 'wijk', 'buurt', 'kern', 'werkgebied']);
export type AreaKind = z.infer<typeof AreaKind>;

/** CBS codes: GM (gemeente, 4 digits), WK (wijk, 6) and BU (buurt, 8). */
export const CbsCode = z.string().check(
  z.regex(/^(?:GM\d{4}|WK\d{6}|BU\d{8})$/, 'a CBS code looks like GM0344, WK034401 or BU03440101'),
);
export type CbsCode = z.infer<typeof CbsCode>;

/** A GeoJSON position, `[longitude, latitude]` in WGS84 degrees (RFC 7946); an altitude after them is allowed. */
const Position = z.array(z.number()).check(z.minLength(2));
/** A closed ring: at least four positions, the last equal to the first. */
const Ring = z.array(Position).check(z.minLength(4));
const RING_RULE = { message: 'each ring is closed, each position [longitude, latitude] in WGS84' };

/**
 * An area's outline (contract 1.2, optional): a GeoJSON Polygon or MultiPolygon in WGS84
 * (RFC 7946), the outer ring first, holes after it. Coarse outlines do: a map draws them
 * over a whole gemeente or wijk, never to tell which side of a street a house is on.
 */
export const AreaGeometry = z.union([
  z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).check(z.minLength(1)) }).check(z.refine(ringsAreClosedWgs84, RING_RULE)),
  z
    .looseObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).check(z.minLength(1))).check(z.minLength(1)) })
    .check(z.refine(ringsAreClosedWgs84, RING_RULE)),
]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const Area = z.looseObject({
  id: Id,
  name: Text,
  kind: AreaKind,
  /** Areas this one lies in. Many-to-many: a kern can belong to a gemeente and a werkgebied. */
  parent_ids: z.optional(z.array(Id)),
  cbs_code: z.optional(CbsCode),
  centroid: z.optional(GeoPoint),
  description: z.optional(Text),
  /** The area's outline (contract 1.2), for a map; see AreaGeometry. */
  geometry: z.optional(AreaGeometry),
});
export type Area = z.infer<typeof Area>;
