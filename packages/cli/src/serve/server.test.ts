import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { detailShardFile, type Manifest } from '@wijkwijzer/schemas';
import { buildFeed } from '../build/build-feed.js';
import { removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { BIN } from '../test-support/run-cli.js';
import { startServer, type RunningServer } from './server.js';

let work: string;
let feed: string;
let server: RunningServer;

before(async () => {
  work = await tempDir('wijkwijzer-serve-');
  feed = join(work, 'site', 'feed');
  await mkdir(join(work, 'site'), { recursive: true });
  const built = await buildFeed({ sourceDir: await writeSource(join(work, 'source')), outDir: feed });
  assert.ok(built.ok);
  // Something just outside the served folder that a traversal would reach.
  await writeFile(join(work, 'site', 'secret.json'), '{"secret": true}');
  await writeFile(join(feed, 'widget.js'), 'export {};\n');
  server = await startServer({ root: feed, port: 0 });
});
after(async () => {
  await server.close();
  await removeDir(work);
});

/** A raw request: fetch() would normalise `..` away before sending it. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, rejectGet) => {
    const url = new URL(server.url);
    const outgoing = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolveGet({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', rejectGet);
    outgoing.end();
  });
}

describe('startServer', () => {
  test('listens on a free loopback port when asked for port 0', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.notEqual(server.port, 0);
    assert.equal(server.manifestUrl, `${server.url}index.json`);
  });

  test('serves JSON with a strong ETag, CORS and a short max-age for the manifest', async () => {
    const response = await fetch(server.manifestUrl);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'max-age=60, stale-while-revalidate=300');
    assert.match(response.headers.get('etag') ?? '', /^"sha256-[A-Za-z0-9+/]{43}="$/);
    const manifest = (await response.json()) as { region: { id: string } };
    assert.equal(manifest.region.id, 'testregio');
  });

  test('area partition files are immutable for a year too', async () => {
    const manifest = (await (await fetch(server.manifestUrl)).json()) as { partitions: { areas?: { url: string }[] } };
    const url = manifest.partitions.areas?.[0]?.url;
    assert.ok(url, 'the feed has area partitions');
    const response = await fetch(new URL(url, server.url));
    assert.equal(response.status, 200, url);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', url);
    await response.arrayBuffer();
  });

  test('content-hashed partition files are immutable for a year, in every encoding', async () => {
    const manifest = (await (await fetch(server.manifestUrl)).json()) as Manifest;
    const { details } = manifest.partitions!;
    // A shard's name is its number; its folder's name is the hash.
    const urls = [manifest.partitions!.services[0]!.url, `${details.url}${detailShardFile(0, details.shards)}`];
    for (const url of urls) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const response = await fetch(new URL(url, server.url), { headers: { 'Accept-Encoding': encoding } });
        assert.equal(response.status, 200, url);
        assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', `${url} ${encoding}`);
        await response.arrayBuffer();
      }
    }
    // The full datasets keep their names, and so their short lifetimes.
    const services = await fetch(new URL('services.json', server.url));
    assert.equal(services.headers.get('cache-control'), 'max-age=3600');
    await services.arrayBuffer();
  });

  test('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(new URL('services.json', server.url));
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const second = await fetch(new URL('services.json', server.url), { headers: { 'If-None-Match': etag } });
    assert.equal(second.status, 304);
    assert.equal(second.headers.get('etag'), etag);
    assert.equal(second.headers.get('access-control-allow-origin'), '*');
    const other = await fetch(new URL('services.json', server.url), { headers: { 'If-None-Match': '"sha256-other"' } });
    assert.equal(other.status, 200);
    await other.arrayBuffer();
  });

  test('caches availability briefly and other datasets for an hour', async () => {
    const availability = await fetch(new URL('availability.json', server.url));
    assert.equal(availability.headers.get('cache-control'), 'max-age=300, stale-while-revalidate=600');
    await availability.arrayBuffer();
    const areas = await fetch(new URL('areas.json', server.url));
    assert.equal(areas.headers.get('cache-control'), 'max-age=3600');
    await areas.arrayBuffer();
    const script = await fetch(new URL('widget.js', server.url));
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    await script.arrayBuffer();
  });

  test('answers HEAD with the headers and no body', async () => {
    const head = await fetch(new URL('areas.json', server.url), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(Number(head.headers.get('content-length')) > 0);
    assert.ok(head.headers.get('etag'));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  test('answers 404 with a JSON body for a missing file', async () => {
    const response = await fetch(new URL('pathways.json', server.url));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await response.json(), { error: 'not found', path: '/pathways.json' });
  });

  test('refuses to leave the served folder', async () => {
    for (const path of ['/../secret.json', '/%2e%2e/secret.json', '/..%2fsecret.json', '/a/../../secret.json']) {
      const response = await rawGet(path);
      assert.equal(response.status, 403, path);
      assert.doesNotMatch(response.body, /secret/, path);
    }
  });

  test('allows GET and HEAD only, and answers a CORS preflight', async () => {
    const post = await fetch(server.manifestUrl, { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    await post.arrayBuffer();
    const preflight = await fetch(server.manifestUrl, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'if-none-match');
  });

  test('serves the manifest for the folder itself', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'max-age=60, stale-while-revalidate=300');
    await response.arrayBuffer();
  });
});

describe('wijkwijzer serve', () => {
  test('prints the manifest URL, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', feed, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolveUrl, rejectUrl) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /(http:\/\/127\.0\.0\.1:\d+\/index\.json)/.exec(stdout);
        if (match?.[1]) resolveUrl(match[1]);
      });
      child.on('exit', () => rejectUrl(new Error(`serve exited early: ${stdout}`)));
    });
    const response = await fetch(url);
    assert.equal(response.status, 200);
    await response.arrayBuffer();
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stdout, /Stopped \(SIGTERM\)/);
  });

  test('a port in use is one clear line and exit 2', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', feed, '--port', String(server.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolveExit) => child.on('close', (exitCode) => resolveExit(exitCode)));
    assert.equal(code, 2);
    assert.match(stderr, /^wijkwijzer: port \d+ on 127\.0\.0\.1 is already in use/);
  });
});
