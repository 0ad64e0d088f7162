import { isObject, type JsonObject } from '../json.js';

/** The HSDS documents we can import. */
export type HsdsKind = 'service' | 'organization' | 'service_at_location' | 'taxonomy_term';

export type Classified = { kind: HsdsKind } | { kind: 'unsupported'; what: string };

const has = (doc: JsonObject, ...keys: string[]) => keys.some((key) => key in doc);

/** Fields only an HSDS organisation has (a service or taxonomy has none of them). */
const ORGANIZATION_KEYS = [
  'website', 'legal_status', 'tax_status', 'tax_id', 'year_incorporated', 'logo', 'organization_identifiers',
  'funding', 'programs', 'locations', 'parent_organization_id',
];

/**
 * Says what an HSDS document is from its shape, since HSDS documents carry no
 * type tag. The order matters: a service_at_location nests a service, and a
 * location has an organization_id like a service does.
 */
export function classify(doc: unknown): Classified {
  if (!isObject(doc)) return { kind: 'unsupported', what: 'a value that is not an object' };
  if (isObject(doc.location) && (isObject(doc.service) || typeof doc.service_id === 'string' || typeof doc.service_id === 'number')) {
    return { kind: 'service_at_location' };
  }
  if (Array.isArray(doc.services)) return { kind: 'organization' };
  if (has(doc, 'location_type', 'addresses', 'latitude', 'longitude', 'external_identifier')) {
    return { kind: 'unsupported', what: 'an HSDS location (no service or organisation)' };
  }
  if (typeof doc.status === 'string' || isObject(doc.organization) || (has(doc, 'organization_id') && has(doc, 'name'))) {
    return { kind: 'service' };
  }
  if (has(doc, 'taxonomy_detail', 'term_uri', 'taxonomy_id') || typeof doc.taxonomy === 'string' || (has(doc, 'code') && has(doc, 'name'))) {
    return { kind: 'taxonomy_term' };
  }
  if (has(doc, 'openapi_url', 'profile')) return { kind: 'unsupported', what: 'HSDS API metadata (base.json)' };
  if (has(doc, ...ORGANIZATION_KEYS) && has(doc, 'name')) return { kind: 'organization' };
  if (has(doc, 'version', 'uri') && has(doc, 'name')) {
    return { kind: 'unsupported', what: 'an HSDS taxonomy (a vocabulary without terms)' };
  }
  return { kind: 'unsupported', what: 'no HSDS service, organisation, service_at_location or taxonomy term' };
}
