import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET_NAMES, findDanglingReferences, validateRecord } from '@wijkwijzer/schemas';
import { SYNTHETIC_REGION, generateSyntheticFeed, mulberry32, type SyntheticFeed } from './generate.js';

function allInvalid(feed: SyntheticFeed): string[] {
  const problems: string[] = [];
  for (const dataset of DATASET_NAMES) {
    for (const record of feed[dataset]) {
      const result = validateRecord(dataset, record);
      if (!result.ok) problems.push(`${dataset}/${record.id}: ${JSON.stringify(result.issues)}`);
    }
  }
  return problems;
}

test('mulberry32 is deterministic and stays in [0, 1)', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  for (let index = 0; index < 1000; index += 1) {
    const value = a();
    assert.equal(value, b());
    assert.ok(value >= 0 && value < 1);
  }
});

test('the same seed gives a deep-equal feed', () => {
  assert.deepEqual(generateSyntheticFeed({ services: 300, seed: 42 }), generateSyntheticFeed({ services: 300, seed: 42 }));
  assert.deepEqual(generateSyntheticFeed({ services: 50 }), generateSyntheticFeed({ services: 50, seed: 1 }));
});

test('a different seed gives a different feed', () => {
  const a = generateSyntheticFeed({ services: 100, seed: 1 });
  const b = generateSyntheticFeed({ services: 100, seed: 2 });
  assert.notDeepEqual(a.services, b.services);
});

test('generates exactly the requested number of services, with unique ids everywhere', () => {
  for (const count of [0, 1, 37, 1000]) {
    const feed = generateSyntheticFeed({ services: count, seed: count });
    assert.equal(feed.services.length, count);
    assert.ok(feed.areas.length > 0 && feed.organizations.length > 0 && feed.taxonomy.length > 0 && feed.norms.length > 0);
    for (const dataset of DATASET_NAMES) {
      const ids = feed[dataset].map((record) => record.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${dataset}`);
    }
  }
});

test('every generated record passes validateRecord and every link resolves', () => {
  for (const seed of [1, 2, 3]) {
    const feed = generateSyntheticFeed({ services: 1500, seed });
    assert.deepEqual(allInvalid(feed), []);
    assert.deepEqual(findDanglingReferences(feed), []);
  }
});

test('covers every route step, availability metric and audience', () => {
  const feed = generateSyntheticFeed({ services: 2000, seed: 9 });
  assert.deepEqual(new Set(feed.services.map((service) => service.route_step)), new Set(['zelf', 'samen', 'peers', 'informeel', 'formeel']));
  assert.deepEqual(new Set(feed.services.map((service) => service.audience)), new Set(['inwoner', 'beide', 'professional']));
  assert.deepEqual(
    new Set(feed.availability.map((observation) => observation.metric)),
    new Set(['aanmeldwachttijd', 'behandelwachttijd', 'beschikbare-plekken', 'patientenstop', 'bereikbaarheid']),
  );
});

test('names are Dutch compounds that search must split', () => {
  const names = generateSyntheticFeed({ services: 2000, seed: 3 }).services.map((service) => service.name);
  for (const word of ['Mantelzorgondersteuning', 'Schuldhulp', 'Huisartsenpost', 'Maatjesproject', 'Beweeggroep']) {
    assert.ok(names.some((name) => name.startsWith(`${word} `)), `no service named ${word} …`);
  }
});

test('is never presented as real data', () => {
  assert.equal(SYNTHETIC_REGION.region.id, 'synthetic');
  assert.equal(SYNTHETIC_REGION.sample, true);
  const feed = generateSyntheticFeed({ services: 500, seed: 5 });
  for (const service of feed.services) {
    for (const phone of service.phones ?? []) assert.match(phone.number, /^0\d{2} 0/, 'subscriber part must start with 0');
    assert.ok(service.url?.startsWith('https://example.org/'));
    assert.ok(service.email?.endsWith('.example'));
  }
});

test('refuses a bad service count', () => {
  assert.throws(() => generateSyntheticFeed({ services: -1 }), RangeError);
  assert.throws(() => generateSyntheticFeed({ services: 1.5 }), RangeError);
});
