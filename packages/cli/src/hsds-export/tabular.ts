import { EXTENSION_KEY, NESTED, SHARED_FIELDS, type HsdsEntity } from '../hsds/entities.js';
import { isObject, type JsonObject } from '../json.js';
import { toCsv } from './csv.js';
import type { HsdsDocuments } from './to-hsds.js';

/** The CSV file of each entity, as HSDS's tabular form names them. */
const TABLES: Readonly<Record<HsdsEntity | 'attribute', string>> = {
  organization: 'organizations.csv',
  service: 'services.csv',
  taxonomy_term: 'taxonomy_terms.csv',
  phone: 'phones.csv',
  contact: 'contacts.csv',
  language: 'languages.csv',
  schedule: 'schedules.csv',
  service_area: 'service_areas.csv',
  cost_option: 'cost_options.csv',
  location: 'locations.csv',
  address: 'addresses.csv',
  accessibility: 'accessibility.csv',
  service_at_location: 'service_at_location.csv',
  attribute: 'attributes.csv',
};

type Table = keyof typeof TABLES;

/** The columns that link a row of `entity` to the entity it belongs to, from what nests it (NESTED). */
function linkColumns(entity: HsdsEntity): string[] {
  // A location is shared: the service_at_location row names it, not the other way round.
  if (entity === 'location') return [];
  const parents = (Object.entries(NESTED) as [HsdsEntity, Record<string, HsdsEntity>][]).filter(
    ([, children]) => Object.values(children).includes(entity),
  );
  const links = parents.map(([parent]) => `${parent}_id`);
  return entity === 'service_at_location' ? [...links, 'location_id'] : links;
}

/** A table's columns: the id, its links, the fields HSDS shares that are not nested, and our extension. */
function columnsOf(table: Table): string[] {
  if (table === 'attribute') return ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'];
  const nested = Object.keys(NESTED[table] ?? {});
  const own = SHARED_FIELDS[table].filter((field) => field !== 'id' && !nested.includes(field));
  const extra = table === 'taxonomy_term' ? ['taxonomy'] : [];
  return [...new Set(['id', ...linkColumns(table), ...own, ...extra, EXTENSION_KEY])];
}

/** Table Schema types of the columns that are not plain text, as HSDS's schemas type them. */
const NUMBERS = ['latitude', 'longitude', 'minimum_age', 'maximum_age', 'amount', 'extension'];
const FORMATS: Readonly<Record<string, string>> = { url: 'uri', website: 'uri', email: 'email' };

function fieldOf(column: string): JsonObject {
  if (column === EXTENSION_KEY) {
    return {
      name: column,
      type: 'object',
      description: 'Wijkwijzer extension: what our contract has and HSDS has not, as a JSON object (see the @wijkwijzer/cli README)',
    };
  }
  if (NUMBERS.includes(column)) return { name: column, type: 'number' };
  if (column === 'id' || column.endsWith('_id')) return { name: column, type: 'string', format: 'uuid' };
  const format = FORMATS[column];
  return { name: column, type: 'string', ...(format === undefined ? {} : { format }) };
}

/** The rows of every table, filled by walking the documents as the importer's join rebuilds them. */
class Tables {
  readonly rows = new Map<Table, JsonObject[]>();
  readonly #locations = new Set<unknown>();

  add(table: Table, row: JsonObject): void {
    const rows = this.rows.get(table);
    if (rows) rows.push(row);
    else this.rows.set(table, [row]);
  }

  /** An entity's row (with `links`), and the rows of what it nests, linked to it. */
  flatten(entity: HsdsEntity, document: JsonObject, links: JsonObject = {}): void {
    const row: JsonObject = { ...links };
    for (const [field, value] of Object.entries(document)) {
      const child = NESTED[entity]?.[field];
      if (child === 'location' && isObject(value)) {
        row.location_id = value.id;
        // A location used by several services is one row, with one row for each of its addresses, phones…
        if (!this.#locations.has(value.id)) this.flatten('location', value);
        this.#locations.add(value.id);
      } else if (child !== undefined && Array.isArray(value)) {
        for (const item of value) if (isObject(item)) this.flatten(child, item, { [`${entity}_id`]: document.id });
      } else if (field === 'attributes' && Array.isArray(value)) {
        for (const attribute of value) if (isObject(attribute)) this.add('attribute', attribute);
      } else if (field !== 'organization') {
        row[field] = value;
      }
    }
    this.add(entity, row);
  }
}

/**
 * The tabular form of an export: one CSV per HSDS table, rows linked by `*_id` columns, and
 * a `datapackage.json` that describes them (a Frictionless tabular data package, as HSDS's is).
 */
export function toTabular(documents: HsdsDocuments, about: { name: string; title: string; license: string }): Map<string, string> {
  const tables = new Tables();
  for (const organization of documents.organizations) tables.flatten('organization', organization);
  for (const service of documents.services) tables.flatten('service', service);
  for (const term of documents.taxonomyTerms) tables.flatten('taxonomy_term', term);

  const files = new Map<string, string>();
  const resources: JsonObject[] = [];
  for (const [table, path] of Object.entries(TABLES) as [Table, string][]) {
    const rows = tables.rows.get(table);
    if (rows === undefined) continue;
    const columns = columnsOf(table);
    files.set(path, toCsv(columns, rows));
    resources.push({
      name: table,
      path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: columns.map(fieldOf), primaryKey: 'id' },
    });
  }
  const datapackage = {
    profile: 'tabular-data-package',
    name: about.name,
    title: about.title,
    licenses: [{ name: about.license }],
    resources,
  };
  files.set('datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
  return files;
}
