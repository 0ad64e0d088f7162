import * as z from 'zod/mini';
import { GeoPoint, Id, Text } from './primitives.js';

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

export const Area = z.looseObject({
  id: Id,
  name: Text,
  kind: AreaKind,
  /** Areas this one lies in. Many-to-many: a kern can belong to a gemeente and a werkgebied. */
  parent_ids: z.optional(z.array(Id)),
  cbs_code: z.optional(CbsCode),
  centroid: z.optional(GeoPoint),
  description: z.optional(Text),
});
export type Area = z.infer<typeof Area>;
