import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryAudiences, serviceAudiences } from './audience.js';
import { createSearchIndex } from './search-index.js';
import { service } from './fixtures.test.helper.js';

// An untagged directory, as imported: the text alone says what each service is and for whom.
const SERVICES = [
  service('rouw-kinderen', { name: 'Rouwgroep kinderen', description: 'Praten over rouw en verlies na een overlijden.' }),
  service('rouw', { name: 'Rouwgroep Na het Verlies', description: 'Praten over rouw en verlies na een overlijden.' }),
  service('maatje-roze', { name: 'Coming-out maatje', description: 'Een maatje als je eenzaam bent.' }),
  service('maatje', { name: 'Maatjesproject', description: 'Een maatje als je eenzaam bent.' }),
  service('mannen', { name: 'Opvang voor mannen', description: 'Een veilige plek voor mannen die thuis geweld meemaken.' }),
  service('dementie', { name: 'Ontmoetingscentrum dementie', description: 'Dagbesteding bij dementie.' }),
  service('opvoeden', { name: 'Opvoedspreekuur', description: 'Vragen over het opvoeden van je kind.' }),
  service('drugs', { name: 'Spreekuur drugs', description: 'Hulp als je te veel blowt of drugs gebruikt.' }),
  service('drugs-jong', { name: 'Spreekuur drugs voor jongeren', description: 'Hulp als je te veel blowt of drugs gebruikt.' }),
];
const index = createSearchIndex(SERVICES);
const ids = (query: string): string[] => index.search(query).map((hit) => hit.service.id);

test('a service made for a group the query does not name comes after the same help for everyone', () => {
  for (const [query, general, forGroup] of [
    ['mijn vader is overleden', 'rouw', 'rouw-kinderen'],
    ['ik ben eenzaam', 'maatje', 'maatje-roze'],
  ] as const) {
    const order = ids(query);
    assert.ok(order.includes(forGroup), `${query}: ${forGroup} stays among the results`);
    assert.ok(order.indexOf(general) < order.indexOf(forGroup), `${query}: ${order.join(', ')}`);
  }
});

test('a query that names the group, by word, by a child of the family or by a young age, keeps its services first', () => {
  const before = (query: string, first: string, second: string): void => {
    const order = ids(query);
    assert.ok(order.includes(first) && order.indexOf(first) < order.indexOf(second), `${query}: ${order.join(', ')}`);
  };
  for (const query of ['rouwgroep kinderen', 'mijn dochter is verdrietig, haar opa is overleden', 'ik ben 14 en mijn vader is overleden']) {
    before(query, 'rouw-kinderen', 'rouw');
  }
  before('eenzaam na mijn coming out', 'maatje-roze', 'maatje');
  // Named, the group's own help comes first; not named, the help for everyone does.
  before('ik ben 16 en blow te veel', 'drugs-jong', 'drugs');
  before('mijn zoon blowt', 'drugs-jong', 'drugs');
  before('ik blow te veel', 'drugs', 'drugs-jong');
});

test('groups are read from a service name and a query, English speakers included', () => {
  assert.notEqual(serviceAudiences('International Student Buddy Programme'), 0);
  assert.equal(serviceAudiences('Maatjesproject'), 0);
  // Numbers in a service name are not ages: "Bezoekdienst 75+" and "Buurthuis 2" are for everyone.
  assert.equal(serviceAudiences('Buurthuis 2'), 0);
  assert.notEqual(serviceAudiences('Help for internationals') & queryAudiences('I need a doctor'), 0);
  assert.equal(queryAudiences('ik ben 78 en eenzaam'), 0);
});

test('"mijn man" and "my wife" are the resident\'s family, not help for men or women', () => {
  for (const query of ['mijn man heeft dementie', "m'n man heeft dementie", 'my husband has dementia']) {
    assert.ok(!ids(query).includes('mannen'), `${query}: ${ids(query).join(', ')}`);
  }
  assert.equal(ids('opvang voor mannen')[0], 'mannen');
});
