import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nldsTokens, themeValues } from './theme.js';

const docs = [
  { name: '--wijkwijzer-color-accent', description: 'Links; falls back to `--utrecht-link-color`, then #00558f.' },
  { name: '--wijkwijzer-radius', description: 'Corner radius; default 0.375rem.' },
];

test('the NLDS preset sets only the tokens the widgets document, on the page', () => {
  assert.deepEqual(Object.keys(nldsTokens(docs)), ['--utrecht-link-color']);
  const values = themeValues('nlds', {}, docs);
  assert.deepEqual(values.element, {});
  assert.deepEqual(Object.keys(values.page), ['--utrecht-link-color']);
});

test('custom values: documented names only, unsafe values refused, empty ones left out', () => {
  const values = themeValues('custom', { '--wijkwijzer-color-accent': ' #123456 ', '--wijkwijzer-radius': '0; color: red', '--other': '1px' }, docs);
  assert.deepEqual(values.element, { '--wijkwijzer-color-accent': '#123456' });
  assert.deepEqual(values.refused, ['--wijkwijzer-radius']);
  assert.deepEqual(themeValues('default', { '--wijkwijzer-color-accent': 'red' }, docs).element, {});
});
