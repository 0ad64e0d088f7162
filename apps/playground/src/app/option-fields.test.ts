import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeFor, attributesFor, fieldKind, initialValue } from './option-fields.js';
import type { AttributeSpec } from './widget-spec.js';

const spec = (name: string, type: AttributeSpec['type'], fallback: AttributeSpec['default']): AttributeSpec => ({
  name,
  description: '',
  typeText: '',
  type,
  default: fallback,
});

const routeOrder = spec('route-order', { kind: 'boolean' }, { kind: 'boolean', value: true });
const urlState = spec('url-state', { kind: 'boolean' }, { kind: 'boolean', value: false });
const audience = spec('audience', { kind: 'choice', choices: ['inwoner', 'professional'], fromDescription: true }, { kind: 'string', value: 'inwoner' });
const gemeente = spec('gemeente', { kind: 'text' }, { kind: 'none' });
const limit = spec('limit', { kind: 'text' }, { kind: 'unknown', text: 'DEFAULT_PAGE_SIZE' });

test('feed-backed attributes are recognised by name; the rest by type', () => {
  assert.deepEqual(fieldKind(gemeente), { kind: 'feed-list', list: 'gemeenten' });
  assert.deepEqual(fieldKind(spec('service', { kind: 'text' }, { kind: 'none' })), { kind: 'feed-list', list: 'services' });
  assert.deepEqual(fieldKind(routeOrder), { kind: 'checkbox' });
  assert.deepEqual(fieldKind(audience), { kind: 'select', choices: ['inwoner', 'professional'], fromDescription: true });
  assert.deepEqual(fieldKind(limit), { kind: 'text' });
});

test('a fresh form holds the defaults, so it writes no attributes', () => {
  const values = Object.fromEntries([routeOrder, urlState, audience, gemeente, limit].map((attribute) => [attribute.name, initialValue(attribute)]));
  assert.deepEqual(values, { 'route-order': true, 'url-state': false, audience: 'inwoner', gemeente: '', limit: '' });
  assert.deepEqual(attributesFor([routeOrder, urlState, audience, gemeente, limit], values, {}), {});
});

test('writes only what differs from the default', () => {
  assert.equal(attributeFor(routeOrder, false), 'false', 'a default-on boolean is switched off with a value');
  assert.equal(attributeFor(routeOrder, true), undefined);
  assert.equal(attributeFor(urlState, true), true, 'a default-off boolean is a bare attribute');
  assert.equal(attributeFor(audience, 'professional'), 'professional');
  assert.equal(attributeFor(audience, 'inwoner'), undefined);
  assert.equal(attributeFor(gemeente, '  gm-utrecht '), 'gm-utrecht');
  assert.equal(attributeFor(gemeente, ''), undefined);
  assert.equal(attributeFor(limit, '10'), '10');
});

test('feed and lang come first and are never taken from the form', () => {
  const feed = spec('feed', { kind: 'text' }, { kind: 'string', value: '' });
  const attributes = attributesFor([feed, gemeente], { feed: 'ignored', gemeente: 'gm-utrecht' }, { feed: 'https://x.nl/index.json', lang: undefined });
  assert.deepEqual(Object.entries(attributes), [
    ['feed', 'https://x.nl/index.json'],
    ['gemeente', 'gm-utrecht'],
  ]);
});
