import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { clearFeedCache, createClient } from '@wijkwijzer/sdk';
import { detailShardFile, type Manifest } from '@wijkwijzer/schemas';
// The same path from src/hosting and dist/hosting.
import { FEED_CONF } from '../../../../scripts/nginx.mjs';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { startNginx, type RunningNginx } from '../test-support/nginx.js';
import { runCli } from '../test-support/run-cli.js';

/** The sample region's source, from dist/ (dist → cli → packages → repo). */
const SAMPLE_SOURCE = fileURLToPath(new URL('../../../../data/regio-utrecht/', import.meta.url));
const IMMUTABLE = 'public, max-age=31536000, immutable';

let work: string;
let feed: string;
let nginx: RunningNginx | undefined;
let manifest: Manifest;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly these headers: fetch() would add its own Accept-Encoding and decompress. */
function rawRequest(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolveRequest, rejectRequest) => {
    const outgoing = request(new URL(path, nginx!.url), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveRequest({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', rejectRequest);
    outgoing.end();
  });
}

before(async () => {
  work = await tempDir('wijkwijzer-nginx-');
  feed = join(work, 'feed');
  const build = await runCli(['build', SAMPLE_SOURCE, '--out', feed]);
  assert.equal(build.code, 0, build.stderr);
  manifest = JSON.parse(await readFile(join(feed, 'index.json'), 'utf8')) as Manifest;
  nginx = await startNginx({ root: feed, include: FEED_CONF, workDir: work });
});
after(async () => {
  await nginx?.stop();
  await removeDir(work);
});

/** The sample feed's first services partition and detail shard: a content-hashed name and folder. */
function partitionUrls(): string[] {
  const partitions = manifest.partitions;
  assert.ok(partitions, 'the sample feed is partitioned (contract 1.1)');
  const areas = partitions.areas?.[0]?.url;
  assert.ok(areas, 'the sample feed has area partitions');
  return [partitions.services[0]!.url, `${partitions.details.url}${detailShardFile(0, partitions.details.shards)}`, areas];
}

describe('nginx with docs/hosting/nginx-feed.conf, on the built sample feed', () => {
  test('the manifest is JSON with a short lifetime, CORS and a visible ETag', async () => {
    const answer = await rawRequest('index.json');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(answer.headers['cache-control'], 'max-age=60, stale-while-revalidate=300');
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.equal(answer.headers['access-control-expose-headers'], 'ETag');
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(JSON.parse(answer.body.toString('utf8')), manifest);
    // Only a preflight gets the preflight headers.
    assert.equal(answer.headers['access-control-allow-methods'], undefined);
  });

  test('content-hashed partition files are immutable for a year; the full datasets are not', async () => {
    for (const url of partitionUrls()) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const answer = await rawRequest(url, { 'Accept-Encoding': encoding });
        assert.equal(answer.status, 200, url);
        assert.equal(answer.headers['cache-control'], IMMUTABLE, `${url} ${encoding}`);
      }
    }
    assert.equal((await rawRequest('services.json')).headers['cache-control'], 'max-age=3600');
    assert.equal((await rawRequest('availability.json')).headers['cache-control'], 'max-age=300, stale-while-revalidate=600');
  });

  test('br, gzip and identity each get their own bytes of the same file, with Vary', async () => {
    for (const url of partitionUrls()) {
      const plain = await readFile(join(feed, url));
      const brotli = await rawRequest(url, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(brotli.headers['content-encoding'], 'br', url);
      assert.deepEqual(brotliDecompressSync(brotli.body), plain);
      const gzip = await rawRequest(url, { 'Accept-Encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip', url);
      assert.deepEqual(gunzipSync(gzip.body), plain);
      const identity = await rawRequest(url);
      assert.equal(identity.headers['content-encoding'], undefined, url);
      assert.deepEqual(identity.body, plain);
      for (const answer of [brotli, gzip, identity]) {
        assert.equal(answer.headers.vary, 'Accept-Encoding', url);
        assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8', url);
      }
    }
  });

  test("an ETag per encoding; If-None-Match with the right one gets 304, another one the file", async () => {
    const url = partitionUrls()[0]!;
    const brotli = await rawRequest(url, { 'Accept-Encoding': 'br' });
    const gzip = await rawRequest(url, { 'Accept-Encoding': 'gzip' });
    const etag = brotli.headers.etag as string;
    assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
    assert.notEqual(gzip.headers.etag, etag);
    const revalidated = await rawRequest(url, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.body.length, 0);
    assert.equal(revalidated.headers.etag, etag);
    assert.equal(revalidated.headers['cache-control'], IMMUTABLE);
    assert.equal(revalidated.headers['access-control-allow-origin'], '*');
    const changed = await rawRequest(url, { 'Accept-Encoding': 'br', 'If-None-Match': '"0-0"' });
    assert.equal(changed.status, 200);
  });

  test('a CORS preflight for If-None-Match is answered; hidden files are not served', async () => {
    const preflight = await rawRequest('index.json', { Origin: 'https://gemeente.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' }, 'OPTIONS');
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS');
    assert.equal(preflight.headers['access-control-allow-headers'], 'If-None-Match');
    assert.equal((await rawRequest('.wijkwijzer-feed')).status, 404);
  });

  test("the SDK loads the feed through nginx: a gemeente's partitions, search and a full record", async () => {
    clearFeedCache();
    const client = createClient({ feedUrl: new URL('index.json', nginx!.url), retries: 0 });
    const hits = await client.services.search('', { area: 'gm-utrecht' });
    assert.ok(hits.length > 0, 'services in Utrecht');
    const report = client.report();
    assert.deepEqual(report.integrity, [], 'every file matches the manifest hash');
    assert.ok((report.partitions.services?.files ?? 0) > 0, 'read from partition files');
    assert.ok((report.partitions.services?.files ?? 0) < manifest.partitions!.services.length, 'not every partition');
    const first = hits[0]!.service;
    const full = await client.services.get(first.id);
    assert.equal(full?.id, first.id);
    assert.equal(typeof full?.description, 'string');
  });
});
