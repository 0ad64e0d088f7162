import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { DatasetName } from '@wijkwijzer/schemas';
import { contentHash } from '@wijkwijzer/schemas/records';
import { clearFeedCache } from '../cache/feed-cache.js';
import { feedFixture } from '../test-support/feed-fixture.js';
import { useLoopbackServer, type Answer } from '../test-support/loopback-server.js';
import type { LoadProgress } from '../transport/fetch-json.js';
import { createClient } from './create-client.js';

const host = await useLoopbackServer();
const feedUrl = `${host.origin}/feed/index.json`;

beforeEach(() => {
  clearFeedCache();
  host.reset();
});

/** `text` in `count` pieces, one every `everyMs`. */
async function* trickle(text: string, count: number, everyMs: number): AsyncIterable<string> {
  const size = Math.ceil(text.length / count);
  for (let start = 0; start < text.length; start += size) {
    await delay(everyMs);
    yield text.slice(start, start + size);
  }
}

type Serving = 'plain' | 'gzip' | 'gzip-with-bytes';

/**
 * Publishes the fixture feed, its files pretty-printed (a few KB each) and sent in 5
 * pieces 20 ms apart. Returns each file's size as decoded.
 */
async function publish(serving: Partial<Record<DatasetName, Serving>> = {}): Promise<Record<string, number>> {
  const { manifest, datasets } = feedFixture();
  const sizes: Record<string, number> = {};
  for (const [name, records] of Object.entries(datasets) as [DatasetName, unknown[]][]) {
    const text = JSON.stringify(records, null, 2);
    const size = Buffer.byteLength(text);
    sizes[name] = size;
    const how = serving[name] ?? 'plain';
    manifest.datasets[name] = {
      url: `${name}.json`,
      count: records.length,
      hash: await contentHash(text),
      ...(how === 'gzip-with-bytes' ? { bytes: size } : {}),
    };
    host.answer(`/feed/${name}.json`, (): Answer => {
      if (how === 'plain') return { headers: { 'content-length': String(size) }, body: trickle(text, 5, 20) };
      const gzipped = gzipSync(text);
      return { headers: { 'content-encoding': 'gzip', 'content-length': String(gzipped.length) }, body: gzipped };
    });
  }
  host.answer('/feed/index.json', { body: JSON.stringify(manifest) });
  return sizes;
}

function recorder(): { onProgress: (progress: LoadProgress) => void; seen: LoadProgress[] } {
  const seen: LoadProgress[] = [];
  return { seen, onProgress: (progress) => seen.push({ ...progress }) };
}

describe('onProgress', () => {
  test('a search hears the bytes of services, taxonomy, areas and organisations together, up to their total', async () => {
    const sizes = await publish();
    // A feed without partitions: the organisations' names come from their dataset (cards carry them).
    const all = (sizes.services ?? 0) + (sizes.taxonomy ?? 0) + (sizes.areas ?? 0) + (sizes.organizations ?? 0);
    const { seen, onProgress } = recorder();
    await createClient({ feedUrl }).services.search('schulden', { onProgress });
    assert.ok(seen.length >= 20, `${seen.length} reports for 4 files in 5 pieces each`);
    assert.deepEqual(seen.at(-1), { loaded: all, total: all });
    for (let i = 1; i < seen.length; i += 1) {
      assert.ok((seen[i]?.loaded ?? 0) >= (seen[i - 1]?.loaded ?? 0), 'loaded never goes back');
    }
    assert.ok(seen.every((progress) => progress.total === undefined || progress.loaded <= progress.total));
  });

  test("a compressed file's total comes from the manifest's bytes, and is unknown without them", async () => {
    const sizes = await publish({ services: 'gzip-with-bytes' });
    const known = recorder();
    await createClient({ feedUrl }).services.list({ onProgress: known.onProgress });
    assert.deepEqual(known.seen[0], { loaded: 0, total: sizes.services });
    assert.deepEqual(known.seen.at(-1), { loaded: sizes.services, total: sizes.services });

    clearFeedCache();
    await publish({ services: 'gzip' });
    const unknown = recorder();
    await createClient({ feedUrl }).services.list({ onProgress: unknown.onProgress });
    assert.deepEqual(unknown.seen[0], { loaded: 0 });
    assert.deepEqual(unknown.seen.at(-1), { loaded: sizes.services, total: sizes.services }, 'complete once the call has it');
  });

  test('a call that joins a download another client started hears it too', async () => {
    const sizes = await publish();
    const first = createClient({ feedUrl }).services.list();
    await delay(50);
    const { seen, onProgress } = recorder();
    await createClient({ feedUrl }).services.list({ onProgress });
    await first;
    assert.equal(host.requests.filter((request) => request.path === '/feed/services.json').length, 1, 'one download');
    assert.ok(seen.length >= 2);
    assert.deepEqual(seen.at(-1), { loaded: sizes.services, total: sizes.services });
  });

  test('data already in the cache is not a download: no progress', async () => {
    await publish();
    const client = createClient({ feedUrl });
    await client.services.list();
    const { seen, onProgress } = recorder();
    await client.services.list({ onProgress });
    assert.deepEqual(seen, []);
  });
});
