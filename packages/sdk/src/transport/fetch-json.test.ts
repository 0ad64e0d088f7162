import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { HttpStatusError, InvalidJsonError, NetworkError, TimeoutError, isWijkwijzerError } from '../errors.js';
import { fetchJson } from './fetch-json.js';

const URL_ = 'https://feed.test/utrecht/services.json';
const server = setupServer();
const seen: Request[] = [];
server.events.on('request:start', ({ request }) => {
  seen.push(request);
});

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
after(() => server.close());

/** Answers with `responses` in turn (the last one repeats). */
function answerInTurn(...responses: (() => Response | Promise<Response>)[]): void {
  let index = 0;
  server.use(
    http.get(URL_, () => {
      const respond = responses[Math.min(index, responses.length - 1)] as () => Response | Promise<Response>;
      index += 1;
      return respond();
    }),
  );
}

/** A sleep that returns at once and remembers how long it was asked to wait. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

describe('fetchJson', () => {
  test('returns the parsed body and the ETag', async () => {
    answerInTurn(() => HttpResponse.json([{ id: 'a' }], { headers: { etag: '"v1"' } }));
    const result = await fetchJson(URL_);
    assert.deepEqual(result, { status: 'fresh', body: [{ id: 'a' }], etag: '"v1"' });
    assert.equal(seen[0]?.headers.get('if-none-match'), null);
  });

  test('retries a 503 with backoff and then succeeds', async () => {
    answerInTurn(
      () => new HttpResponse(null, { status: 503 }),
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ items: [] }),
    );
    const { sleep, waits } = recordingSleep();
    const result = await fetchJson(URL_, { sleep, random: () => 0.5 });
    assert.equal(result.status, 'fresh');
    assert.equal(seen.length, 3);
    // Full jitter: random · min(4000, 250 · 2^retry).
    assert.deepEqual(waits, [125, 250]);
  });

  test('the backoff step doubles and stops at the 4 s cap', async () => {
    answerInTurn(() => new HttpResponse(null, { status: 500 }));
    const { sleep, waits } = recordingSleep();
    const error = await fetchJson(URL_, { sleep, random: () => 0.999999, retries: 6 }).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.status, 500);
    assert.equal(error.attempts, 7);
    assert.match(error.message, /answered 500 .*Tried 7 times/);
    assert.deepEqual(waits, [249, 499, 999, 1999, 3999, 3999]);
  });

  test('a 429 with Retry-After: 1 waits one second before the next attempt', async () => {
    answerInTurn(
      () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } }),
      () => HttpResponse.json([]),
    );
    const { sleep, waits } = recordingSleep();
    const result = await fetchJson(URL_, { sleep, random: () => 0 });
    assert.equal(result.status, 'fresh');
    assert.deepEqual(waits, [1000]);
    assert.equal(seen.length, 2);
  });

  test('Retry-After as an HTTP date, and a long one is capped', async () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    answerInTurn(
      () => new HttpResponse(null, { status: 503, headers: { 'retry-after': 'Sun, 22 Nov 2026 10:00:03 GMT' } }),
      () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '3600' } }),
      () => HttpResponse.json([]),
    );
    const { sleep, waits } = recordingSleep();
    await fetchJson(URL_, { sleep, now: () => now });
    assert.deepEqual(waits, [3000, 10_000]);
  });

  test('does not retry a 404 and says what to check', async () => {
    answerInTurn(() => new HttpResponse('nope', { status: 404, statusText: 'Not Found' }));
    const { sleep, waits } = recordingSleep();
    const error = await fetchJson(URL_, { sleep }).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'http_status');
    assert.equal(error.url, URL_);
    assert.match(error.message, /404 Not Found for https:\/\/feed\.test\/utrecht\/services\.json\. Check the feed URL/);
    assert.equal(seen.length, 1);
    assert.deepEqual(waits, []);
  });

  test('a network error is retried, then reported with CORS advice', async () => {
    answerInTurn(() => HttpResponse.error());
    const { sleep } = recordingSleep();
    const error = await fetchJson(URL_, { sleep, retries: 1 }).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(isWijkwijzerError(error));
    assert.equal(seen.length, 2);
    assert.match(error.message, /Could not reach the feed at https:\/\/feed\.test\/utrecht\/services\.json \(network error\)/);
    assert.match(error.message, /CORS/);
    assert.ok(error.cause !== undefined);
  });

  test('an attempt that gets no answer in time ends in a TimeoutError', async () => {
    server.use(http.get(URL_, () => delay('infinite')));
    const started = Date.now();
    const error = await fetchJson(URL_, { timeoutMs: 50, retries: 1, sleep: async () => {} }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeoutMs, 50);
    assert.equal(error.code, 'timeout');
    assert.equal(seen.length, 2, 'a timeout is retried like a network error');
    assert.match(error.message, /did not answer within 50 ms/);
    assert.ok(Date.now() - started < 2000);
  });

  test('a slow first attempt times out and the retry succeeds', async () => {
    answerInTurn(
      async () => {
        await delay(500);
        return HttpResponse.json(['late']);
      },
      () => HttpResponse.json(['on time']),
    );
    const result = await fetchJson(URL_, { timeoutMs: 50, sleep: async () => {} });
    assert.deepEqual(result.body, ['on time']);
  });

  test("the caller's signal aborts the request with the signal's reason", async () => {
    server.use(http.get(URL_, () => delay('infinite')));
    const controller = new AbortController();
    const reason = new Error('widget removed');
    setTimeout(() => controller.abort(reason), 20);
    const error = await fetchJson(URL_, { signal: controller.signal, timeoutMs: 5000 }).catch((e: unknown) => e);
    assert.equal(error, reason);
    assert.equal(seen.length, 1, 'an abort is never retried');
  });

  test('an abort during the wait between attempts stops the retries', async () => {
    answerInTurn(() => new HttpResponse(null, { status: 503 }));
    const controller = new AbortController();
    const error = await fetchJson(URL_, {
      signal: controller.signal,
      random: () => 1,
      sleep: async () => controller.abort(),
    }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(seen.length, 1);
  });

  test('sends If-None-Match for a known ETag and reports a 304 as not-modified', async () => {
    answerInTurn(() => new HttpResponse(null, { status: 304, headers: { etag: '"v1"' } }));
    const result = await fetchJson(URL_, { etag: '"v1"' });
    assert.deepEqual(result, { status: 'not-modified', etag: '"v1"' });
    assert.equal(seen[0]?.headers.get('if-none-match'), '"v1"');
  });

  test('a 200 with the ETag we hold counts as not-modified', async () => {
    answerInTurn(() => HttpResponse.json([1], { headers: { etag: '"v1"' } }));
    const result = await fetchJson(URL_, { etag: '"v1"' });
    assert.equal(result.status, 'not-modified');
  });

  test('after a network error a conditional request is retried without If-None-Match', async () => {
    answerInTurn(
      () => HttpResponse.error(),
      () => HttpResponse.json([2], { headers: { etag: '"v2"' } }),
    );
    const result = await fetchJson(URL_, { etag: '"v1"', sleep: async () => {} });
    assert.deepEqual(result, { status: 'fresh', body: [2], etag: '"v2"' });
    assert.deepEqual(
      seen.map((request) => request.headers.get('if-none-match')),
      ['"v1"', null],
    );
  });

  test('a body that is not JSON is an InvalidJsonError showing how it starts', async () => {
    answerInTurn(() => new HttpResponse('<!DOCTYPE html><html>…', { headers: { 'content-type': 'text/html' } }));
    const error = await fetchJson(URL_).catch((e: unknown) => e);
    assert.ok(error instanceof InvalidJsonError);
    assert.equal(error.bodyStart, '<!DOCTYPE html><html>…');
    assert.equal(seen.length, 1);
  });
});
