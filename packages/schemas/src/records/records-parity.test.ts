import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATASET_NAMES, type DatasetName } from '../index.js';
import { BAD_MANIFESTS, BAD_MINIMAL_SERVICES, BAD_RECORDS, VALID_SERVICE, manifestLinking } from '../test-support/bad-records.js';
import { mutateRecord, seededRandom } from '../test-support/mutations.js';
import { readSampleManifest, readSampleSource } from '../test-support/sample.js';
import * as compact from './compact.js';
import type { RecordResult } from './api.js';
import * as withZod from './with-zod.js';

/*
 * The compact validator (browsers) against zod (everywhere else): the same verdict,
 * the same first issue path and, for a valid record, the same value.
 */

type Subject = DatasetName | 'manifest' | 'partitionLink';

function validateBoth(subject: Subject, value: unknown): { zod: RecordResult<unknown>; compact: RecordResult<unknown> } {
  if (subject === 'manifest') return { zod: withZod.validateManifest(value), compact: compact.validateManifest(value) };
  if (subject === 'partitionLink') return { zod: withZod.validatePartitionLink(value), compact: compact.validatePartitionLink(value) };
  return { zod: withZod.validateRecord(subject, value), compact: compact.validateRecord(subject, value) };
}

/** Asserts that both validators agree on `value`, and returns what they said. */
function assertParity(subject: Subject, value: unknown, label: string): { zod: RecordResult<unknown>; compact: RecordResult<unknown> } {
  const results = validateBoth(subject, value);
  const { zod, compact: small } = results;
  const context = `${label}\n  zod:     ${JSON.stringify(zod).slice(0, 300)}\n  compact: ${JSON.stringify(small).slice(0, 300)}`;
  assert.equal(small.ok, zod.ok, `verdicts differ: ${context}`);
  if (zod.ok && small.ok) {
    assert.deepStrictEqual(small.value, zod.value, `values differ: ${context}`);
  } else if (!zod.ok && !small.ok) {
    assert.equal(small.issues[0]?.path, zod.issues[0]?.path, `first issue paths differ: ${context}`);
    const [zodMessage, compactMessage] = [zod.issues[0]?.message, small.issues[0]?.message];
    // One known difference: for a whole number far below its bound, zod first names the
    // safe-integer floor (-9007199254740991) and then the bound; the compact one names the bound.
    const safeIntegerFloor = zodMessage === `must be at least ${Number.MIN_SAFE_INTEGER}` && /^must be at least \d+$/.test(compactMessage ?? '');
    if (!safeIntegerFloor) assert.equal(compactMessage, zodMessage, `first issue messages differ: ${context}`);
  }
  return results;
}

test('both implementations export the same names', () => {
  assert.deepEqual(Object.keys(compact).sort(), Object.keys(withZod).sort());
});

test('every sample record and the sample manifest pass both, with equal values', async () => {
  const source = await readSampleSource();
  for (const dataset of DATASET_NAMES) {
    for (const record of source[dataset]) {
      const { compact: result } = assertParity(dataset, record, `${dataset} ${JSON.stringify(record).slice(0, 60)}`);
      assert.ok(result.ok);
    }
  }
  assert.ok(assertParity('manifest', await readSampleManifest(), 'sample manifest').compact.ok);
});

test('every crafted bad record is refused by both, at the same place, in clear words', () => {
  for (const { dataset, record, path, words } of BAD_RECORDS) {
    const { compact: result } = assertParity(dataset, record, `${dataset} ${path}`);
    assert.ok(!result.ok && result.issues[0]?.path === path, `${dataset} ${path}: ${JSON.stringify(result)}`);
    assert.match(result.issues[0].message, words);
  }
  for (const service of BAD_MINIMAL_SERVICES) assert.ok(!assertParity('services', service, JSON.stringify(service)).compact.ok);
  for (const { manifest, path } of BAD_MANIFESTS) {
    const { compact: result } = assertParity('manifest', manifest, path);
    assert.ok(!result.ok && result.issues[0]?.path === path, `${path}: ${JSON.stringify(result)}`);
  }
  for (const notARecord of [null, undefined, 'service', 42, [], [VALID_SERVICE], {}]) {
    const { compact: result } = assertParity('services', notARecord, JSON.stringify(notARecord));
    assert.ok(!result.ok);
  }
});

test('a partition link alone: the same verdict and first issue as inside a manifest', () => {
  const link = { id: 'gm-test', scope: 'local', area_ids: ['gm-test'], url: 'services/gm-test.0123abcd.json', count: 3, bytes: 120 };
  assert.ok(assertParity('partitionLink', link, 'valid link').compact.ok);
  for (const [bad, path] of [
    [{ ...link, url: 'services/gm-test.json' }, 'url'],
    [{ ...link, area_ids: 'gm-test' }, 'area_ids'],
    [{ ...link, scope: 'elders' }, 'scope'],
    [{ ...link, count: -1 }, 'count'],
  ] as const) {
    const { compact: result } = assertParity('partitionLink', bad, path);
    assert.ok(!result.ok && result.issues[0]?.path === path, `${path}: ${JSON.stringify(result)}`);
  }
  for (const notALink of [null, 'services/x.json', []]) assert.ok(!assertParity('partitionLink', notALink, JSON.stringify(notALink)).compact.ok);
});

test('unknown fields are kept, an own __proto__ dropped and links trimmed, as zod returns them', () => {
  const extra = { ...VALID_SERVICE, x_future: { nested: [1] }, phones: [{ number: '030 000 0101', x_note: 'kept' }] };
  const kept = assertParity('services', extra, 'extra fields').compact;
  assert.ok(kept.ok);
  assert.equal(kept.value, extra, 'nothing to change: the record itself comes back');

  // JSON.parse makes an own "__proto__" field, which zod leaves out of records and record keys.
  assertParity('areas', JSON.parse('{"id":"a","name":"A","kind":"wijk","__proto__":{"x":1}}'), 'own __proto__');
  assertParity('manifest', { ...manifestLinking('services.json'), datasets: JSON.parse('{"__proto__":{"url":""}}') }, 'own __proto__ key');

  const untrimmed = { ...VALID_SERVICE, url: '  https://example.nl/pad\n' };
  assertParity('services', untrimmed, 'untrimmed link');
  const trimmed = compact.validateRecord('services', untrimmed);
  assert.ok(trimmed.ok);
  assert.equal(trimmed.value.url, 'https://example.nl/pad');
  assert.equal(untrimmed.url, '  https://example.nl/pad\n', 'the input is not changed');
});

test('a seeded mutation fuzz of the sample records: same verdict, first issue and value', async () => {
  const source = await readSampleSource();
  const subjects: [Subject, unknown][] = [
    ...DATASET_NAMES.flatMap((dataset) => source[dataset].map((record): [Subject, unknown] => [dataset, record])),
    ['manifest', await readSampleManifest()],
  ];
  const random = seededRandom(20261122);
  const CASES = 4000;
  let refused = 0;
  for (let index = 0; index < CASES; index++) {
    // One case in eight is the manifest, which has a single sample.
    const [subject, original] = random() < 0.125 ? subjects.at(-1)! : subjects[Math.floor(random() * (subjects.length - 1))]!;
    const mutated = mutateRecord(original, random);
    if (!assertParity(subject, mutated, `case ${index} (${subject}): ${JSON.stringify(mutated).slice(0, 200)}`).zod.ok) refused++;
  }
  // The fuzz must exercise both verdicts, not only one.
  assert.ok(refused > CASES * 0.3 && refused < CASES * 0.95, `${refused} of ${CASES} refused`);
});
