import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { useFeedServer } from '../test-support/feed-server.js';
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
