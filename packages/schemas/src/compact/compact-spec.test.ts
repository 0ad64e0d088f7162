import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { JSON_SCHEMA_ENTITIES, jsonSchemaOf, toJsonSchema, type JsonSchemaEntity } from '../json-schema.js';
import { annotateForCompactSpec } from './annotate.js';
import { buildCompactSpec } from './build-spec.js';
import { CompactSpecBuilder } from './spec-from-json-schema.js';
import { compactSpecModule } from './spec-module.js';

/** A JSON Schema without the annotations only the compact spec reads. */
function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, item]) => [key, withoutAnnotations(item)]),
  );
}

test('the spec is made from the published JSON Schemas: without its annotations they are the same', () => {
  for (const entity of Object.keys(JSON_SCHEMA_ENTITIES) as JsonSchemaEntity[]) {
    const annotated = jsonSchemaOf(JSON_SCHEMA_ENTITIES[entity], annotateForCompactSpec);
    assert.deepEqual(withoutAnnotations(annotated), toJsonSchema(entity), entity);
  }
});

test('the spec module in dist is the one the built schemas give', async () => {
  const written = await readFile(new URL('./generated-spec.js', import.meta.url), 'utf8');
  assert.equal(written, compactSpecModule(buildCompactSpec()));
});

test('a JSON Schema keyword the compact validator does not read fails the build', () => {
  const unsupported: Record<string, unknown>[] = [
    { type: 'array', items: { type: 'string' }, maxItems: 2 },
    { oneOf: [{ type: 'string' }, { type: 'number' }] },
    { type: 'object', properties: {}, additionalProperties: false },
    { type: 'object', properties: {} },
    { type: 'string', format: 'uri' },
    { type: ['string', 'null'] },
    { type: 'string', pattern: '^x$' },
  ];
  for (const schema of unsupported) {
    assert.throws(() => new CompactSpecBuilder().addEntity(schema, 'test'), /compact spec/, JSON.stringify(schema));
  }
});

test('a zod feature the compact validator does not implement fails the build', () => {
  const unsupported: z.ZodMiniType[] = [
    z.string().check(z.trim()),
    z.string().check(z.refine((text) => text !== 'x', 'not x')),
    z.url(),
    z.url({ protocol: /^ftp$/, hostname: /\./ }),
    z._default(z.string(), 'x'),
    z.nullable(z.string()),
    z.strictObject({ name: z.string() }),
    // The compact validator tests lengths before patterns; zod would report these the other way round.
    z.string().check(z.regex(/\S/), z.minLength(1)),
  ];
  for (const schema of unsupported) {
    assert.throws(() => new CompactSpecBuilder().addEntity(jsonSchemaOf(schema, annotateForCompactSpec), 'test'), /compact/);
  }
});

/** min+gz bytes of `code` bundled and minified for browsers, and the modules it holds. */
async function browserBundle(code: string): Promise<{ bytes: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { bytes: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

test('the compact validator stays small and brings no zod', async () => {
  const interpreter = await browserBundle(`export { compactValidator } from './compact-validator.js';`);
  const records = await browserBundle(`export * from '../records/compact.js';`);
  console.log(`compact validator: ${interpreter.bytes} B min+gz; with the spec and the rest of /records: ${records.bytes} B`);
  // 1,560 B since issue 12: reporting functions shared by every check instead of two closures made
  // per value (about 14 B) validate a gemeente's 1,300 cards some 20 % faster on first use.
  assert.ok(interpreter.bytes <= 1560, `the interpreter is ${interpreter.bytes} B min+gz (budget 1,560 B)`);
  // 5.375 KB since contract 1.1: the manifest's partitions, detailShardOf and detailShardFile and
  // the details folder's checks (about 80 B), which the SDK needs anyway; 5.625 KB since partition
  // files are checked against the hash in their names (hashInName, hashMatches: about 210 B),
  // which took some 50 KB (brotli) out of a national feed's manifest.
  // 5.65 KB since a partition link can be checked on its own (validatePartitionLink, WHOLE_RECORD:
  // about 20 B), so a national manifest's 1,400 links are checked between pauses, not in one task.
  // 5.85 KB since contract 1.2 (issue 18, about 215 B): how a wait was measured and over which
  // period, a norm's target beside its maximum (and the rules that keep them apart), working days,
  // a location's own phones and hours, numbered weekdays and the "onbekend" implementation status.
  // 5.95 KB since the optional postcodes dataset (contract 1.2, issue 16, about 70 B): its records are checked like the others.
  // 6.1 KB since an area's outline (contract 1.2, issue 16, about 210 B): a GeoJSON Polygon or
  // MultiPolygon and the rule that its rings are closed and in WGS84, so a map never draws a swapped
  // or open outline that the feed's build would have refused.
  assert.ok(records.bytes <= 6.15 * 1024, `@wijkwijzer/schemas/records is ${records.bytes} B min+gz in browsers (budget 6.15 KB)`);
  assert.deepEqual(records.inputs.filter((input) => input.includes('node_modules/zod/')), []);
});
