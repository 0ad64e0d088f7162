import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryClauses } from './clauses.js';
import { fillFromClauses } from './result-order.js';
import { createSearchIndex } from './search-index.js';
import { TAXONOMY, service } from './fixtures.test.helper.js';

// Six services for loneliness, earlier in route order and in name, and three for money worries.
const SERVICES = [
  ...['Koffieochtend', 'Maatjesproject', 'Belcirkel', 'Wandelgroep', 'Huiskamer', 'Buurtkamer'].map((name, i) =>
    service(`eenzaam-${i}`, { name, description: 'Samen met anderen, tegen eenzaamheid.', needs: ['need-eenzaamheid'], route_step: 'samen' }),
  ),
  ...['Geldloket', 'Budgetcoach', 'Formulierenhulp'].map((name, i) =>
    service(`geld-${i}`, { name, description: 'Hulp als je geldzorgen hebt.', needs: ['need-geldzorgen'], route_step: 'formeel' }),
  ),
  service('beide', { name: 'Buurtteam', description: 'Voor geldzorgen en eenzaamheid.', needs: ['need-eenzaamheid', 'need-geldzorgen'], route_step: 'formeel' }),
  service('anders', { name: 'Speelochtend', description: 'Voor kinderen.' }),
];
const index = createSearchIndex(SERVICES, TAXONOMY);
const needsOf = (id: string): string[] => SERVICES.find((s) => s.id === id)?.needs ?? [];

test('several needs in one query: the first five cover each of them, a service for both first', () => {
  for (const query of ['eenzaam en geldzorgen', 'geldzorgen en eenzaam', 'ik ben eenzaam en heb geen geld']) {
    const top = index.search(query).slice(0, 5).map((hit) => hit.service.id);
    assert.equal(top[0], 'beide', query);
    for (const need of ['need-eenzaamheid', 'need-geldzorgen']) {
      assert.ok(top.filter((id) => id !== 'beide').some((id) => needsOf(id).includes(need)), `${query}: no service for ${need} in ${top.join(', ')}`);
    }
  }
});

test('several needs: each need by turns, its own services in their ranked order, every service once', () => {
  const ids = index.search('eenzaam en geldzorgen').map((hit) => hit.service.id);
  assert.equal(new Set(ids).size, ids.length);
  const lonely = ids.filter((id) => id.startsWith('eenzaam-'));
  const money = ids.filter((id) => id.startsWith('geld-'));
  assert.deepEqual(lonely, index.search('eenzaam').map((hit) => hit.service.id).filter((id) => id.startsWith('eenzaam-')));
  assert.deepEqual(money, index.search('geldzorgen').map((hit) => hit.service.id).filter((id) => id.startsWith('geld-')));
  // Turns: after the shared one, loneliness and money alternate while both last.
  assert.deepEqual(ids.slice(1, 7).map((id) => id.split('-')[0]), ['eenzaam', 'geld', 'eenzaam', 'geld', 'eenzaam', 'geld']);
});

test('several needs: two services for all of them come first, not a page of them', () => {
  const teams = ['Noord', 'Zuid', 'Oost', 'West', 'Midden'].map((wijk) =>
    service(`team-${wijk}`, { name: `Buurtteam ${wijk}`, description: 'Voor geldzorgen en eenzaamheid.', needs: ['need-eenzaamheid', 'need-geldzorgen'], route_step: 'samen' }),
  );
  const withTeams = createSearchIndex([...SERVICES, ...teams], TAXONOMY);
  const top = withTeams.search('eenzaam en geldzorgen').slice(0, 5).map((hit) => hit.service.id);
  assert.equal(top.filter((id) => id.startsWith('team-') || id === 'beide').length, 2, top.join(', '));
  assert.ok(top.some((id) => id.startsWith('eenzaam-')), top.join(', '));
  assert.ok(top.some((id) => id.startsWith('geld-')), top.join(', '));
});

test('several needs: lost work and debts finds work help, not day care', () => {
  const index = createSearchIndex([
    service('werkcoach', { name: 'Werkcoach', description: 'Hulp bij solliciteren en werk zoeken.', route_step: 'formeel' }),
    service('dagbesteding', { name: 'Dagbesteding De Linde', description: 'Dagbesteding voor ouderen met dementie.', route_step: 'samen' }),
    service('vrijwillig', { name: 'Vrijwilligerscentrale', description: 'Vrijwilligerswerk in de buurt.', route_step: 'samen' }),
    service('schuld', { name: 'Schuldhulp', description: 'Hulp bij schulden.', route_step: 'formeel' }),
  ]);
  const top = index.search('ik ben mijn baan kwijt en heb schulden').slice(0, 2).map((hit) => hit.service.id);
  assert.deepEqual([...top].sort(), ['schuld', 'werkcoach']);
});

