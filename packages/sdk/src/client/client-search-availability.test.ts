import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { HttpStatusError } from '../errors.js';
import { feedFixture } from '../test-support/feed-fixture.js';
import { useFeedServer } from '../test-support/feed-server.js';
import { createClient } from './create-client.js';
import { searchIndexFor } from './services-search.js';

const feed = useFeedServer();

describe('services.search', () => {
  test("finds services by residents' words from the feed's taxonomy, as the feed's own records", async () => {
    const taxonomy = feed.feed.datasets.taxonomy as { id: string; synonyms?: string[] }[];
    taxonomy.find((term) => term.id === 'schulden')?.synonyms?.push('knipperlicht');
    const client = createClient({ feedUrl: feed.manifestUrl });
    const hits = await client.services.search('knipperlicht');
    const ids = hits.map((hit) => hit.service.id);
    assert.ok(ids.includes('schuldhulp-utrecht'), `got ${ids.join(', ')}`);
    assert.ok(!ids.includes('beweegprogramma-gli'));
    const listed = await client.services.get('schuldhulp-utrecht');
    assert.equal(hits.find((hit) => hit.service.id === 'schuldhulp-utrecht')?.service, listed);
    assert.equal(feed.requestsFor('taxonomy.json').length, 1);
    assert.equal(feed.requestsFor('areas.json').length, 1);
  });

  test("uses the feed's areas, so a buurt finds services of the wijk and gemeente it lies in", async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const hits = await client.services.search('', { area: 'tigelaar' });
    assert.deepEqual(hits.map((hit) => hit.service.id).sort(), ['beweegprogramma-gli', 'buurtteam-overvecht', 'schuldhulp-utrecht']);
    const elsewhere = await client.services.search('', { area: 'zuilen' });
    assert.ok(!elsewhere.some((hit) => hit.service.id === 'buurtteam-overvecht'));
  });

  test('passes filters and limit through', async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const hits = await client.services.search('', { cost: 'verzekerd', limit: 5 });
    assert.deepEqual(hits.map((hit) => hit.service.id), ['beweegprogramma-gli']);
  });

  test('a crisis query shows the national help lines first, whatever the feed holds', async () => {
    const hits = await createClient({ feedUrl: feed.manifestUrl }).services.search('ik wil niet meer leven');
    assert.equal(hits[0]?.crisis, true);
  });

  test('searchWithHelp returns the help lines apart from the limit-ed hits, in the reader\'s language', async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const { hits, help } = await client.services.searchWithHelp('hij slaat de kinderen', { limit: 1, lang: 'en' });
    assert.ok(hits.length <= 1 && hits.every((hit) => hit.crisis === undefined));
    assert.equal(help?.tier, 'acute');
    assert.equal(help?.lines[0]?.name, 'Veilig Thuis (Safe at Home)');
    const course = await client.services.searchWithHelp('reanimatiecursus');
    assert.equal(course.help?.tier, 'informational');
  });

  test('still searches when the taxonomy cannot be loaded, and reports why', async () => {
    feed.server.use(http.get(`${feed.baseUrl}taxonomy.json`, () => new HttpResponse(null, { status: 404 })));
    const client = createClient({ feedUrl: feed.manifestUrl, retries: 0 });
    const hits = await client.services.search('schuldhulpverlening');
    assert.equal(hits[0]?.service.id, 'schuldhulp-utrecht');
    assert.ok(client.report().lastError instanceof HttpStatusError);
  });

  test('the index is built once per loaded dataset and rebuilt when the data changes', () => {
    const { datasets } = feedFixture();
    const services = datasets.services as Parameters<typeof searchIndexFor>[0];
    const taxonomy = datasets.taxonomy as Parameters<typeof searchIndexFor>[1];
    const areas = datasets.areas as Parameters<typeof searchIndexFor>[2];
    const index = searchIndexFor(services, taxonomy, areas);
    assert.equal(searchIndexFor(services, taxonomy, areas), index);
    assert.notEqual(searchIndexFor(services, [...taxonomy], areas), index);
    assert.notEqual(searchIndexFor([...services], taxonomy, areas), index);
  });
});

describe('availability.forService', () => {
  test('gives each observation of the service with its norm and status', async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const [observation, ...rest] = await client.availability.forService('schuldhulp-utrecht', {
      now: new Date('2026-11-10T12:00:00Z'),
    });
    assert.equal(rest.length, 0);
    assert.equal(observation?.id, 'wacht-schuldhulp');
    assert.equal(observation?.norm?.id, 'treeknorm-aanmelding');
    assert.equal(observation?.status.state, 'within-norm');
    assert.match(observation?.status.label ?? '', /3 weken/);
  });

  test("judges staleness at the client's clock by default, in the language asked", async () => {
    const client = createClient({ feedUrl: feed.manifestUrl, now: () => new Date('2027-03-01T12:00:00Z') });
    const [observation] = await client.availability.forService('schuldhulp-utrecht', { lang: 'en' });
    assert.equal(observation?.status.state, 'stale');
    assert.match(observation?.status.label ?? '', /weeks/);
  });

  test('an observation without a norm has no norm and still a status', async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const [observation] = await client.availability.forService('beweegprogramma-gli', {
      now: new Date('2026-11-02T12:00:00Z'),
    });
    assert.equal(observation?.norm, undefined);
    assert.equal(observation?.status.kind, 'flag');
    assert.deepEqual(await client.availability.forService('bestaat-niet'), []);
  });
});
