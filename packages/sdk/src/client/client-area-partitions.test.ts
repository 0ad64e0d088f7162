import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { Manifest } from '@wijkwijzer/schemas';
import { clearFeedCache } from '../cache/feed-cache.js';
import { useLoopbackServer } from '../test-support/loopback-server.js';
import { AREAS, partitionedFeedFiles } from '../test-support/partitioned-fixture.js';
import { createClient } from './create-client.js';

/* A feed that publishes its areas in partitions (contract 1.1): a call about an area reads the areas it needs. */

const host = await useLoopbackServer();
const feedUrl = `${host.origin}/feed/index.json`;

beforeEach(async () => {
  clearFeedCache();
  host.reset();
  for (const [path, body] of await partitionedFeedFiles()) host.answer(`/feed/${path}`, { body });
});

const client = () => createClient({ feedUrl, retries: 0 });
/** The area files asked for, without folder or content hash, sorted: `areas/gm-a`, and `areas` for the whole dataset. */
const areaFiles = (): string[] =>
  host.requests
    .map((request) => request.path.replace(/^\/feed\//, '').replace(/(\.[A-Za-z0-9]{8})?\.json$/, ''))
    .filter((file) => file === 'areas' || file.startsWith('areas/'))
    .sort();
const ids = (hits: readonly { service: { id: string } }[]): string[] => hits.map((hit) => hit.service.id).sort();
const FRAME = ['gm-a', 'gm-b', 'gm-c', 'regio-x', 'sr-west'];

describe('areas read by area (contract 1.1 area partitions)', () => {
  test("a gemeente search reads only the frame and that gemeente's area file", async () => {
    const hits = await client().services.search('', { area: 'gm-a' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    assert.deepEqual(areaFiles(), ['areas/gm-a', 'areas/shared-areas']);
  });

  test('a wijk search (an area the frame does not know) reads the whole areas dataset and finds the same services', async () => {
    const hits = await client().services.search('', { area: 'wk-a-1' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    assert.ok(areaFiles().includes('areas'), areaFiles().join(' '));
  });

  test("a subregio search reads its gemeenten's area files, not those of a gemeente outside it", async () => {
    const hits = await client().services.search('', { area: 'sr-west' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-b', 's-regio', 's-west']);
    assert.deepEqual(areaFiles(), ['areas/gm-a', 'areas/gm-b', 'areas/shared-areas']);
  });

  test('the region reads every area, as the one whole file rather than a file per gemeente', async () => {
    const wijkwijzer = client();
    const hits = await wijkwijzer.services.search('', { area: 'regio-x' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-b', 's-c', 's-regio', 's-west']);
    assert.deepEqual(areaFiles(), ['areas', 'areas/shared-areas']);
    assert.equal((await wijkwijzer.areas.list({ area: 'regio-x' })).length, AREAS.length);
  });

  test('areas.list({ area }) lists what a page about the area needs, the same array each time; without an area, every area', async () => {
    const wijkwijzer = client();
    const forA = await wijkwijzer.areas.list({ area: 'gm-a' });
    assert.deepEqual(forA.map((area) => area.id).sort(), [...FRAME, 'wk-a-1', 'wk-a-2'].sort());
    assert.deepEqual(areaFiles(), ['areas/gm-a', 'areas/shared-areas']);
    // The same loaded files give the same list, so the graph and the search index built on it are reused.
    const before = host.requests.length;
    assert.equal(await wijkwijzer.areas.list({ area: 'gm-a' }), forA);
    assert.equal(host.requests.length, before);
    assert.deepEqual((await wijkwijzer.areas.list({ area: ['gm-b', 'gm-c'] })).map((area) => area.id).sort(), [...FRAME, 'wk-b-1', 'wk-c-1'].sort());
    assert.equal((await wijkwijzer.areas.list()).length, AREAS.length);
    assert.equal((await wijkwijzer.areas.list({ area: 'wk-b-1' })).length, AREAS.length);
  });

  test('a 1.0 reader, and a 1.1 feed without area partitions, read the whole areas dataset as before', async () => {
    assert.equal((await client().areas.list()).length, AREAS.length);
    assert.deepEqual(areaFiles(), ['areas']);
    const files = await partitionedFeedFiles();
    const manifest = JSON.parse(files.get('index.json') as string) as Manifest;
    delete manifest.partitions?.areas;
    clearFeedCache();
    host.reset();
    for (const [path, body] of files) host.answer(`/feed/${path}`, { body });
    host.answer('/feed/index.json', { body: JSON.stringify(manifest) });
    const hits = await client().services.search('', { area: 'gm-a' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    assert.deepEqual(areaFiles(), ['areas']);
  });

  test('an area file that cannot be read: the whole areas dataset stands in, for a search and for areas.list', async () => {
    const files = await partitionedFeedFiles();
    const gmA = [...files.keys()].find((path) => path.startsWith('areas/gm-a.')) as string;
    host.answer(`/feed/${gmA}`, { status: 503, body: 'down' });
    const wijkwijzer = client();
    const hits = await wijkwijzer.services.search('', { area: 'gm-a' });
    // s-a1 is for wijk wk-a-1, which only gm-a's file and the whole dataset know.
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    assert.ok(areaFiles().includes('areas'));
    assert.equal((await wijkwijzer.areas.list({ area: 'gm-a' })).length, AREAS.length);
  });
});
