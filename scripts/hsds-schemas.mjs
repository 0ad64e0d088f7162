// The official HSDS 3.0 JSON Schemas, loaded into ajv the way the specification
// publishes them, to check that an HSDS document is valid HSDS 3.0. The files name
// no `$schema`; the specification writes them for draft 2020-12, so that is the
// dialect used. They carry keywords of their own (`core`, `constraints`,
// `datapackage_metadata`, …), hence `strict: false`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the specification publishes its schemas: the API description refers to them by these URLs. */
const PUBLISHED = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Loads `<hsdsDir>/schema` and returns `validate(value, kind)`, which lists what is
 * wrong with `value` (empty when it is valid). A kind is one of:
 * - an entity name (`service`, `organization`, `location`, …): one document;
 * - `{ page: '/services' }`: an API list page, checked as the API description's
 *   response for that path (paging fields and `contents`);
 * - `{ api: '/' }`: another API response;
 * - `'tabular'`: tabular JSON, each `<table>.csv` row against the entity whose `path` is that table;
 * - an array of kinds: a list of documents (a JSON array, NDJSON lines), one kind per document.
 */
export function loadHsdsSchemas(hsdsDir) {
  const schemaDir = join(hsdsDir, 'schema');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);

  const entityOfTable = new Map();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json') && name !== 'openapi.json')) {
    const schema = readJson(join(schemaDir, file));
    ajv.addSchema(schema, `${PUBLISHED}${file}`);
    entityOfTable.set(schema.path, file.replace(/\.json$/, ''));
  }
  for (const file of readdirSync(join(schemaDir, 'compiled')).filter((name) => name.endsWith('_list.json'))) {
    ajv.addSchema(readJson(join(schemaDir, 'compiled', file)), `${PUBLISHED}compiled/${file}`);
  }

  const openapi = readJson(join(schemaDir, 'openapi.json'));
  const apiValidators = new Map();
  const apiResponse = (path) => {
    if (!apiValidators.has(path)) {
      const response = openapi.paths[path]?.get?.responses?.['200']?.content?.['application/json']?.schema;
      if (!response) throw new Error(`the HSDS API description has no response for ${path}`);
      // `#/components/…` points into openapi.json, which is not a schema itself: inline the Page it names.
      const page = JSON.stringify(openapi.components.schemas.Page);
      const inlined = JSON.parse(JSON.stringify(response).replaceAll('{"$ref":"#/components/schemas/Page"}', page));
      apiValidators.set(path, ajv.compile(inlined));
    }
    return apiValidators.get(path);
  };

  const problems = (validator, value, where) => {
    if (validator(value)) return [];
    return validator.errors.map((error) => `${where}${error.instancePath || ''} ${error.message}`);
  };

  const entity = (name, value, where) => {
    const validator = ajv.getSchema(`${PUBLISHED}${name}.json`);
    if (!validator) throw new Error(`HSDS has no entity "${name}"`);
    const found = problems(validator, value, where);
    // The entity schemas leave out what the API nests: an organisation's services and
    // a service_at_location's service. Those are checked as the services they are.
    if (name === 'organization' && Array.isArray(value?.services)) {
      value.services.forEach((service, index) => found.push(...entity('service', service, `${where}/services/${index}`)));
    }
    if (name === 'service_at_location' && value?.service !== undefined) {
      found.push(...entity('service', value.service, `${where}/service`));
    }
    return found;
  };

  const tabular = (value, where) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${where} is not an object of tables`];
    return Object.entries(value).flatMap(([table, rows]) => {
      const name = entityOfTable.get(table);
      if (!name) return [`${where}/${table} is not an HSDS table`];
      if (!Array.isArray(rows)) return [`${where}/${table} is not a list of rows`];
      return rows.flatMap((row, index) => entity(name, row, `${where}/${table}/${index}`));
    });
  };

  const validate = (value, kind, where = '') => {
    if (Array.isArray(kind)) {
      if (!Array.isArray(value) || value.length !== kind.length) return [`${where || '/'} should hold ${kind.length} documents`];
      return kind.flatMap((each, index) => validate(value[index], each, `${where}/${index}`));
    }
    if (kind === 'tabular') return tabular(value, where);
    if (typeof kind === 'string') return entity(kind, value, where);
    return problems(apiResponse(kind.page ?? kind.api), value, where);
  };
  return validate;
}
