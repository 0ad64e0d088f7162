import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { service } from './fixtures.test.helper.js';
import { groupByPlace, isPlaceGroup, type ResultEntry } from './place-groups.js';
import { createSearchIndex } from './search-index.js';
import type { SearchHit } from './types.js';

const hit = (record: Service, extra: Partial<SearchHit> = {}): SearchHit => ({ service: record, score: 1, ...extra });

/** One of sportclub's "Samen Bewegen 65+" groups, in wijk `wijk` (its area's name is "<wijk> (Utrecht)"). */
function bewegen(wijk: string, fields: Partial<Service> = {}): Service {
  return service(`bewegen-${wijk.toLowerCase()}`, {
    organization_id: 'org-sport',
    name: `Samen Bewegen 65+ ${wijk}`,
    summary_b1: `Elke week samen bewegen in ${wijk}. Rustig tempo.`,
    route_step: 'samen',
    needs: ['need-bewegen', 'need-eenzaamheid'],
    cost: 'eigen-bijdrage',
    referral: 'geen',
    service_areas: [{ area_id: `wk-${wijk.toLowerCase()}`, name: `${wijk} (Utrecht)` }],
    ...fields,
  });
}

/** Entries as ids: a hit by its id, a group as "name: id id …". */
const shape = (entries: readonly ResultEntry[]): string[] =>
  entries.map((entry) => (isPlaceGroup(entry) ? `${entry.name}: ${entry.places.map(({ hit }) => hit.service.id).join(' ')}` : entry.service.id));

test('records that differ only by their place are one entry, where the best-ranked one was, its places by name', () => {
  const hits = [hit(service('eerst')), hit(bewegen('Zuid')), hit(service('tussen')), hit(bewegen('Overvecht')), hit(bewegen('West'))];
  const entries = groupByPlace(hits);
  assert.deepEqual(shape(entries), ['eerst', 'Samen Bewegen 65+: bewegen-overvecht bewegen-west bewegen-zuid', 'tussen']);
  const group = entries[1];
  assert.ok(group && isPlaceGroup(group));
  assert.deepEqual(
    group.places.map(({ place }) => place),
    ['Overvecht', 'West', 'Zuid'],
  );
});

test("the resident's own area first, and the nearest first when a distance is known", () => {
  const [zuid, overvecht, west] = [bewegen('Zuid'), bewegen('Overvecht'), bewegen('West')];
  assert.deepEqual(shape(groupByPlace([hit(zuid), hit(overvecht), hit(west)], { area: 'wk-west' })), ['Samen Bewegen 65+: bewegen-west bewegen-overvecht bewegen-zuid']);
  const near = [hit(zuid, { distanceKm: 0.8 }), hit(overvecht, { distanceKm: 4.1 }), hit(west, { distanceKm: 2.5 })];
  assert.deepEqual(shape(groupByPlace(near, { area: 'wk-overvecht' })), ['Samen Bewegen 65+: bewegen-zuid bewegen-west bewegen-overvecht']);
});

test('the ways a name can end in its place: a space, "in", a dash, a colon, parentheses', () => {
  for (const [a, b] of [
    ['Spreekuur in Zuid', 'Spreekuur in West'],
    ['Spreekuur - Zuid', 'Spreekuur - West'],
    ['Spreekuur: Zuid', 'Spreekuur: West'],
    ['Spreekuur (Zuid)', 'Spreekuur (West)'],
  ] as const) {
    const entries = groupByPlace([hit(bewegen('Zuid', { name: a })), hit(bewegen('West', { name: b }))]);
    assert.deepEqual(shape(entries), ['Spreekuur: bewegen-west bewegen-zuid'], a);
  }
});

test('a town of its address counts as a place of the record', () => {
  const inTown = (town: string): Service =>
    bewegen(town, { service_areas: [], service_at_locations: [{ location: { addresses: [{ address_1: 'Dorpsstraat 1', city: town, postal_code: '1234 AB', country: 'NL' }] } }] });
  assert.deepEqual(shape(groupByPlace([hit(inTown('Vinkeveen')), hit(inTown('Wilnis'))])), ['Samen Bewegen 65+: bewegen-vinkeveen bewegen-wilnis']);
});

