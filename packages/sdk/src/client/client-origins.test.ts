import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { DatasetName } from '@wijkwijzer/schemas';
import { contentHash } from '@wijkwijzer/schemas/records';
import { clearFeedCache } from '../cache/feed-cache.js';
import { ForeignOriginError, HttpStatusError, InvalidManifestError, InvalidOptionsError, isWijkwijzerError } from '../errors.js';
import { ForeignOriginError as ExportedForeignOriginError } from '../index.js';
import { feedFixture } from '../test-support/feed-fixture.js';
import { useLoopbackServer, type LoopbackServer } from '../test-support/loopback-server.js';
import { createClient } from './create-client.js';

// Two real servers on two loopback ports: two origins.
const feedHost = await useLoopbackServer();
const otherHost = await useLoopbackServer();

beforeEach(() => {
  clearFeedCache();
  feedHost.reset();
  otherHost.reset();
});

/** Serves the fixture feed at `<host>/feed/`, with true counts and hashes; `urls` moves dataset links. */
async function publish(host: LoopbackServer, urls: Partial<Record<DatasetName, string>> = {}): Promise<string> {
  const { manifest, datasets } = feedFixture();
  for (const [name, records] of Object.entries(datasets) as [DatasetName, unknown[]][]) {
    const body = JSON.stringify(records);
    const link = { url: urls[name] ?? `${name}.json`, count: records.length, hash: await contentHash(body) };
    manifest.datasets[name] = link;
    feedHost.answer(`/feed/${name}.json`, { body });
    otherHost.answer(`/elsewhere/${name}.json`, { body });
  }
  host.answer('/feed/index.json', { body: JSON.stringify(manifest) });
  return `${host.origin}/feed/index.json`;
}

const redirect = (location: string) => ({ status: 302, headers: { location } });

describe('a client fetches only from its feed\'s origin', () => {
  test('an absolute dataset URL on another origin is refused, and that origin is never asked', async () => {
    const feedUrl = await publish(feedHost, { services: `${otherHost.origin}/elsewhere/services.json` });
    const client = createClient({ feedUrl, retries: 0 });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(error instanceof ForeignOriginError);
    assert.equal(error.code, 'foreign_origin');
    assert.equal(error.origin, otherHost.origin);
    assert.equal(error.feedOrigin, feedHost.origin);
    assert.match(error.message, new RegExp(`Refused to fetch from ${otherHost.origin}.*allowedOrigins: \\['${otherHost.origin}'\\]`));
    assert.equal(otherHost.requests.length, 0);
    // The other datasets still load.
    assert.equal((await client.areas.list()).length, 6);
  });

  test('a //host or \\\\host dataset URL is not relative: refused, never fetched', async () => {
    const host = otherHost.origin.slice('http:'.length);
    for (const url of [`${host}/elsewhere/services.json`, `${host.replaceAll('/', '\\')}\\elsewhere\\services.json`]) {
      clearFeedCache();
      const feedUrl = await publish(feedHost, { services: url });
      const error = await createClient({ feedUrl, retries: 0 }).services.list().catch((e: unknown) => e);
      assert.ok(isWijkwijzerError(error), String(error));
      assert.ok(error instanceof InvalidManifestError || error instanceof ForeignOriginError, `${url}: ${String(error)}`);
    }
    assert.equal(otherHost.requests.length, 0);
  });

  test('a manifest that redirects to another origin is refused before the other origin is asked', async () => {
    await publish(otherHost);
    feedHost.answer('/feed/index.json', redirect(`${otherHost.origin}/feed/index.json`));
    const error = await createClient({ feedUrl: `${feedHost.origin}/feed/index.json` }).manifest().catch((e: unknown) => e);
    assert.ok(error instanceof ForeignOriginError);
    assert.match(error.message, /redirected to http:\/\/127\.0\.0\.1:\d+\/feed\/index\.json/);
    assert.equal(otherHost.requests.length, 0);
    assert.equal(feedHost.requests.length, 1, 'not retried');
  });

  test('a dataset that redirects to another origin is refused too', async () => {
    const feedUrl = await publish(feedHost);
    feedHost.answer('/feed/services.json', redirect(`${otherHost.origin}/elsewhere/services.json`));
    const error = await createClient({ feedUrl }).services.list().catch((e: unknown) => e);
    assert.ok(error instanceof ForeignOriginError);
    assert.equal(otherHost.requests.length, 0);
  });

  test('a redirect within the origin is followed, a few hops at most', async () => {
    await publish(feedHost);
    feedHost.answer('/old/index.json', redirect('/feed/index.json'));
    const manifest = await createClient({ feedUrl: `${feedHost.origin}/old/index.json` }).manifest();
    assert.equal(manifest.region.id, 'utrecht');

    clearFeedCache();
    feedHost.answer('/loop/index.json', redirect('/loop/index.json'));
    const error = await createClient({ feedUrl: `${feedHost.origin}/loop/index.json` }).manifest().catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.match(error.message, /more than 3/);
    assert.equal(feedHost.requests.filter((request) => request.path === '/loop/index.json').length, 4);
  });

  test('allowedOrigins lets the embedder allow another origin, for datasets and redirects', async () => {
    const feedUrl = await publish(feedHost, { services: `${otherHost.origin}/elsewhere/services.json` });
    feedHost.answer('/feed/areas.json', redirect(`${otherHost.origin}/elsewhere/areas.json`));
    // Any URL on the origin will do: it is read as its origin.
    const client = createClient({ feedUrl, allowedOrigins: [`${otherHost.origin}/some/path`] });
    assert.equal((await client.services.list()).length, 3);
    assert.equal((await client.areas.list()).length, 6);
    assert.deepEqual(otherHost.requests.map((request) => request.path).sort(), ['/elsewhere/areas.json', '/elsewhere/services.json']);
  });

  test('ForeignOriginError is exported from the package entry', () => {
    assert.equal(ExportedForeignOriginError, ForeignOriginError);
  });
});

describe('createClient refuses', () => {
  test('allowedOrigins that are not http(s) origins', () => {
    for (const allowedOrigins of [['cdn.example.nl'], ['javascript:alert(1)'], [42], 'https://cdn.example.nl']) {
      assert.throws(
        () => createClient({ feedUrl: 'https://feed.example.nl/index.json', allowedOrigins: allowedOrigins as string[] }),
        InvalidOptionsError,
        JSON.stringify(allowedOrigins),
      );
    }
  });

  test('a feed URL with credentials in it, before any request', async () => {
    const feedUrl = await publish(feedHost);
    const withCredentials = feedUrl.replace('http://', 'http://user:secret@');
    const error = (() => {
      try {
        createClient({ feedUrl: withCredentials });
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof InvalidOptionsError);
    assert.match(error.message, /credentials in URLs are refused/);
    assert.doesNotMatch(error.message, /secret|CORS/);
    assert.equal(feedHost.requests.length, 0);
  });
});
