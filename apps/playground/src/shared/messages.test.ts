import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePreviewReport, parseRenderMessage } from './messages.js';

const valid = {
  type: 'wijkwijzer-playground:render',
  tag: 'sociale-kaart',
  attributes: { feed: 'https://x.nl/index.json', 'url-state': true },
  properties: { '--wijkwijzer-color-accent': '#123456' },
  pageProperties: {},
  events: ['wijkwijzer-search'],
  pageLang: 'nl',
};

test('accepts what the playground sends', () => {
  assert.deepEqual(parseRenderMessage(valid), valid);
});

test('refuses anything else: other tags, event handlers, style, unsafe CSS values', () => {
  assert.equal(parseRenderMessage({ ...valid, tag: 'script' }), undefined);
  assert.equal(parseRenderMessage({ ...valid, attributes: { onclick: 'alert(1)' } }), undefined);
  assert.equal(parseRenderMessage({ ...valid, attributes: { style: 'color:red' } }), undefined);
  assert.equal(parseRenderMessage({ ...valid, attributes: { feed: 1 } }), undefined);
  assert.equal(parseRenderMessage({ ...valid, properties: { '--x': 'red; } body { display: none' } }), undefined);
  assert.equal(parseRenderMessage({ ...valid, properties: { color: 'red' } }), undefined);
  assert.equal(parseRenderMessage({ ...valid, events: ['click'] }), undefined);
  assert.equal(parseRenderMessage({ ...valid, pageLang: 'fr' }), undefined);
  assert.equal(parseRenderMessage('wijkwijzer-playground:render'), undefined);
});

test('reads the preview reports', () => {
  assert.deepEqual(parsePreviewReport({ type: 'wijkwijzer-playground:size', height: 300 }), { type: 'wijkwijzer-playground:size', height: 300 });
  assert.equal(parsePreviewReport({ type: 'wijkwijzer-playground:size', height: 'big' }), undefined);
  assert.equal(parsePreviewReport({ type: 'other' }), undefined);
});