test('several needs: a need met only in descriptions still gets its turn', () => {
  // As an imported directory: no tags; the debt services say so in their names, the anxiety help only in its text.
  const index = createSearchIndex([
    ...['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Centrum'].map((wijk) => service(`schuld-${wijk}`, { name: `Schuldhulp ${wijk}`, description: 'Hulp bij schulden.' })),
    service('praktijk', { name: 'Praktijk De Linde', description: 'Gesprekken bij angstklachten en paniek.' }),
    service('groep', { name: 'Groep Rust', description: 'Een groep voor mensen met angst.' }),
  ]);
  const top = index.search('schulden en angst').slice(0, 5).map((hit) => hit.service.id);
  assert.ok(top.some((id) => id === 'praktijk' || id === 'groep'), top.join(', '));
});

test('several needs: a word that names a kind of help the thesaurus does not know takes turns with a need', () => {
  // "drinken" is in no need's words here; one service is named for it, another drinks coffee.
  const index = createSearchIndex([
    ...['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Centrum'].map((wijk) => service(`schuld-${wijk}`, { name: `Schuldhulp ${wijk}`, description: 'Hulp bij schulden.' })),
    service('koffie', { name: 'Inloop', description: 'Samen koffie drinken.' }),
    service('drinken', { name: 'Minder drinken', description: 'Online hulp om te minderen.' }),
  ]);
  const top = index.search('door het drinken heb ik nu ook schulden').slice(0, 5).map((hit) => hit.service.id);
  assert.ok(top.includes('drinken'), top.join(', '));
});

test('several needs: a word met only in descriptions is part of the story, not a need of its own', () => {
  // "zwaar" names no service: the loneliness services keep the first places.
  const index = createSearchIndex(
    [
      ...['Koffieochtend', 'Maatjesproject', 'Belcirkel', 'Wandelgroep', 'Huiskamer', 'Buurtkamer'].map((name, i) =>
        service(`eenzaam-${i}`, { name, description: 'Samen met anderen, tegen eenzaamheid.', needs: ['need-eenzaamheid'] }),
      ),
      service('tillen', { name: 'Klussendienst', description: 'Wij tillen zware spullen voor u.' }),
    ],
    TAXONOMY,
  );
  const top = index.search('ik ben eenzaam en het valt me zwaar').slice(0, 5).map((hit) => hit.service.id);
  assert.ok(top.every((id) => id.startsWith('eenzaam-')), top.join(', '));
});

test('a story of several parts: the best help for each part has a place in the first five', () => {
  // No tags, as an imported directory: debts are a need the thesaurus knows, leaving school is not.
  const index = createSearchIndex([
    ...['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Centrum'].map((wijk) =>
      service(`schuld-${wijk}`, { name: `Schuldhulp ${wijk}`, description: 'Hulp bij schulden, ook voor jongeren en hun ouders.' }),
    ),
    service('jongerenloket', { name: 'Jongerenloket', description: 'Gestopt met school zonder diploma? Samen zoeken we een opleiding.' }),
    service('bijles', { name: 'Bijles', description: 'Bijles voor kinderen op de basisschool.' }),
  ]);
  const query = 'zoon van 19 heeft schulden en is gestopt met school';
  const top = index.search(query).slice(0, 5).map((hit) => hit.service.id);
  assert.ok(top.includes('jongerenloket'), top.join(', '));
  assert.ok(top.filter((id) => id.startsWith('schuld-')).length >= 2, top.join(', '));
});

test('a story of several parts: the query\'s two best keep their places, and parts shown already change nothing', () => {
  const ranked = [1, 2, 3, 4, 5, 6];
  const matchedOf = (doc: number): string[] => (doc <= 2 ? ['schulden'] : ['schulden', 'geld']);
  // The second part's best (7) matched "school", which nothing in the first five did: it takes the lowest place
  // whose matches others share, not one of the first two.
  assert.deepEqual(fillFromClauses(ranked, matchedOf, [{ doc: 1, matched: ['schulden'] }, { doc: 7, matched: ['school'] }]), [1, 2, 3, 4, 7, 5, 6]);
  // A part whose best says nothing new, or is already shown, leaves the order alone.
  assert.deepEqual(fillFromClauses(ranked, matchedOf, [{ doc: 8, matched: ['geld'] }, { doc: 3, matched: ['school'] }]), [1, 2, 3, 4, 5, 6]);
});

test('the parts of a query: split at joining words and commas, parts of only stop words dropped', () => {
  assert.deepEqual(queryClauses('vergeetachtig, woont alleen en valt vaak'), ['vergeetachtig', 'woont alleen', 'valt vaak']);
  assert.deepEqual(queryClauses('new in town and need a GP'), ['new in town', 'need a GP']);
  assert.deepEqual(queryClauses('eenzaam en'), ['eenzaam']);
  // A saying with "en" inside asks one thing.
  assert.deepEqual(queryClauses('woon alleen en wil af en toe bezoek'), ['woon alleen', 'wil af en toe bezoek']);
  // Joining words inside other words do not split them.
  assert.deepEqual(queryClauses('eenzaamheid mantelzorg'), ['eenzaamheid mantelzorg']);
});
