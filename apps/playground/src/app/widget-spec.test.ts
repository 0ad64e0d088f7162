import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choicesFromDescription, parseDefault, readWidgetSpecs, stringUnion, type ElementsManifest } from './widget-spec.js';

const manifest: ElementsManifest = {
  modules: [
    {
      path: 'src/internal/wijkwijzer-element.ts',
      declarations: [{ kind: 'class', name: 'WijkwijzerElement', customElement: true, attributes: [{ name: 'feed', type: { text: 'string' }, default: "''" }] }],
    },
    {
      path: 'src/wachttijd-badge/wachttijd-badge.component.ts',
      declarations: [
        {
          kind: 'class',
          name: 'WachttijdBadge',
          tagName: 'wachttijd-badge',
          summary: 'A badge.',
          attributes: [
            { name: 'feed', type: { text: 'string' }, default: "''", description: 'Feed URL.' },
            { name: 'variant', type: { text: 'BadgeVariant' }, default: "'default'", description: '`default` or `inline`.' },
            { name: 'size', type: { text: "'s' | 'm' | undefined" }, description: 'Size.' },
            { name: 'compact', type: { text: 'boolean' }, default: 'false' },
            { name: 'route-order', type: { text: 'boolean' }, default: 'true' },
            { name: 'limit', default: 'DEFAULT_PAGE_SIZE', description: 'How many.' },
            { name: 'now', type: { text: 'Date | undefined' } },
          ],
          events: [{ name: 'wijkwijzer-error', description: 'Failed.' }],
          cssProperties: [{ name: '--wijkwijzer-color-accent', description: 'Accent; falls back to `--utrecht-link-color`.' }],
          cssParts: [{ name: 'badge', description: 'The pill.' }],
        },
      ],
    },
    { path: 'src/other.ts', declarations: [{ kind: 'class', name: 'SomethingElse', tagName: 'something-else' }] },
  ],
};

test('reads only the known widgets, by their tag names', () => {
  const specs = readWidgetSpecs(manifest, ['sociale-kaart', 'wachttijd-badge']);
  assert.deepEqual(specs.map((spec) => spec.tag), ['wachttijd-badge']);
  const untagged = readWidgetSpecs({ modules: [{ declarations: [{ kind: 'class', name: 'WachttijdBadge' }] }] }, ['wachttijd-badge']);
  assert.deepEqual(untagged, []);
});

test('maps manifest types onto value types', () => {
  const [spec] = readWidgetSpecs(manifest, ['wachttijd-badge']);
  const type = (name: string) => spec?.attributes.find((attribute) => attribute.name === name)?.type;
  assert.deepEqual(type('feed'), { kind: 'text' });
  assert.deepEqual(type('variant'), { kind: 'choice', choices: ['default', 'inline'], fromDescription: true });
  assert.deepEqual(type('size'), { kind: 'choice', choices: ['s', 'm'], fromDescription: false });
  assert.deepEqual(type('compact'), { kind: 'boolean' });
  assert.deepEqual(type('limit'), { kind: 'text' });
  assert.deepEqual(type('now'), { kind: 'text' });
});

test('reads the events, the documented custom properties and parts', () => {
  const [spec] = readWidgetSpecs(manifest, ['wachttijd-badge']);
  assert.deepEqual(spec?.events.map((event) => event.name), ['wijkwijzer-error']);
  assert.deepEqual(spec?.cssProperties.map((entry) => entry.name), ['--wijkwijzer-color-accent']);
  assert.deepEqual(spec?.cssParts.map((entry) => entry.name), ['badge']);
});

test('parses defaults and literal unions', () => {
  assert.deepEqual(parseDefault("'inwoner'"), { kind: 'string', value: 'inwoner' });
  assert.deepEqual(parseDefault('true'), { kind: 'boolean', value: true });
  assert.deepEqual(parseDefault('20'), { kind: 'number', value: 20 });
  assert.deepEqual(parseDefault('DEFAULT_PAGE_SIZE'), { kind: 'unknown', text: 'DEFAULT_PAGE_SIZE' });
  assert.deepEqual(parseDefault(undefined), { kind: 'none' });
  assert.deepEqual(stringUnion(`'a' | "b" | undefined`), ['a', 'b']);
  assert.equal(stringUnion('string | undefined'), undefined);
  assert.equal(stringUnion("'only'"), undefined);
});

test('takes choices from a description only when the default is among them', () => {
  assert.deepEqual(choicesFromDescription('`auto`, `huisartsenpost` or `availability`.', { kind: 'string', value: 'auto' }), ['auto', 'huisartsenpost', 'availability']);
  assert.equal(choicesFromDescription('By name or id: `utrecht` or `gm-utrecht`.', { kind: 'none' }), undefined);
  assert.equal(choicesFromDescription('`a` or `b`.', { kind: 'string', value: 'c' }), undefined);
});