test('anything else that differs keeps records apart: a wrong merge would hide help', () => {
  const apart = (other: Service, why: string): void => assert.deepEqual(shape(groupByPlace([hit(bewegen('Zuid')), hit(other)])), ['bewegen-zuid', other.id], why);
  apart(bewegen('West', { organization_id: 'org-andere-club' }), 'another organisation');
  apart(bewegen('West', { route_step: 'informeel' }), 'another route step');
  apart(bewegen('West', { needs: ['need-bewegen'] }), 'other needs');
  apart(bewegen('West', { cost: 'gratis' }), 'another cost');
  apart(bewegen('West', { referral: 'huisarts' }), 'a referral needed');
  apart(bewegen('West', { audience: 'professional' }), 'another audience');
  apart(bewegen('West', { summary_b1: 'Elke week zwemmen in West.' }), 'another offer in its summary');
  apart(bewegen('West', { name: 'Samen Bewegen 75+ West' }), 'another name');
  apart(bewegen('West', { name: 'Samen Bewegen 65+ Noord' }), 'a place that is not its own');
  apart(bewegen('West', { needs: [] }), 'no needs to compare');
});

test('a place glued to a word is part of a name, and a place named twice is two services', () => {
  const buurthuis = (id: string, name: string, wijk: string): Service =>
    service(id, { organization_id: 'org-dock', name, route_step: 'samen', needs: ['need-ontmoeting'], summary_b1: 'Binnenlopen voor koffie.', service_areas: [{ area_id: id, name: wijk }] });
  const glued = [hit(buurthuis('a', 'Buurthuis Zuilen-Proef', 'Zuilen')), hit(buurthuis('b', 'Buurthuis Oost-Proef', 'Oost'))];
  assert.deepEqual(shape(groupByPlace(glued)), ['a', 'b']);
  const twice = [hit(bewegen('Zuid')), hit(bewegen('Zuid', { id: 'bewegen-zuid-avond' })), hit(bewegen('West'))];
  assert.deepEqual(shape(groupByPlace(twice)), ['Samen Bewegen 65+: bewegen-west bewegen-zuid', 'bewegen-zuid-avond']);
});

test('a place is left out of a summary as a whole word only: "West" is not the end of "Noordwest"', () => {
  const team = (wijk: string, summary: string): Service =>
    bewegen(wijk, { name: `Buurtteam ${wijk}`, summary_b1: summary });
  const entries = groupByPlace([hit(team('West', 'Het buurtteam in West denkt mee.')), hit(team('Noordwest', 'Het buurtteam in Noordwest denkt mee.'))]);
  assert.deepEqual(shape(entries), ['Buurtteam: bewegen-noordwest bewegen-west']);
  const other = groupByPlace([hit(team('West', 'Het buurtteam in Noordwest denkt mee.')), hit(team('Zuid', 'Het buurtteam in Noordzuid denkt mee.'))]);
  assert.deepEqual(shape(other), ['bewegen-west', 'bewegen-zuid']);
});

test('a national help line is never grouped', () => {
  const entries = groupByPlace([hit(bewegen('Zuid'), { crisis: true }), hit(bewegen('West')), hit(bewegen('Oost'))]);
  assert.deepEqual(shape(entries), ['bewegen-zuid', 'Samen Bewegen 65+: bewegen-oost bewegen-west']);
});

test('the sample feed, "eenzaam": one entry per service offered in several wijken, different services apart', () => {
  const source = new URL('../../../../data/regio-utrecht/', import.meta.url);
  const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, source), 'utf8')) as T;
  const services = readdirSync(new URL('services/', source)).flatMap((file) => read<Service[]>(`services/${file}`));
  const { hits } = createSearchIndex(services, read<TaxonomyTerm[]>('taxonomy.json')).searchWithHelp('eenzaam', { limit: 200 });
  const entries = groupByPlace(hits);
  const groups = entries.filter(isPlaceGroup).map((group) => `${group.name} (${group.places.length})`);
  assert.deepEqual(groups.sort(), ['Buurtteam Sociaal (10)', 'Samen Bewegen 65+ (5)', 'Welzijn op Recept (10)']);
  const samen = entries.find((entry) => isPlaceGroup(entry) && entry.name === 'Samen Bewegen 65+');
  assert.ok(samen && isPlaceGroup(samen));
  assert.deepEqual(
    samen.places.map(({ place }) => place),
    ['Overvecht', 'Vleuten-De Meern', 'West', 'Zuid', 'Zuidwest'],
  );
  // Named places of their own, and Eemland's Welzijn op Recept with their own summaries, stay results of their own.
  const single = new Set(entries.filter((entry) => !isPlaceGroup(entry)).map((entry) => (entry as SearchHit).service.name));
  for (const name of ['Buurthuis Zuilen-Proef', 'Buurthuis Oost-Proef', 'Buurtkamer De Schetsboom', 'Welzijn op Recept Amersfoort', 'Welzijn op Recept Soest', 'Welzijn op Recept Leusden']) {
    assert.ok(single.has(name), name);
  }
  assert.equal(entries.reduce((sum, entry) => sum + (isPlaceGroup(entry) ? entry.places.length : 1), 0), hits.length, 'every hit once');
});
