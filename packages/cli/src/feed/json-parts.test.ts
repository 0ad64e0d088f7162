import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stableJson } from '../json.js';
import { contentHash } from './hash.js';
import { contentHashOfParts, stableJsonParts } from './json-parts.js';

const RECORDS = [
  { id: 'a', name: 'Buurtkamer "De Hoek"', nested: { list: [1, { deep: true }], empty: [] }, text: 'regel 1\nregel 2' },
  { id: 'b', name: 'Één € teken', tags: [] },
  { id: 'c' },
];

test('the parts join to exactly the UTF-8 bytes of stableJson of the records, for any length', () => {
  for (const records of [[], RECORDS.slice(0, 1), RECORDS]) {
    assert.equal(Buffer.concat(stableJsonParts(records)).toString('utf8'), stableJson(records));
  }
  assert.equal(stableJsonParts(RECORDS).length, RECORDS.length);
});

test('the hash of the parts equals contentHash of the whole text', async () => {
  for (const records of [[], RECORDS]) {
    assert.equal(contentHashOfParts(stableJsonParts(records)), await contentHash(stableJson(records)));
  }
});
