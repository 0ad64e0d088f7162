import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATASET_NAMES, Manifest, findDanglingReferences, validateRecord, validateWith } from '@wijkwijzer/schemas';
import { feedFixture } from './feed-fixture.js';

test('the fixture feed passes the contract, record by record', () => {
  const fixture = feedFixture();
  assert.deepEqual(validateWith(Manifest, fixture.manifest), { ok: true, value: fixture.manifest });
  for (const name of DATASET_NAMES) {
    const records = fixture.datasets[name] as unknown[];
    assert.ok(records.length > 0, `${name} has records`);
    for (const record of records) {
      const result = validateRecord(name, record);
      assert.ok(result.ok, `${name}: ${JSON.stringify(result.ok ? '' : result.issues)}`);
    }
  }
});

test('its only dangling link is the deliberate one', () => {
  const fixture = feedFixture();
  const dangling = findDanglingReferences(fixture.datasets as Parameters<typeof findDanglingReferences>[0]);
  assert.deepEqual(dangling.map((link) => link.missingId), ['bestaat-niet']);
});
