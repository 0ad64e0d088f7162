import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { clearFeedCache } from '../cache/feed-cache.js';
import { useLoopbackServer } from '../test-support/loopback-server.js';
import { AREAS, partitionedFeedFiles, SERVICES } from '../test-support/partitioned-fixture.js';
import { createClient } from './create-client.js';
import { detailShardFile, detailShardOf, type Manifest } from '@wijkwijzer/schemas';
import { contentHash } from '@wijkwijzer/schemas/records';
import type { LoadProgress, SearchUpdate } from './types.js';

const host = await useLoopbackServer();
const feedUrl = `${host.origin}/feed/index.json`;

beforeEach(async () => {
  clearFeedCache();
  host.reset();
  for (const [path, body] of await partitionedFeedFiles()) host.answer(`/feed/${path}`, { body });
});

const client = () => createClient({ feedUrl, retries: 0 });
/** The files asked for under the feed's folder, in order, without the folder. */
const fetched = (): string[] => host.requests.map((request) => request.path.replace(/^\/feed\//, ''));
/** A file's name without its content hash: `services/gm-a.1a2b3c4d.json` → `services/gm-a`. */
const plain = (path: string): string => path.replace(/\.[A-Za-z0-9]{8}\.json$/, '').replace(/\.json$/, '');
const ids = (hits: readonly { service: { id: string } }[]): string[] => hits.map((hit) => hit.service.id).sort();

describe('a partitioned feed (contract 1.1), read by area', () => {
  test("a wijk page loads its gemeente's partition and the shared ones, no other gemeente's", async () => {
    const hits = await client().services.search('', { area: 'wk-a-1' });
    // s-nl (no area) is loaded, as the design asks, but the area filter leaves it out, as on a 1.0 feed.
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    const files = fetched().map(plain);
    assert.deepEqual(
      files.filter((file) => file.startsWith('services')).sort(),
      ['services/gm-a', 'services/shared-nl', 'services/shared-regio-x', 'services/shared-sr-west'],
    );
    assert.ok(!files.includes('services'), 'the whole services dataset is not loaded');
    assert.equal(new Set(files).size, files.length, 'each file once');
  });

  test("a subregio page loads its gemeenten's partitions too, not those of a gemeente outside it", async () => {
    const hits = await client().services.search('', { area: 'sr-west' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-b', 's-regio', 's-west']);
    const services = fetched().map(plain).filter((file) => file.startsWith('services'));
    assert.deepEqual(services.sort(), ['services/gm-a', 'services/gm-b', 'services/shared-nl', 'services/shared-regio-x', 'services/shared-sr-west']);
  });

  test('card(id) answers from the partitions a search loaded, without a download; else it is the full record', async () => {
    const wijkwijzer = client();
    await wijkwijzer.services.search('', { area: 'gm-a' });
    const before = host.requests.length;
    const card = await wijkwijzer.services.card('s-a1');
    assert.equal(card?.name, 'Hulp Aadorp Noord');
    assert.equal(card?.description, undefined, 'a card, not the full record');
    assert.equal(host.requests.length, before, 'nothing downloaded');
    // Its waiting times: the availability files of the card's areas, no detail file.
    await wijkwijzer.availability.forService('s-a1');
    assert.deepEqual(fetched().slice(before).filter((path) => path.startsWith('details/')), []);
    // A service in no loaded partition: its full record, from its detail shard.
    const beforeOther = host.requests.length;
    const other = await wijkwijzer.services.card('s-c');
    assert.ok(other?.description, 'the full record');
    assert.ok(fetched().slice(beforeOther).every((path) => path.startsWith('details/')), fetched().slice(beforeOther).join(', '));
  });

  test('once the feed is published again, card(id) answers from the new partitions, not the old ones', async () => {
    let now = Date.parse('2026-11-22T12:00:00Z');
    const wijkwijzer = createClient({ feedUrl, retries: 0, cache: { maxAgeMs: 1000 }, now: () => new Date(now) });
    await wijkwijzer.services.search('', { area: 'gm-a' });
    assert.equal((await wijkwijzer.services.card('s-a1'))?.name, 'Hulp Aadorp Noord');
    const renamed = SERVICES.map((each) => (each.id === 's-a1' ? { ...each, name: 'Hulp Aadorp-Noord' } : each));
    host.reset();
    for (const [path, body] of await partitionedFeedFiles(renamed)) host.answer(`/feed/${path}`, { body });
    now += 60_000;
    // A stale manifest answers first and is revalidated meanwhile; the next search reads the new one.
    await wijkwijzer.services.search('', { area: 'gm-a' });
    await wijkwijzer.idle();
    await wijkwijzer.services.search('', { area: 'gm-a' });
    assert.equal((await wijkwijzer.services.card('s-a1'))?.name, 'Hulp Aadorp-Noord');
  });

  test('search hits are cards; get(id) fetches exactly one detail shard for the full record', async () => {
    const wijkwijzer = client();
    const [hit] = await wijkwijzer.services.search('Hulp Aadorp Noord', { area: 'gm-a' });
    assert.equal(hit?.service.id, 's-a1');
    assert.equal(hit?.service.description, undefined);
    const before = host.requests.length;
    const full = await wijkwijzer.services.get('s-a1');
    assert.equal(full?.description, 'Uitgebreide beschrijving van Hulp Aadorp Noord.');
    // The shard detailShardOf names, in the folder the manifest names: no list of shards needed.
    const manifest = JSON.parse((await partitionedFeedFiles()).get('index.json') as string) as Manifest;
    const { url, shards } = manifest.partitions!.details;
    assert.deepEqual(fetched().slice(before), [`${url}${detailShardFile(detailShardOf('s-a1', shards), shards)}`]);
  });

  test('the whole region, without an area: each service once, results growing as partitions arrive', async () => {
    const updates: SearchUpdate[] = [];
    const bytes: LoadProgress[] = [];
    const hits = await client().services.search('', { onUpdate: (update) => updates.push(update), onProgress: (each) => bytes.push(each) });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-b', 's-c', 's-nl', 's-regio', 's-west']);
    assert.equal(hits.filter((hit) => hit.service.id === 's-ab').length, 1);
    assert.ok(updates.length >= 1, 'at least one update before the end');
    const sizes = updates.map((update) => update.hits.length);
    assert.deepEqual([...sizes].sort((a, b) => a - b), sizes, 'results only grow');
    assert.ok((sizes.at(-1) ?? 0) < hits.length, 'updates come before everything arrived');
    for (const { files, filesTotal } of updates) {
      assert.equal(filesTotal, 6);
      assert.ok(files >= 1 && files < 6);
    }
    // Bytes of total over the partition files too (and the areas the search uses).
    const files = await partitionedFeedFiles();
    const manifest = JSON.parse(files.get('index.json') as string) as Manifest;
    const partitions = manifest.partitions?.services.reduce((sum, link) => sum + (link.bytes ?? 0), 0) ?? 0;
    const expected = partitions + (files.get('areas.json')?.length ?? 0);
    assert.deepEqual(bytes.at(-1), { loaded: expected, total: expected });
  });

  test("the whole region: the first results come before the region's areas are asked for, the last ones with them", async () => {
    const areasAskedAtUpdate: boolean[] = [];
    const wholeAreas = (): number => fetched().map(plain).filter((file) => file === 'areas').length;
    const hits = await client().services.search('', { onUpdate: () => areasAskedAtUpdate.push(wholeAreas() > 0) });
    // At national scale the areas are a large file for place names only: the first part has the line to itself.
    assert.equal(areasAskedAtUpdate[0], false);
    assert.equal(wholeAreas(), 1, 'read once, for the final answer');
    assert.equal(hits.length, 8);
  });

  test('the availability of one service loads only the partitions holding it', async () => {
    const observations = await client().availability.forService('s-b');
    assert.deepEqual(observations.map((each) => each.id), ['wacht-s-b']);
    const files = fetched().map(plain);
    assert.ok(!files.includes('availability'), 'not the whole availability dataset');
    assert.ok(!files.includes('availability/gm-a'), "not another gemeente's availability");
    assert.ok(files.includes('availability/gm-b'));
  });

  test('a 1.0 reader (the full datasets) still reads a 1.1 feed', async () => {
    const wijkwijzer = client();
    assert.equal((await wijkwijzer.services.list()).length, 8);
    assert.equal((await wijkwijzer.availability.list()).length, 3);
    assert.deepEqual(fetched().map(plain), ['index', 'services', 'availability']);
  });

  test('partition files are checked against their count and hash like datasets', async () => {
    const files = await partitionedFeedFiles();
    const gmA = [...files.keys()].find((path) => path.startsWith('services/gm-a.')) as string;
    host.answer(`/feed/${gmA}`, { body: '[]' });
    const wijkwijzer = client();
    await wijkwijzer.services.search('', { area: 'gm-a' });
    const report = wijkwijzer.report();
    assert.equal(report.integrity.length, 1);
    assert.equal(report.integrity[0]?.url, `${host.origin}/feed/${gmA}`);
    assert.equal(report.integrity[0]?.actual.count, 0);
    assert.equal(report.stale, true);
    assert.equal(report.partitions.services?.files, 4);
  });

  test('a partition file changed but with the same count is caught by the hash its name carries', async () => {
    const files = await partitionedFeedFiles();
    const gmA = [...files.keys()].find((path) => path.startsWith('services/gm-a.')) as string;
    const cards = JSON.parse(files.get(gmA) as string) as { id: string; name: string }[];
    const changed = JSON.stringify(cards.map((card, index) => (index === 0 ? { ...card, name: `${card.name} (oud)` } : card)));
    host.answer(`/feed/${gmA}`, { body: changed });
    const wijkwijzer = client();
    await wijkwijzer.services.search('', { area: 'gm-a' });
    assert.equal(host.requests.filter((request) => request.path === `/feed/${gmA}`).length, 2, 'asked once more past the caches');
    const nameHash = /\.([0-9a-f]{8})\.json$/.exec(gmA)?.[1];
    assert.deepEqual(wijkwijzer.report().integrity, [
      { dataset: 'services', url: `${host.origin}/feed/${gmA}`, expected: { count: cards.length, hash: nameHash }, actual: { count: cards.length, hash: await contentHash(changed) } },
    ]);
    assert.equal(wijkwijzer.isStale(), true);
  });

  test('a second search of the same area fetches nothing new: the partitions are cached', async () => {
    const wijkwijzer = client();
    await wijkwijzer.services.search('', { area: 'gm-b' });
    assert.ok(fetched().map(plain).includes('services/gm-b'));
    const before = host.requests.length;
    await wijkwijzer.services.search('beekdal', { area: 'gm-b' });
    assert.equal(host.requests.length, before);
  });

  test("prepare({ area }) loads what the area's search needs, so the search after it fetches nothing", async () => {
    const wijkwijzer = client();
    await wijkwijzer.services.prepare({ area: 'gm-b' });
    const prepared = fetched().map(plain);
    for (const file of ['services/gm-b', 'services/shared-nl']) assert.ok(prepared.includes(file), `${file} is loaded`);
    assert.ok(!prepared.includes('services/gm-a'), "another gemeente's partition is not");
    const before = host.requests.length;
    assert.deepEqual(ids(await wijkwijzer.services.search('', { area: 'gm-b' })), ['s-ab', 's-b', 's-regio', 's-west']);
    assert.equal(host.requests.length, before);
  });

  test("an area's own partition and the national one download beside the areas, without waiting for them", async () => {
    // The areas never arrive: only the files the page needs whatever the area graph says can start.
    for (const path of (await partitionedFeedFiles()).keys()) {
      if (path.startsWith('areas')) host.answer(`/feed/${path}`, { headersAfterMs: Infinity });
    }
    const stop = new AbortController();
    const search = client().services.search('', { area: 'gm-a', signal: stop.signal }).catch(() => undefined);
    const started = (): string[] => fetched().map(plain).filter((file) => file.startsWith('services/'));
    for (let waited = 0; waited < 5_000 && started().length < 2; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    stop.abort();
    await search;
    assert.deepEqual(started().sort(), ['services/gm-a', 'services/shared-nl']);
  });
});

/** The area files asked for, without folder or content hash, sorted: `areas/gm-a`, and `areas` for the whole dataset. */
const areaFiles = (): string[] =>
  fetched()
    .map(plain)
    .filter((file) => file === 'areas' || file.startsWith('areas/'))
    .sort();
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
    // A wijk from a gemeente file read before counts as that gemeente.
    assert.deepEqual((await wijkwijzer.areas.list({ area: 'wk-b-1' })).map((area) => area.id).sort(), [...FRAME, 'wk-b-1'].sort());
  });

  test("a wijk page that read its gemeente's areas first searches without the whole areas dataset", async () => {
    const wijkwijzer = client();
    await wijkwijzer.areas.list({ area: 'gm-a' });
    const hits = await wijkwijzer.services.search('', { area: 'wk-a-1' });
    assert.deepEqual(ids(hits), ['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    assert.deepEqual(areaFiles(), ['areas/gm-a', 'areas/shared-areas']);
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

  test("areas.resolve finds a wijk within its gemeente from the frame and that gemeente's file only", async () => {
    const resolved = await client().areas.resolve({ gemeente: 'gm-a', wijk: 'aadorp noord' });
    assert.deepEqual(resolved, { kind: 'found', area: AREAS.find((area) => area.id === 'wk-a-1') });
    assert.deepEqual(areaFiles(), ['areas/gm-a', 'areas/shared-areas']);
  });

  test('areas.resolve by a name whose id it cannot guess reads every area, and falls back from an unknown wijk', async () => {
    const wijkwijzer = client();
    // "Aadorp" would be gm-aadorp; the feed calls it gm-a.
    const resolved = await wijkwijzer.areas.resolve({ gemeente: 'AADORP', wijk: 'Nergens' });
    assert.deepEqual(resolved, { kind: 'found', area: AREAS.find((area) => area.id === 'gm-a'), unknownWijk: 'Nergens' });
    assert.ok(areaFiles().includes('areas'), areaFiles().join(' '));
    assert.deepEqual(await wijkwijzer.areas.resolve({ gemeente: 'Atlantis' }), { kind: 'unknown', asked: 'Atlantis' });
    assert.deepEqual(await wijkwijzer.areas.resolve({ area: 'wk-c-1', gemeente: 'gm-a' }), { kind: 'found', area: AREAS.find((area) => area.id === 'wk-c-1') });
    assert.deepEqual(await wijkwijzer.areas.resolve({}), { kind: 'none' });
  });
});
