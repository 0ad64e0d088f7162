import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Service } from '@wijkwijzer/schemas';
import type { SliceOptions } from '../time-slices.js';
import { AREAS, TAXONOMY, service, at, UTRECHT_CENTRE } from './fixtures.test.helper.js';
import { createSearchIndex, createSearchIndexInSlices } from './search-index.js';

const TOPICS = [
  { name: 'Buurtteam', summary: 'Hulp bij geldzorgen, eenzaamheid en opvoeden.', needs: ['need-geldzorgen', 'need-eenzaamheid'] },
  { name: 'Schuldhulpverlening', summary: 'Samen uw schulden op een rij.', needs: ['need-geldzorgen'] },
  { name: 'Huisartsenpost', summary: "Spoedzorg 's avonds en in het weekend.", needs: ['need-acute-zorg'] },
  { name: 'Boodschappendienst', summary: 'Vrijwilligers doen boodschappen voor ouderen.', needs: ['need-boodschappen'] },
  { name: 'Mantelzorgsteunpunt', summary: 'Advies en respijtzorg voor mantelzorgers.', needs: [] },
];
const PLACES = ['gm-houten', 'gm-utrecht', 'wk-overvecht', 'wk-zuilen'];

/** Many services with varied text, needs, areas and statuses. */
const SERVICES: Service[] = Array.from({ length: 600 }, (_, i) => {
  const topic = TOPICS[i % TOPICS.length] as (typeof TOPICS)[number];
  const place = PLACES[i % PLACES.length] as string;
  return service(`svc-${i}`, {
    name: `${topic.name} ${place.slice(3)} ${i}`,
    summary_b1: topic.summary,
    needs: topic.needs,
    ...(i % 7 === 0 ? { target_groups: ['tg-ouderen'] } : {}),
    ...(i % 11 === 0 ? { status: 'inactive' as const } : {}),
    ...at({ latitude: UTRECHT_CENTRE.latitude + (i % 13) / 500, longitude: UTRECHT_CENTRE.longitude }, [place]),
  });
});

const QUERIES: [string, Parameters<ReturnType<typeof createSearchIndex>['search']>[1]][] = [
  ['eenzaam', {}],
  ['schuldhulp', { area: 'gm-utrecht' }],
  ['huisartsenpost', {}],
  ['', { need: 'need-boodschappen' }],
  ['mantelzorger ouderen', { limit: 5 }],
  ['geldzorgen', { near: { point: UTRECHT_CENTRE, withinKm: 3 } }],
];

/** A clock that moves 1 ms each time it is read: an 8 ms budget ends a slice every few steps. */
function tickingSlices(): SliceOptions & { pauses: () => number } {
  let ms = 0;
  let pauses = 0;
  return { budgetMs: 8, now: () => (ms += 1), yieldToMain: async () => void (pauses += 1), pauses: () => pauses };
}

test('the index built in slices is the index built at once', async () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const whole = createSearchIndex(SERVICES, TAXONOMY, { areas: AREAS });
  const slicing = tickingSlices();
  const sliced = await createSearchIndexInSlices(SERVICES, TAXONOMY, { areas: AREAS }, slicing);
  assert.ok(slicing.pauses() > 100, `built in ${slicing.pauses() + 1} slices`);
  assert.equal(sliced.size, whole.size);
  for (const [query, options] of QUERIES) {
    const expected = whole.search(query, { ...options, now });
    assert.ok(expected.length > 0, `"${query}" finds something`);
    assert.deepEqual(sliced.search(query, { ...options, now }), expected, `"${query}"`);
  }
});

test('the sliced index lists services before its text part is built; the text part goes on in slices', async () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const whole = createSearchIndex(SERVICES, TAXONOMY, { areas: AREAS });
  const slicing = tickingSlices();
  const sliced = await createSearchIndexInSlices(SERVICES, TAXONOMY, { areas: AREAS }, slicing);
  const atResolve = slicing.pauses();
  // Listing (an empty query, a tagged need) needs no term index: it answers while that is still being built.
  assert.deepEqual(sliced.search('', { now }), whole.search('', { now }));
  assert.deepEqual(sliced.search('', { need: 'need-boodschappen', now }), whole.search('', { need: 'need-boodschappen', now }));
  // Until the background part has stopped pausing.
  for (let seen = -1; seen !== slicing.pauses(); ) {
    seen = slicing.pauses();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  assert.ok(slicing.pauses() > atResolve, `the text part was built before the index resolved (${atResolve} pauses, none after)`);
});

test('a text query before the text part is built finishes it at once, with the same hits', async () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const whole = createSearchIndex(SERVICES, TAXONOMY, { areas: AREAS });
  // Once the index is there, pauses never end: only the query itself can finish the text part.
  let pausesEnd = true;
  const sliced = await createSearchIndexInSlices(SERVICES, TAXONOMY, { areas: AREAS }, {
    budgetMs: 0,
    yieldToMain: () => (pausesEnd ? Promise.resolve() : new Promise<void>(() => undefined)),
  });
  pausesEnd = false;
  for (const [query, options] of QUERIES) {
    assert.deepEqual(sliced.search(query, { ...options, now }), whole.search(query, { ...options, now }), `"${query}"`);
  }
});
