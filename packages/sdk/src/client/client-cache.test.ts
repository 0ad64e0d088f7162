import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { HttpStatusError, NetworkError } from '../errors.js';
import { manualClock, useFeedServer } from '../test-support/feed-server.js';
import { createClient } from './create-client.js';

const feed = useFeedServer();

const FIVE_MINUTES = 5 * 60_000;

describe('the page-wide cache', () => {
  test('two clients loading at the same time make one request per file', async () => {
    const first = createClient({ feedUrl: feed.manifestUrl });
    const second = createClient({ feedUrl: feed.manifestUrl });
    const [a, b, c] = await Promise.all([first.services.list(), second.services.list(), second.areas.list()]);
    assert.equal(a.length, 3);
    assert.equal(a, b, 'both clients get the same shared records');
    assert.equal(c.length, 6);
    assert.equal(feed.requestsFor('index.json').length, 1);
    assert.equal(feed.requestsFor('services.json').length, 1);
    assert.equal(feed.requestsFor('areas.json').length, 1);
    await second.services.get('schuldhulp-utrecht');
    assert.equal(feed.requests.length, 3, 'a later read within max-age is answered from memory');
  });

  test('the feed URL is the cache key, whichever way it is written', async () => {
    await createClient({ feedUrl: feed.baseUrl }).services.list();
    await createClient({ feedUrl: `${feed.manifestUrl}#top` }).services.list();
    assert.equal(feed.requestsFor('services.json').length, 1);
  });

  test('after max-age a read answers at once, flagged stale, and revalidates with If-None-Match; a 304 keeps the data', async () => {
    const clock = manualClock();
    const client = createClient({ feedUrl: feed.manifestUrl, now: clock.now });
    const services = await client.services.list();
    assert.equal(client.isStale(), false);

    clock.advance(FIVE_MINUTES);
    const again = await client.services.list();
    assert.equal(again, services, 'the cached records come back at once');
    assert.equal(client.isStale(), true);
    await client.idle();

    const revalidations = feed.requestsFor('services.json').slice(1);
    assert.equal(revalidations.length, 1);
    assert.match(revalidations[0]?.ifNoneMatch ?? '', /^"[0-9a-f]+"$/);
    assert.equal(await client.services.list(), services, 'a 304 keeps the very same data');
    assert.equal(client.isStale(), false);
    assert.equal(client.report().lastError, undefined);
  });

  test('a revalidation that finds new data replaces it for every client', async () => {
    const clock = manualClock();
    const widgetA = createClient({ feedUrl: feed.manifestUrl, now: clock.now });
    const widgetB = createClient({ feedUrl: feed.manifestUrl, now: clock.now });
    await widgetA.services.list();
    const services = feed.feed.datasets.services as { id: string; name: string }[];
    (services[0] as { name: string }).name = 'Buurtteam Overvecht (nieuw adres)';

    clock.advance(FIVE_MINUTES);
    await widgetA.services.list();
    await widgetA.idle();
    const updated = await widgetB.services.get('buurtteam-overvecht');
    assert.equal(updated?.name, 'Buurtteam Overvecht (nieuw adres)');
  });

  test('availability gets stale after one minute, other datasets after five', async () => {
    const clock = manualClock();
    const client = createClient({ feedUrl: feed.manifestUrl, now: clock.now });
    await client.availability.list();
    await client.norms.list();
    clock.advance(61_000);
    await client.norms.list();
    await client.availability.list();
    await client.idle();
    assert.equal(feed.requestsFor('availability.json').length, 2);
    assert.equal(feed.requestsFor('norms.json').length, 1);
  });

  test('when the feed goes down after a good load, the last good data is served, stale, with the error', async () => {
    const clock = manualClock();
    const client = createClient({ feedUrl: feed.manifestUrl, now: clock.now, retries: 0 });
    const services = await client.services.list();

    feed.server.use(http.get(`${feed.baseUrl}*`, () => HttpResponse.error()));
    clock.advance(FIVE_MINUTES + 1);
    assert.equal(await client.services.list(), services);
    await client.idle();

    assert.equal(await client.services.list(), services, 'still the last good data');
    const report = client.report();
    assert.equal(report.stale, true);
    assert.ok(report.lastError instanceof NetworkError);
    assert.match(report.lastError.message, /Could not reach the feed/);
    assert.equal(client.isStale(), true);

    // The feed comes back: the next refresh clears the error.
    feed.server.resetHandlers();
    clock.advance(FIVE_MINUTES);
    await client.services.list();
    await client.idle();
    assert.equal(client.report().lastError, undefined);
    assert.equal(client.isStale(), false);
  });

  test('a failed first load is an error, and the next call tries again', async () => {
    feed.server.use(http.get(feed.manifestUrl, () => new HttpResponse(null, { status: 500 }), { once: true }));
    const client = createClient({ feedUrl: feed.manifestUrl, retries: 0 });
    await assert.rejects(client.services.list(), HttpStatusError);
    assert.ok(client.report().lastError instanceof HttpStatusError);
    assert.equal((await client.services.list()).length, 3);
    assert.equal(client.report().lastError, undefined);
  });

  test('cache: false keeps a private copy and checks with the server before every answer', async () => {
    const shared = createClient({ feedUrl: feed.manifestUrl });
    await shared.services.list();
    const own = createClient({ feedUrl: feed.manifestUrl, cache: false });
    const first = await own.services.list();
    const second = await own.services.list();
    assert.equal(first, second, 'a 304 keeps the private copy');
    const requests = feed.requestsFor('services.json');
    assert.equal(requests.length, 3, 'one for the shared client, two for the private one');
    assert.equal(requests[1]?.ifNoneMatch, null);
    assert.notEqual(requests[2]?.ifNoneMatch, null);
    assert.equal(own.isStale(), false);
  });
});

