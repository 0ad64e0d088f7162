import { isObject, type JsonObject } from '../json.js';
import type { HsdsKind } from './classify.js';

/** A document with its kind already known, as the tabular form names its tables. */
export interface TypedDocument {
  kind: HsdsKind;
  doc: JsonObject;
}

/**
 * HSDS tabular data as JSON (`tabular.json`): one key per CSV table, each a list
 * of rows linked by `*_id` columns.
 */
export function isTabular(value: unknown): value is Record<string, unknown[]> {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, rows]) => key.endsWith('.csv') && Array.isArray(rows));
}

/** Columns that link rows; they are consumed by the join and dropped from the nested documents. */
const LINK_COLUMNS = [
  'organization_id', 'service_id', 'location_id', 'service_at_location_id', 'contact_id', 'phone_id',
  'program_id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'taxonomy_id',
];

function withoutLinks(row: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !LINK_COLUMNS.includes(key)));
}

/**
 * Joins the tables back into nested documents, the shape the mappers read:
 * organisations, services (with phones, schedules, locations… nested) and taxonomy terms.
 */
export function tabularToDocuments(tables: Record<string, unknown[]>): TypedDocument[] {
  const rows = (table: string): JsonObject[] => (tables[table] ?? []).filter(isObject);
  const linked = (table: string, column: string, id: unknown): JsonObject[] =>
    id === undefined ? [] : rows(table).filter((row) => row[column] === id);

  const phone = (row: JsonObject): JsonObject => ({
    ...withoutLinks(row),
    languages: linked('languages.csv', 'phone_id', row.id).map(withoutLinks),
  });
  const location = (id: unknown): JsonObject | undefined => {
    const row = rows('locations.csv').find((candidate) => candidate.id === id);
    if (!row) return undefined;
    return {
      ...withoutLinks(row),
      addresses: linked('addresses.csv', 'location_id', id).map(withoutLinks),
      accessibility: linked('accessibility.csv', 'location_id', id).map(withoutLinks),
      languages: linked('languages.csv', 'location_id', id).map(withoutLinks),
      phones: linked('phones.csv', 'location_id', id).map(phone),
      schedules: linked('schedules.csv', 'location_id', id).map(withoutLinks),
    };
  };
  const terms = rows('taxonomy_terms.csv');

  const organizations = rows('organizations.csv').map((row): TypedDocument => ({
    kind: 'organization',
    doc: { ...withoutLinks(row), services: [], phones: linked('phones.csv', 'organization_id', row.id).map(phone) },
  }));
  const services = rows('services.csv').map((row): TypedDocument => ({
    kind: 'service',
    doc: {
      ...withoutLinks(row),
      organization_id: row.organization_id,
      phones: linked('phones.csv', 'service_id', row.id).map(phone),
      schedules: linked('schedules.csv', 'service_id', row.id).map(withoutLinks),
      service_areas: linked('service_areas.csv', 'service_id', row.id).map(withoutLinks),
      languages: linked('languages.csv', 'service_id', row.id).map(withoutLinks),
      cost_options: linked('cost_options.csv', 'service_id', row.id).map(withoutLinks),
      contacts: linked('contacts.csv', 'service_id', row.id).map((contact) => ({
        ...withoutLinks(contact),
        phones: linked('phones.csv', 'contact_id', contact.id).map(phone),
      })),
      attributes: linked('attributes.csv', 'link_id', row.id).map((attribute) => ({
        taxonomy_term_id: attribute.taxonomy_term_id,
        link_type: attribute.link_type,
        taxonomy_term: terms.find((term) => term.id === attribute.taxonomy_term_id),
      })),
      service_at_locations: linked('service_at_location.csv', 'service_id', row.id).map((at) => ({
        ...withoutLinks(at),
        location: location(at.location_id),
        phones: linked('phones.csv', 'service_at_location_id', at.id).map(phone),
        schedules: linked('schedules.csv', 'service_at_location_id', at.id).map(withoutLinks),
      })),
    },
  }));
  const taxonomy = terms.map((row): TypedDocument => ({ kind: 'taxonomy_term', doc: withoutLinks(row) }));
  return [...organizations, ...services, ...taxonomy];
}
