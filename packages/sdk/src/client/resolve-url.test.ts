import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { urlResolver } from './resolve-url.js';

const BASES = ['https://feed.test/regio/index.json', 'https://feed.test/regio/index.json?v=3#top', 'http://127.0.0.1:8080/a/b/', 'https://feed.test/index.json'];
const URLS = [
  'services/gm-0344.1a2b3c4d.json',
  'details/ff5c721c/',
  'services.json',
  'a/b/c/d.json',
  '_x-y/z.json',
  './services.json',
  '../shared/services.json',
  'a/../b.json',
  'a/./b.json',
  '.hidden/x.json',
  '..',
  'a//b.json',
  '/root.json',
  '//other.test/x.json',
  'https://other.test/x.json',
  'javascript:alert(1)',
  'a b.json',
  'a%2Fb.json',
  'a\\b.json',
  'x.json?v=2',
  'x.json#frag',
  'wijk/Zuilen–Noord.json',
  '',
];

describe('urlResolver', () => {
  for (const base of BASES) {
    test(`answers what new URL answers, against ${base}`, () => {
      const resolve = urlResolver(base);
      for (const url of URLS) assert.equal(resolve(url), new URL(url, base).href, JSON.stringify(url));
    });
  }

  test('a URL that does not parse still throws', () => {
    assert.throws(() => urlResolver('https://feed.test/index.json')('http://[bad'));
  });
});
