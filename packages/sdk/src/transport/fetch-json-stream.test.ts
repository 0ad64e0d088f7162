import assert from 'node:assert/strict';
import { afterEach, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { TimeoutError } from '../errors.js';
import { useLoopbackServer } from '../test-support/loopback-server.js';
import { fetchJson, type LoadProgress } from './fetch-json.js';

// Real sockets and real timers: what matters here is when bytes cross the wire.
const server = await useLoopbackServer();
afterEach(() => server.reset());
// The first fetch of a process loads its HTTP client, which can take longer than the short timeouts below.
before(async () => {
  server.answer('/warm-up.json', { body: '[]' });
  await fetchJson(`${server.origin}/warm-up.json`);
});

/** `text` cut into `count` pieces, one every `everyMs`. */
async function* trickle(text: string, count: number, everyMs: number): AsyncIterable<string> {
  const size = Math.ceil(text.length / count);
  for (let start = 0; start < text.length; start += size) {
    await delay(everyMs);
    yield text.slice(start, start + size);
  }
}

/** `pieces` of text, one every `everyMs`, and then nothing more, ever. */
async function* thenStall(pieces: number, everyMs: number): AsyncIterable<string> {
  yield '[';
  for (let i = 0; i < pieces; i += 1) {
    await delay(everyMs);
    yield `${i},`;
  }
  await new Promise<never>(() => {});
}

/** A JSON list of `count` strings: about 20 bytes each. */
const jsonList = (count: number): string => JSON.stringify(Array.from({ length: count }, (_, i) => `record-number-${i}`));

const quick = { retries: 0, sleep: async () => {} };

describe('fetchJson times out on silence, not on a slow download', () => {
  test('a body trickling in for 2 s completes with a 500 ms timeout', async () => {
    const text = jsonList(400);
    server.answer('/slow.json', { body: trickle(text, 40, 50) });
    const started = Date.now();
    const result = await fetchJson(`${server.origin}/slow.json`, { ...quick, timeoutMs: 500 });
    assert.equal(result.status, 'fresh');
    assert.deepEqual(result.body, JSON.parse(text));
    assert.ok(Date.now() - started >= 1900, 'the download really took longer than the timeout');
  });

  test('headers and then silence: a TimeoutError once nothing arrived for timeoutMs', async () => {
    server.answer('/stalled.json', { body: thenStall(12, 50) });
    const started = Date.now();
    const error = await fetchJson(`${server.origin}/stalled.json`, { ...quick, timeoutMs: 500 }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    assert.ok(error instanceof TimeoutError, String(error));
    assert.equal(error.timeoutMs, 500);
    assert.equal(error.stalled, 'body');
    assert.match(error.message, /stopped sending data for 500 ms/);
    // 600 ms of pieces, then 500 ms of silence.
    assert.ok(elapsed >= 1050, `timed out after ${elapsed} ms, while bytes were still arriving`);
    assert.ok(elapsed < 4000, `took ${elapsed} ms`);
  });

  test('no headers at all: a TimeoutError after timeoutMs', async () => {
    server.answer('/silent.json', { headersAfterMs: Infinity });
    const started = Date.now();
    const error = await fetchJson(`${server.origin}/silent.json`, { ...quick, timeoutMs: 300 }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    assert.ok(error instanceof TimeoutError, String(error));
    assert.equal(error.stalled, 'response');
    assert.match(error.message, /did not answer within 300 ms/);
    assert.ok(elapsed >= 290 && elapsed < 3000, `took ${elapsed} ms`);
  });

  test('a first attempt without headers is retried, and a slow second one completes', async () => {
    const text = jsonList(100);
    let attempt = 0;
    server.answer('/flaky.json', () => {
      attempt += 1;
      return attempt === 1 ? { headersAfterMs: Infinity } : { body: trickle(text, 12, 60) };
    });
    const result = await fetchJson(`${server.origin}/flaky.json`, { retries: 1, sleep: async () => {}, timeoutMs: 400 });
    assert.deepEqual(result.body, JSON.parse(text));
    assert.equal(server.requests.length, 2);
  });
});

describe('fetchJson reports progress', () => {
  test('loaded grows chunk by chunk up to the Content-Length', async () => {
    const text = jsonList(200);
    const size = Buffer.byteLength(text);
    server.answer('/list.json', { headers: { 'content-length': String(size) }, body: trickle(text, 8, 20) });
    const seen: LoadProgress[] = [];
    await fetchJson(`${server.origin}/list.json`, { ...quick, onProgress: (progress) => seen.push({ ...progress }) });
    assert.ok(seen.length >= 4, `only ${seen.length} reports`);
    assert.deepEqual(seen[0], { loaded: 0, total: size }, 'a first report as soon as the headers are in');
    assert.deepEqual(seen.at(-1), { loaded: size, total: size });
    for (let i = 1; i < seen.length; i += 1) {
      assert.ok((seen[i]?.loaded ?? 0) > (seen[i - 1]?.loaded ?? 0), 'loaded only grows');
    }
  });

  test('a compressed answer: the total is the expected size, not the compressed Content-Length', async () => {
    const text = jsonList(500);
    const size = Buffer.byteLength(text);
    const gzipped = gzipSync(text);
    server.answer('/list.json', {
      headers: { 'content-encoding': 'gzip', 'content-length': String(gzipped.length) },
      body: gzipped,
    });
    const unknown: LoadProgress[] = [];
    await fetchJson(`${server.origin}/list.json`, { ...quick, onProgress: (progress) => unknown.push({ ...progress }) });
    assert.deepEqual(unknown.at(-1), { loaded: size }, 'without an expected size the total is unknown');

    const known: LoadProgress[] = [];
    await fetchJson(`${server.origin}/list.json`, { ...quick, expectedBytes: size, onProgress: (progress) => known.push({ ...progress }) });
    assert.deepEqual(known[0], { loaded: 0, total: size });
    assert.deepEqual(known.at(-1), { loaded: size, total: size });
  });

  test('an expected size that turns out too small is dropped rather than exceeded', async () => {
    const text = jsonList(50);
    server.answer('/list.json', { body: text });
    const seen: LoadProgress[] = [];
    await fetchJson(`${server.origin}/list.json`, { ...quick, expectedBytes: 10, onProgress: (progress) => seen.push({ ...progress }) });
    assert.deepEqual(seen.at(-1), { loaded: Buffer.byteLength(text) });
  });
});