describe('aborting', () => {
  test("a call's signal aborts that call; the request goes on for another waiter", async () => {
    feed.server.use(
      http.get(`${feed.baseUrl}services.json`, async () => {
        await delay(100);
        return HttpResponse.json(feed.feed.datasets.services as object[]);
      }),
    );
    const client = createClient({ feedUrl: feed.manifestUrl });
    const controller = new AbortController();
    const aborted = client.services.list({ signal: controller.signal });
    const other = client.services.list();
    setTimeout(() => controller.abort(new Error('user typed on')), 20);
    await assert.rejects(aborted, /user typed on/);
    assert.equal((await other).length, 3);
    assert.equal(feed.requestsFor('services.json').length, 1);
  });

  test('when every waiter aborts, the request itself is aborted and nothing is remembered as an error', async () => {
    let answered = false;
    feed.server.use(
      http.get(`${feed.baseUrl}services.json`, async () => {
        await delay(200);
        answered = true;
        return HttpResponse.json(feed.feed.datasets.services as object[]);
      }),
    );
    const client = createClient({ feedUrl: feed.manifestUrl });
    await client.manifest();
    const controller = new AbortController();
    const call = client.services.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(call, { name: 'AbortError' });
    assert.equal(client.report().lastError, undefined);
    // A new call starts a new request rather than joining the cancelled one.
    feed.server.resetHandlers();
    assert.equal((await client.services.list()).length, 3);
    assert.equal(answered, false);
  });

  test("the client's signal aborts its calls", async () => {
    feed.server.use(http.get(feed.manifestUrl, () => delay('infinite')));
    const controller = new AbortController();
    const client = createClient({ feedUrl: feed.manifestUrl, signal: controller.signal });
    const call = client.areas.list();
    controller.abort(new Error('widget disconnected'));
    await assert.rejects(call, /widget disconnected/);
    await assert.rejects(client.areas.list(), /widget disconnected/);
    assert.equal(feed.requestsFor('index.json').length, 1, 'an already aborted call starts no request');
  });
});
