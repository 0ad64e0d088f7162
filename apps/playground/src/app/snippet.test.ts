import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultCdnBase, elementTag, embedSnippet, escapeAttribute, themeCss } from './snippet.js';

test('pins the widgets version in the CDN address', () => {
  assert.equal(defaultCdnBase('1.2.3'), 'https://cdn.jsdelivr.net/npm/@wijkwijzer/widgets@1.2.3/dist/cdn');
});

test('writes the script tag with integrity and crossorigin, then the element', () => {
  const snippet = embedSnippet({
    cdnBase: 'https://cdn.example.nl/wijkwijzer/',
    integrity: 'sha384-abc',
    tag: 'wachttijd-badge',
    attributes: { feed: 'https://data.example.nl/index.json', service: 'x' },
  });
  assert.equal(
    snippet,
    '<script type="module" src="https://cdn.example.nl/wijkwijzer/wijkwijzer.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
      '<wachttijd-badge feed="https://data.example.nl/index.json" service="x"></wachttijd-badge>\n',
  );
});

test('escapes attribute values, so a value cannot end the attribute or open a tag', () => {
  assert.equal(escapeAttribute(`"><script>&`), '&quot;&gt;&lt;script&gt;&amp;');
  assert.equal(elementTag('sociale-kaart', { 'feedback-href': 'https://x.nl/?a=1&b="2"' }), '<sociale-kaart feedback-href="https://x.nl/?a=1&amp;b=&quot;2&quot;"></sociale-kaart>');
});

test('bare boolean attributes, and one attribute per line when long', () => {
  assert.equal(elementTag('sociale-kaart', { 'url-state': true }), '<sociale-kaart url-state></sociale-kaart>');
  const long = elementTag('sociale-kaart', { feed: `https://${'x'.repeat(60)}.nl/index.json`, gemeente: 'gm-utrecht' });
  assert.equal(long.split('\n').length, 4);
  assert.match(long, /^<sociale-kaart\n {2}feed="/);
});

test('theme values become CSS for the site stylesheet', () => {
  assert.equal(themeCss('sociale-kaart', {}), '');
  assert.equal(themeCss('sociale-kaart', { '--wijkwijzer-color-accent': '#123456' }), 'sociale-kaart {\n  --wijkwijzer-color-accent: #123456;\n}\n');
});
