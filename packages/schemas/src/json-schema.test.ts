import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { JSON_SCHEMA_ENTITIES, validateRecord, type DatasetName, type JsonSchemaEntity } from './index.js';
import { BAD_MINIMAL_SERVICES, MINIMAL_SERVICE } from './test-support/bad-records.js';
import { readSampleSource } from './test-support/sample.js';

// ajv ships CommonJS; createRequire keeps its types without esModuleInterop.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const ENTITY_OF: Record<DatasetName, JsonSchemaEntity> = {
  areas: 'area',
  organizations: 'organization',
  services: 'service',
  pathways: 'pathway',
  availability: 'availability-observation',
  norms: 'norm',
  taxonomy: 'taxonomy-term',
  postcodes: 'postcode-area',
};

/** The files the build wrote into dist/json-schema/, i.e. what the package publishes. */
async function publishedSchema(entity: JsonSchemaEntity): Promise<object> {
  return JSON.parse(await readFile(new URL(`../dist/json-schema/${entity}.json`, import.meta.url), 'utf8')) as object;
}

function compile(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

test('a JSON Schema is published for every entity', async () => {
  for (const entity of Object.keys(JSON_SCHEMA_ENTITIES) as JsonSchemaEntity[]) {
    const schema = (await publishedSchema(entity)) as { $schema?: string; type?: string };
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.type, 'object');
  }
});

test('the published JSON Schemas agree with zod on every sample record', async () => {
  const source = await readSampleSource();
  for (const [dataset, records] of Object.entries(source) as [DatasetName, unknown[]][]) {
    const validate = compile(await publishedSchema(ENTITY_OF[dataset]));
    for (const record of records) {
      const zodSays = validateRecord(dataset, record).ok;
      const jsonSchemaSays = validate(record);
      assert.equal(jsonSchemaSays, zodSays, `${dataset} ${JSON.stringify(record).slice(0, 60)}: ${JSON.stringify(validate.errors)}`);
    }
  }
});

test('the published JSON Schemas reject what zod rejects on crafted records', async () => {
  const service = compile(await publishedSchema('service'));
  assert.equal(service(MINIMAL_SERVICE), true);
  for (const bad of BAD_MINIMAL_SERVICES) {
    assert.equal(validateRecord('services', bad).ok, false, JSON.stringify(bad));
    assert.equal(service(bad), false, `JSON Schema accepted ${JSON.stringify(bad)}`);
  }
});
