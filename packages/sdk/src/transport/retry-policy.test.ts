import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry-policy.js';

describe('retry policy', () => {
  test('retries 429 and 5xx only', () => {
    assert.deepEqual(
      [400, 403, 404, 408, 429, 500, 502, 503, 599].map(isRetryableStatus),
      [false, false, false, false, true, true, true, true, true],
    );
  });

  test('full jitter stays within [0, min(cap, base·2^retry))', () => {
    assert.equal(backoffDelay(0, () => 0), 0);
    assert.equal(backoffDelay(2, () => 0.5), 500);
    assert.equal(backoffDelay(10, () => 0.5), 2000);
    assert.equal(backoffDelay(1, () => 0.5, { baseMs: 100, capMs: 150 }), 75);
  });

  test('Retry-After: seconds, an HTTP date, a past date, and nonsense', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    assert.equal(parseRetryAfter('1', now), 1000);
    assert.equal(parseRetryAfter(' 120 ', now), 120_000);
    assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-5', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
