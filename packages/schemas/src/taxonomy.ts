import * as z from 'zod/mini';
import { Id, Text } from './primitives.js';

export const TaxonomyKind = z.enum(['need', 'target-group', 'life-domain']);
export type TaxonomyKind = z.infer<typeof TaxonomyKind>;

/**
 * A term of the regional taxonomy (HSDS `taxonomy_term` plus `kind` and `synonyms`):
 * a need (hulpvraag), a target group (doelgroep) or a life domain.
 */
export const TaxonomyTerm = z.looseObject({
  id: Id,
  name: Text,
  kind: TaxonomyKind,
  description: z.optional(Text),
  code: z.optional(Text),
  parent_id: z.optional(Id),
  /** For needs: the life domain it belongs to. */
  life_domain_id: z.optional(Id),
  /** Residents' own words for it, lowercase: "eenzaam", "geen contacten". */
  synonyms: z.optional(z.array(Text)),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;
