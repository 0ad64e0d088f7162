import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manifestUrl } from './feed-url.js';

test('accepts http(s) feed addresses, completing a folder with index.json', () => {
  assert.equal(manifestUrl(' https://data.example.nl/feed/ '), 'https://data.example.nl/feed/index.json');
  assert.equal(manifestUrl('http://127.0.0.1:8787/feeds/x/index.json#top'), 'http://127.0.0.1:8787/feeds/x/index.json');
});

test('refuses anything else', () => {
  assert.equal(manifestUrl('javascript:alert(1)'), undefined);
  assert.equal(manifestUrl('data:application/json,{}'), undefined);
  assert.equal(manifestUrl('feed/index.json'), undefined);
  assert.equal(manifestUrl(''), undefined);
});
