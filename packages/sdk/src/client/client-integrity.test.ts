import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { DatasetName } from '@wijkwijzer/schemas';
import { contentHash } from '@wijkwijzer/schemas/records';
import { clearFeedCache } from '../cache/feed-cache.js';
import { feedFixture } from '../test-support/feed-fixture.js';
import { useLoopbackServer, type Answer } from '../test-support/loopback-server.js';
import { createClient } from './create-client.js';

const host = await useLoopbackServer();
const feedUrl = `${host.origin}/feed/index.json`;

beforeEach(() => {
  clearFeedCache();
  host.reset();
});

/**
 * Publishes the fixture feed; `bodies` replaces a dataset's bytes as served (a function
 * answers per request), `links` what the manifest says about it.
 */
async function publish(
  bodies: Partial<Record<DatasetName, string | Uint8Array | (() => string)>> = {},
  links: Partial<Record<DatasetName, { count?: number; hash?: string }>> = {},
): Promise<void> {
  const { manifest, datasets } = feedFixture();
  for (const [name, records] of Object.entries(datasets) as [DatasetName, unknown[]][]) {
    const body = JSON.stringify(records);
    manifest.datasets[name] = { url: `${name}.json`, count: records.length, hash: await contentHash(body), ...links[name] };
    const served = bodies[name] ?? body;
    host.answer(`/feed/${name}.json`, typeof served === 'function' ? (): Answer => ({ body: served() }) : { body: served });
  }
  host.answer('/feed/index.json', { body: JSON.stringify(manifest) });
}

const requestsFor = (file: string) => host.requests.filter((request) => request.path === `/feed/${file}`);

describe('datasets are checked against the manifest\'s count and hash', () => {
  test('a file with a byte-order mark matches the hash of its exact bytes', async () => {
    const services = feedFixture().datasets.services as unknown[];
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(services, null, 2)}\r\n`);
    await publish({ services: bytes }, { services: { hash: await contentHash(bytes) } });
    const client = createClient({ feedUrl });
    assert.equal((await client.services.list()).length, 3);
    assert.deepEqual(client.report().integrity, []);
    assert.equal(client.isStale(), false);
    assert.equal(requestsFor('services.json').length, 1);
  });

  test('a mismatch is fetched once more past the caches, then used, reported and marked stale', async () => {
    const wrong = `sha256-${'B'.repeat(43)}=`;
    await publish({}, { services: { hash: wrong } });
    const client = createClient({ feedUrl });
    assert.equal((await client.services.list()).length, 3, 'the data is kept');
    const [first, second, ...more] = requestsFor('services.json');
    assert.equal(first?.headers['cache-control'], undefined);
    assert.equal(second?.headers['cache-control'], 'no-cache', 'cache: no-store');
    assert.equal(more.length, 0);
    const report = client.report();
    assert.deepEqual(report.integrity, [
      {
        dataset: 'services',
        url: `${host.origin}/feed/services.json`,
        expected: { count: 3, hash: wrong },
        actual: { count: 3, hash: await contentHash(JSON.stringify(feedFixture().datasets.services)) },
      },
    ]);
    assert.equal(report.stale, true);
    assert.equal(client.isStale(), true);
  });

  test('an old copy followed by the right one is not reported', async () => {
    const services = feedFixture().datasets.services as unknown[];
    const answers = [JSON.stringify(services.slice(0, 2)), JSON.stringify(services)];
    await publish({ services: () => answers.shift() ?? JSON.stringify(services) });
    const client = createClient({ feedUrl });
    assert.equal((await client.services.list()).length, 3, 'the second answer is used');
    assert.equal(requestsFor('services.json').length, 2);
    assert.deepEqual(client.report().integrity, []);
    assert.equal(client.isStale(), false);
  });

  test('a wrong count is reported even when the hash matches', async () => {
    await publish({}, { areas: { count: 7 } });
    const client = createClient({ feedUrl });
    await client.areas.list();
    assert.deepEqual(
      client.report().integrity.map(({ dataset, expected, actual }) => [dataset, expected.count, actual.count]),
      [['areas', 7, 6]],
    );
  });
});

describe('the report stays small', () => {
  test('50 000 services of which 30 % bad: counts per path and at most 50 examples of each', async () => {
    const [good] = feedFixture().datasets.services as Record<string, unknown>[];
    const services = Array.from({ length: 50_000 }, (_, index) => {
      const record = { ...good, id: `svc-${index}` };
      if (index % 10 < 2) return { ...record, status: 'misschien' };
      if (index % 10 === 2) return { ...record, status: 'misschien', phones: [{ number: 12 }] };
      return record;
    });
    const body = JSON.stringify(services);
    await publish({ services: body }, { services: { count: services.length, hash: await contentHash(body) } });
    const client = createClient({ feedUrl });
    assert.equal((await client.services.list()).length, 35_000);

    const report = client.report();
    assert.equal(report.skippedTotal, 15_000);
    assert.deepEqual(report.counts.services, {
      loaded: 35_000,
      skipped: 15_000,
      skippedByPath: { status: 15_000, 'phones.*.number': 5_000 },
    });
    // The first 50 with a bad status; the 50 with a bad phone are among them or follow them.
    assert.ok(report.skipped.length >= 50 && report.skipped.length <= 100, String(report.skipped.length));
    assert.equal(report.skipped.filter((record) => record.issues.some((issue) => issue.path === 'phones.0.number')).length, 50);
    assert.ok(JSON.stringify(report).length < 50_000, `${JSON.stringify(report).length} characters`);
  });
});
