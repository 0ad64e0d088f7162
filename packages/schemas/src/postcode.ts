import * as z from 'zod/mini';
import { GeoPoint, Id } from './primitives.js';

/** A four-digit postcode area (PC4): "3511". No leading zero, as PostNL issues them. */
export const Pc4 = z.string().check(z.regex(/^[1-9]\d{3}$/, 'a PC4 postcode is four digits without a leading zero, e.g. 3511'));
export type Pc4 = z.infer<typeof Pc4>;

/**
 * A postcode area (contract 1.2, optional dataset `postcodes`): where a resident who types "3511"
 * or "3511 AB" is, roughly, so the finder can show distances without asking any other server.
 * Its id is the PC4 itself.
 */
export const PostcodeArea = z.looseObject({
  id: Pc4,
  /** A point in the area: its centroid, or the centroid of the wijk or gemeente it lies in when that is all that is known. */
  centroid: GeoPoint,
  /** The feed's areas (gemeente, wijk) this postcode area lies in. */
  area_ids: z.optional(z.array(Id)),
});
export type PostcodeArea = z.infer<typeof PostcodeArea>;
