import assert from 'node:assert/strict';
import { test } from 'node:test';
import { derive, initialValues, withPreselection } from './derive.js';
import type { FeedLists } from './feed-lists.js';
import { initialState, type PlaygroundState } from './state.js';
import { readWidgetSpecs } from './widget-spec.js';

const specs = readWidgetSpecs(
  {
    modules: [
      {
        declarations: [
          {
            kind: 'class',
            name: 'WachttijdBadge',
            tagName: 'wachttijd-badge',
            attributes: [
              { name: 'feed', type: { text: 'string' }, default: "''" },
              { name: 'service', type: { text: 'string' }, default: "''" },
              { name: 'variant', type: { text: "'default' | 'inline'" }, default: "'default'" },
            ],
            cssProperties: [{ name: '--wijkwijzer-color-positive', description: 'Good news.' }],
          },
        ],
      },
    ],
  },
  ['wachttijd-badge'],
);
const site = { widgetsVersion: '1.2.3', sri: { 'wijkwijzer.js': 'sha384-x' }, sampleFeedUrl: 'http://127.0.0.1:8787/feeds/regio-utrecht/index.json' };
const state = (changes: Partial<PlaygroundState> = {}): PlaygroundState => ({
  ...initialState({ uiLang: 'nl', view: 'configure', tag: 'wachttijd-badge', values: initialValues(specs), cdnBase: 'https://cdn.example.nl/w' }),
  ...changes,
});

test('an untouched form gives the element with its feed only', () => {
  const derived = derive(state(), specs, site);
  assert.deepEqual(derived.attributes, { feed: site.sampleFeedUrl });
  assert.equal(
    derived.snippet,
    '<script type="module" src="https://cdn.example.nl/w/wijkwijzer.js" integrity="sha384-x" crossorigin="anonymous"></script>\n' +
      `<wachttijd-badge feed="${site.sampleFeedUrl}"></wachttijd-badge>\n`,
  );
  assert.equal(derived.css, '');
});

test('an external feed, a language, a changed option and a custom colour all reach the snippet', () => {
  const values = { 'wachttijd-badge': { feed: '', service: 'x', variant: 'inline' } };
  const derived = derive(
    state({ values, source: 'url', feedUrlInput: 'https://data.example.nl/feed/', widgetLang: 'en', preset: 'custom', custom: { '--wijkwijzer-color-positive': '#006400' } }),
    specs,
    site,
  );
  assert.deepEqual(derived.attributes, { feed: 'https://data.example.nl/feed/index.json', lang: 'en', service: 'x', variant: 'inline' });
  assert.equal(derived.css, 'wachttijd-badge {\n  --wijkwijzer-color-positive: #006400;\n}\n');
});

test('a feed list fills an empty service with its first choice, and keeps a known one', () => {
  // Only the list the badge reads; the others play no part here.
  const lists = { services: [{ heading: 'with-availability', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }] } as unknown as FeedLists;
  assert.equal(withPreselection(initialValues(specs), specs, lists)['wachttijd-badge']?.service, 'a');
  const chosen = { 'wachttijd-badge': { feed: '', service: 'b', variant: 'default' } };
  assert.equal(withPreselection(chosen, specs, lists)['wachttijd-badge']?.service, 'b');
});
