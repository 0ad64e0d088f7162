import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AbortedError,
  HttpStatusError,
  UnsupportedContractError,
  WijkwijzerError,
  abortReason,
  isWijkwijzerError,
  redactUrl,
} from './errors.js';

describe('errors', () => {
  test('credentials in a URL are redacted in the message and the url field', () => {
    const error = new HttpStatusError({
      url: 'https://user:pw@cdn.test/feed/index.json?X-Amz-Signature=abc123&token=t0k&region=utrecht',
      status: 403,
      statusText: 'Forbidden',
    });
    assert.equal(error.url, 'https://***:***@cdn.test/feed/index.json?X-Amz-Signature=***&token=***&region=utrecht');
    assert.doesNotMatch(error.message, /abc123|t0k|pw@/);
    assert.match(error.message, /must be publicly readable/);
  });

  test('redactUrl leaves plain URLs and non-URLs alone', () => {
    assert.equal(redactUrl('https://feed.test/index.json?v=2'), 'https://feed.test/index.json?v=2');
    assert.equal(redactUrl('not a url'), 'not a url');
  });

  test('isWijkwijzerError recognises errors of another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), { code: 'network' });
    Object.defineProperty(foreign, Symbol.for('wijkwijzer.error'), { value: true });
    assert.equal(isWijkwijzerError(foreign), true);
    assert.equal(isWijkwijzerError(new Error('x')), false);
    assert.equal(isWijkwijzerError(null), false);
    assert.equal(isWijkwijzerError(new WijkwijzerError('network', 'x')), true);
  });

  test('errors keep their cause and a minification-proof name', () => {
    const cause = new TypeError('fetch failed');
    const error = new HttpStatusError({ url: 'https://feed.test/a.json', status: 502, cause });
    assert.equal(error.cause, cause);
    assert.equal(error.name, 'HttpStatusError');
    assert.ok(error instanceof WijkwijzerError);
  });

  test('an older contract major asks the publisher to rebuild the feed', () => {
    const error = new UnsupportedContractError({ url: 'https://feed.test/index.json', feedVersion: '0.9.0', reason: 'older-major' });
    assert.match(error.message, /uses data contract 0\.9\.0, but this version of @wijkwijzer\/sdk reads contract 1\.x/);
    assert.match(error.message, /rebuild the feed/);
  });

  test("an abort without a reason becomes an AbortedError with code 'aborted'", () => {
    const silent = { aborted: true, reason: undefined } as unknown as AbortSignal;
    const error = abortReason(silent, 'https://feed.test/index.json');
    assert.ok(error instanceof AbortedError);
    assert.equal(error.code, 'aborted');
    const reason = new Error('because');
    assert.equal(abortReason({ aborted: true, reason } as unknown as AbortSignal), reason);
  });
});
