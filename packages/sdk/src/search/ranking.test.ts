import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSearchIndex } from './search-index.js';
import { relevanceBucket, routeRank } from './rank.js';
import { UTRECHT_CENTRE, at, service } from './fixtures.test.helper.js';

// Four equally relevant services (the same words) at every step of the route, in scrambled order.
const EQUAL = [
  service('formeel', { name: 'Wandelgroep Formeel', route_step: 'formeel' }),
  service('zonder', { name: 'Wandelgroep Zonder' }),
  service('peers', { name: 'Wandelgroep Peers', route_step: 'peers' }),
  service('zelf', { name: 'Wandelgroep Zelf', route_step: 'zelf' }),
  service('informeel', { name: 'Wandelgroep Informeel', route_step: 'informeel' }),
  service('samen', { name: 'Wandelgroep Samen', route_step: 'samen' }),
];

test('ranking: among equally relevant hits, the route order decides (self-help first, no step last)', () => {
  const index = createSearchIndex(EQUAL);
  assert.deepEqual(
    index.search('wandelgroep').map((h) => h.service.id),
    ['zelf', 'samen', 'peers', 'informeel', 'formeel', 'zonder'],
  );
});

test('ranking: a clearly better match beats route order', () => {
  const index = createSearchIndex([
    service('zelf', { name: 'Zelfhulp-app', description: 'Tips over geld, werk en ook over schulden.', route_step: 'zelf' }),
    service('formeel', { name: 'Hulp bij schulden', description: 'Een plan om schulden af te lossen.', route_step: 'formeel' }),
  ]);
  assert.deepEqual(index.search('schulden').map((h) => h.service.id), ['formeel', 'zelf']);
});

test('ranking: distance breaks ties within a route step', () => {
  const index = createSearchIndex([
    service('ver', { name: 'Buurthuis Ver', route_step: 'samen', ...at({ latitude: 52.2, longitude: 5.3 }) }),
    service('geen-locatie', { name: 'Buurthuis Online', route_step: 'samen' }),
    service('dichtbij', { name: 'Buurthuis Dichtbij', route_step: 'samen', ...at({ latitude: 52.091, longitude: 5.122 }) }),
    service('zelf-ver', { name: 'Buurthuis Zelf', route_step: 'zelf', ...at({ latitude: 52.3, longitude: 5.4 }) }),
  ]);
  const hits = index.search('buurthuis', { near: { point: UTRECHT_CENTRE } });
  assert.deepEqual(
    hits.map((h) => h.service.id),
    ['zelf-ver', 'dichtbij', 'ver', 'geen-locatie'],
    'route first, then distance; services without coordinates after those with',
  );
  assert.ok((hits[1]?.distanceKm ?? 99) < 0.2);
});

test('empty query: everything in route order, then by name', () => {
  const index = createSearchIndex([
    service('b', { name: 'Beta', route_step: 'samen' }),
    service('a', { name: 'Alfa', route_step: 'samen' }),
    service('z', { name: 'Zulu', route_step: 'zelf' }),
    service('e', { name: 'Épée' }),
    service('d', { name: 'Delta' }),
  ]);
  assert.deepEqual(index.search('').map((h) => h.service.id), ['z', 'a', 'b', 'd', 'e']);
  assert.deepEqual(index.search('   ').map((h) => h.service.id), ['z', 'a', 'b', 'd', 'e']);
  assert.ok(index.search('').every((h) => h.score === 1 && h.matched === undefined));
});

test('limit caps the hits', () => {
  const index = createSearchIndex(EQUAL);
  assert.deepEqual(index.search('wandelgroep', { limit: 2 }).map((h) => h.service.id), ['zelf', 'samen']);
  assert.deepEqual(index.search('', { limit: 0 }), []);
});

test('relevance buckets and route ranks', () => {
  assert.equal(relevanceBucket(1), 0);
  assert.equal(relevanceBucket(0.8), 0);
  assert.equal(relevanceBucket(0.79), 1);
  assert.equal(relevanceBucket(0.05), 4);
  assert.equal(routeRank('zelf'), 0);
  assert.equal(routeRank('formeel'), 4);
  assert.equal(routeRank(undefined), 5);
});

test('ranking: a service with the specific word as written outranks those matched through the need or a word part', () => {
  // Six services the thesaurus relates to "belastingaangifte" (forms, administration), earlier in route order.
  const related = ['Formulierenhulp', 'Papierwinkel', 'Thuisadministratie', 'Sociaal raadslieden', 'Formulierenbrigade', 'Hulp bij toeslagen'].map(
    (name, i) => service(`related-${i}`, { name, description: 'Hulp bij formulieren en je administratie.', route_step: i % 2 === 0 ? 'zelf' : 'samen' }),
  );
  const exact = service('exact', { name: 'Belastinghulp', description: 'Vrijwilligers helpen met je belastingaangifte.', route_step: 'formeel' });
  // The word only as the start of a longer one.
  const part = service('part', { name: 'Aangiftespreekuur', description: 'Hulp bij belastingaangiftespreekuren en toeslagen.', route_step: 'zelf' });
  const index = createSearchIndex([...related, part, exact]);
  const ids = index.search('belastingaangifte').map((h) => h.service.id);
  assert.equal(ids[0], 'exact', ids.join(', '));
  assert.ok(ids.includes('part'));
});
