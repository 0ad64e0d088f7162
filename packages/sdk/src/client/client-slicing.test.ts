import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { clearFeedCache } from '../cache/feed-cache.js';
import type { InvalidManifestError } from '../errors.js';
import { useFeedServer } from '../test-support/feed-server.js';
import { useLoopbackServer } from '../test-support/loopback-server.js';
import { partitionedFeedFiles } from '../test-support/partitioned-fixture.js';
import { createClient } from './create-client.js';

const feed = useFeedServer();

/**
 * Counts how often the client gives the main thread back, through the browser's
 * `scheduler.yield()`, which the SDK uses where it exists (Node has none).
 */
let pauses = 0;
beforeEach(() => {
  pauses = 0;
  (globalThis as { scheduler?: unknown }).scheduler = { yield: async () => void (pauses += 1) };
});
afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

/** A feed of 3,000 services: tens of milliseconds of validation and indexing, even on a fast machine. */
function largeFeed(): void {
  const services = feed.feed.datasets.services as Record<string, unknown>[];
  feed.feed.datasets.services = Array.from({ length: 3000 }, (_, i) => ({
    ...services[i % services.length],
    id: `svc-${i}`,
    name: `${String(services[i % services.length]?.name)} ${i}`,
  })) as typeof feed.feed.datasets.services;
}

describe('a client never blocks the page for long', () => {
  test('a large dataset is validated in slices', async () => {
    largeFeed();
    const services = await createClient({ feedUrl: feed.manifestUrl }).services.list();
    assert.equal(services.length, 3000);
    assert.ok(pauses > 0, 'the validation gave the main thread back');
  });

  test('the search index over it is built in slices', async () => {
    largeFeed();
    const client = createClient({ feedUrl: feed.manifestUrl });
    await client.services.list();
    pauses = 0;
    const hits = await client.services.search('schuldhulpverlening');
    assert.ok(hits.length > 0);
    assert.ok(pauses > 0, 'the index build gave the main thread back');
  });
});

const host = await useLoopbackServer();
const feedUrl = `${host.origin}/feed/index.json`;

describe('a national manifest', () => {
  /** The partitioned fixture with `extra` more service partition links, each a copy of the first under another id. */
  async function serveWithLinks(extra: number, change?: (links: Record<string, unknown>[]) => void): Promise<void> {
    clearFeedCache();
    host.reset();
    for (const [path, body] of await partitionedFeedFiles()) {
      if (path !== 'index.json') {
        host.answer(`/feed/${path}`, { body });
        continue;
      }
      const manifest = JSON.parse(String(body)) as { partitions: { services: Record<string, unknown>[] } };
      const first = manifest.partitions.services[0]!;
      for (let i = 0; i < extra; i++) manifest.partitions.services.push({ ...first, id: `gm-extra-${i}`, area_ids: [`gm-extra-${i}`] });
      change?.(manifest.partitions.services);
      host.answer('/feed/index.json', { body: JSON.stringify(manifest) });
    }
  }

  test('its partition links (6,000 here) are checked in slices', async () => {
    await serveWithLinks(6000);
    pauses = 0;
    const manifest = await createClient({ feedUrl, retries: 0 }).manifest();
    assert.ok((manifest.partitions?.services.length ?? 0) > 6000);
    assert.ok(pauses > 0, 'checking the links gave the main thread back');
  });

  test('a bad link deep in the list is named by its path, and its URL comes back absolute when good', async () => {
    await serveWithLinks(3000, (links) => {
      links[2500] = { ...links[2500], url: 'services/no-hash.json' };
    });
    await assert.rejects(createClient({ feedUrl, retries: 0 }).manifest(), (error: InvalidManifestError) => {
      assert.equal(error.code, 'invalid_manifest');
      assert.ok(error.issues.some((issue) => issue.path === 'partitions.services.2500.url'), JSON.stringify(error.issues.slice(0, 3)));
      return true;
    });
    await serveWithLinks(10);
    const manifest = await createClient({ feedUrl, retries: 0 }).manifest();
    assert.ok(manifest.partitions!.services.every((link) => link.url.startsWith(`${host.origin}/feed/services/`)));
  });
});
