import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { startServer, type RunningServer } from './server.js';

const DATA = Buffer.from(`${JSON.stringify(Array.from({ length: 200 }, (_, index) => ({ id: `svc-${index}`, name: 'Schuldhulp' })))}\n`);
const BROTLI = brotliCompressSync(DATA);
const GZIP = gzipSync(DATA);

let work: string;
let server: RunningServer;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly the headers given: fetch() would add its own Accept-Encoding and decompress. */
function rawRequest(path: string, headers: Record<string, string>, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolveRequest, rejectRequest) => {
    const url = new URL(path, server.url);
    const outgoing = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveRequest({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', rejectRequest);
    outgoing.end();
  });
}

function etagOfBytes(bytes: Buffer): string {
  return `"sha256-${createHash('sha256').update(bytes).digest('base64')}"`;
}

before(async () => {
  work = await tempDir('wijkwijzer-encoding-');
  const site = join(work, 'site');
  await mkdir(site);
  await writeFile(join(site, 'services.json'), DATA);
  await writeFile(join(site, 'services.json.br'), BROTLI);
  await writeFile(join(site, 'services.json.gz'), GZIP);
  await writeFile(join(site, 'areas.json'), DATA);
  // A compressed copy that is a link out of the folder must not be served.
  await writeFile(join(work, 'outside.gz'), gzipSync('{"secret": true}'));
  await writeFile(join(site, 'norms.json'), DATA);
  await symlink(join(work, 'outside.gz'), join(site, 'norms.json.gz'));
  // A file edited after its copies were made: the copies hold the old bytes.
  await writeFile(join(site, 'pathways.json.gz'), gzipSync('[]'));
  await writeFile(join(site, 'pathways.json'), DATA);
  const yesterday = new Date(Date.now() - 86_400_000);
  await utimes(join(site, 'pathways.json.gz'), yesterday, yesterday);
  server = await startServer({ root: site, port: 0 });
});
after(async () => {
  await server.close();
  await removeDir(work);
});

describe('serve with precompressed files', () => {
  test('sends the .br copy to a client that accepts br', async () => {
    const answer = await rawRequest('/services.json', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(answer.headers['cache-control'], 'max-age=3600');
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.equal(Number(answer.headers['content-length']), BROTLI.byteLength);
    assert.equal(answer.headers.etag, etagOfBytes(BROTLI));
    assert.deepEqual(brotliDecompressSync(answer.body), DATA);
  });

  test('sends the .gz copy when gzip is what the client takes', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', 'gzip;q=0.9, br;q=0.5', '*, br;q=0']) {
      const answer = await rawRequest('/services.json', { 'Accept-Encoding': accept });
      assert.equal(answer.headers['content-encoding'], 'gzip', accept);
      assert.equal(answer.headers.vary, 'Accept-Encoding', accept);
      assert.equal(answer.headers.etag, etagOfBytes(GZIP), accept);
      assert.deepEqual(gunzipSync(answer.body), DATA, accept);
    }
  });

  test('sends the file itself otherwise, still saying that the answer varies', async () => {
    const plain: Record<string, string>[] = [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'deflate' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of plain) {
      const answer = await rawRequest('/services.json', headers);
      assert.equal(answer.headers['content-encoding'], undefined, JSON.stringify(headers));
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.equal(answer.headers.etag, etagOfBytes(DATA));
      assert.deepEqual(answer.body, DATA);
    }
    const noCopies = await rawRequest('/areas.json', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(noCopies.headers['content-encoding'], undefined);
    assert.deepEqual(noCopies.body, DATA);
  });

  test('revalidates each encoding with its own ETag', async () => {
    const brotli = await rawRequest('/services.json', { 'Accept-Encoding': 'br', 'If-None-Match': etagOfBytes(BROTLI) });
    assert.equal(brotli.status, 304);
    assert.equal(brotli.headers.vary, 'Accept-Encoding');
    assert.equal(brotli.headers.etag, etagOfBytes(BROTLI));
    const identity = await rawRequest('/services.json', { 'If-None-Match': etagOfBytes(BROTLI) });
    assert.equal(identity.status, 200);
    assert.deepEqual(identity.body, DATA);
  });

  test('answers HEAD with the compressed length and no body', async () => {
    const head = await rawRequest('/services.json', { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(Number(head.headers['content-length']), BROTLI.byteLength);
    assert.equal(head.body.byteLength, 0);
  });

  test('ignores a compressed copy older than its file, which would send old bytes', async () => {
    const answer = await rawRequest('/pathways.json', { 'Accept-Encoding': 'gzip' });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.deepEqual(answer.body, DATA);
  });

  test('ignores a compressed copy that links out of the folder', async () => {
    const answer = await rawRequest('/norms.json', { 'Accept-Encoding': 'gzip' });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.deepEqual(answer.body, DATA);
  });
});
