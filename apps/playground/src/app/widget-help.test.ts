import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { PREVIEW_TAGS } from '../shared/messages.js';
import type { WidgetHelp } from './i18n.js';
import { optionAttributes } from './option-fields.js';
import { STRINGS } from './strings/index.js';
import { findHelp, HELP_KINDS, helpText, type HelpKind } from './widget-help.js';
import { readWidgetSpecs, type DocEntry, type ElementsManifest, type WidgetSpec } from './widget-spec.js';

const help: WidgetHelp = {
  attributes: { audience: 'Voor wie.', 'ketenaanpak-uitleg:audience': 'Voor wie de uitleg is.' },
  cssProperties: {},
  events: {},
};

test('a per-widget help text wins over the shared one, and is in the playground language', () => {
  const audience: DocEntry = { name: 'audience', description: 'Who reads it.' };
  assert.deepEqual(helpText(help, 'nl', 'attributes', 'sociale-kaart', audience), { text: 'Voor wie.', lang: 'nl' });
  assert.deepEqual(helpText(help, 'nl', 'attributes', 'ketenaanpak-uitleg', audience), { text: 'Voor wie de uitleg is.', lang: 'nl' });
});

test("without a text of its own, the manifest's English description is shown, marked as English", () => {
  const limit: DocEntry = { name: 'limit', description: 'How many results.' };
  assert.deepEqual(helpText(help, 'nl', 'attributes', 'sociale-kaart', limit), { text: 'How many results.', lang: 'en' });
  assert.deepEqual(helpText(STRINGS.en.widgetHelp, 'en', 'attributes', 'sociale-kaart', limit), { text: 'How many results.', lang: 'en' });
  // Names are looked up as own keys only, never on Object.prototype.
  assert.equal(findHelp(help.attributes, 'sociale-kaart', 'constructor'), undefined);
});

// The manifest as the widgets' build writes it; the playground build copies the same file.
const manifestPath = createRequire(import.meta.url).resolve('@wijkwijzer/widgets/custom-elements.json');
const specs = readWidgetSpecs(JSON.parse(readFileSync(manifestPath, 'utf8')) as ElementsManifest, PREVIEW_TAGS);

/** What the playground shows a help text for, per kind (see options-form, theme-form and preview-panel). */
function shownEntries(spec: WidgetSpec): Record<HelpKind, readonly DocEntry[]> {
  return { attributes: optionAttributes(spec), cssProperties: spec.cssProperties, events: spec.events };
}

const dutch = STRINGS.nl.widgetHelp;
const where = 'apps/playground/src/app/strings/nl-widget-help.ts';

test('the built manifest has the three widgets', () => {
  assert.deepEqual(
    specs.map((spec) => spec.tag),
    [...PREVIEW_TAGS],
    `${manifestPath} should document every widget the playground offers; build the widgets first`,
  );
});

test('every option, theme property and event of the widgets has a Dutch help text', () => {
  const missing = specs.flatMap((spec) =>
    HELP_KINDS.flatMap((kind) =>
      shownEntries(spec)[kind].filter((entry) => !findHelp(dutch[kind], spec.tag, entry.name)).map((entry) => `${kind}: ${entry.name} (<${spec.tag}>)`),
    ),
  );
  assert.deepEqual(missing, [], `No Dutch help text in ${where} for:\n  ${missing.join('\n  ')}\nAdd one by name (or by tag:name for one widget only).`);
});

test('every Dutch help text still matches something in the manifest', () => {
  const used = new Set(
    specs.flatMap((spec) =>
      HELP_KINDS.flatMap((kind) =>
        shownEntries(spec)[kind].flatMap((entry) => {
          const found = findHelp(dutch[kind], spec.tag, entry.name);
          return found ? [`${kind} ${found.key}`] : [];
        }),
      ),
    ),
  );
  // Also stale: a shared text that every widget with that name overrides.
  const stale = HELP_KINDS.flatMap((kind) => Object.keys(dutch[kind]).filter((key) => !used.has(`${kind} ${key}`)).map((key) => `${kind}: ${key}`));
  assert.deepEqual(stale, [], `Dutch help texts in ${where} that no widget uses any more:\n  ${stale.join('\n  ')}\nRemove or rename them.`);
});

test('every Dutch help text closes its code spans', () => {
  const unbalanced = HELP_KINDS.flatMap((kind) =>
    Object.entries(dutch[kind])
      .filter(([, text]) => text.trim() === '' || text.split('`').length % 2 === 0)
      .map(([key]) => `${kind}: ${key}`),
  );
  assert.deepEqual(unbalanced, [], `Empty, or an odd number of backticks, in ${where}:\n  ${unbalanced.join('\n  ')}`);
});
