import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets of the CDN files, min+gz (each file gzipped on its own, as a
 * browser fetches it). Run by `npm test` with node:test after the build.
 *
 * A widget's entry loads its data layer with `import()`. What a page really
 * downloads depends on which of those lazy modules the widget uses, so each
 * scenario below names them by source module (not by chunk file, whose name
 * carries a hash). Following every `import()` instead would count the search
 * engine for a badge that never searches.
 */
const dist = new URL('../dist/', import.meta.url);
const KB = 1024;

interface MetaOutput {
  entryPoint?: string;
  imports: { path: string; kind: string }[];
}
const meta = JSON.parse(readFileSync(new URL('cdn-meta.json', dist), 'utf8')) as { outputs: Record<string, MetaOutput> };

const gzipped = (path: string): number => gzipSync(readFileSync(new URL(path, dist.href.replace(/dist\/$/, ''))), { level: 9 }).length;

/** The lazy modules of the data layer, by what they do. */
const LAZY = {
  feedClient: 'dist/internal/feed-client.js',
  search: '../sdk/dist/client/services-search.js',
  availability: '../sdk/dist/client/availability.js',
  badgeData: 'dist/wachttijd-badge/badge-data.js',
  openingHours: 'dist/wachttijd-badge/opening.js',
  finderTools: 'dist/sociale-kaart/lazy-part.js',
  explainerData: 'dist/ketenaanpak-uitleg/uitleg-data.js',
} as const;
type LazyModule = keyof typeof LAZY;

/** The output files a page loads for `tag`: its entry, static imports, and the lazy modules it uses. */
function loadedFiles(tag: string, uses: readonly LazyModule[]): string[] {
  const entry = Object.keys(meta.outputs).find((path) => path.endsWith(`/cdn/${tag}.js`));
  assert.ok(entry, `no CDN entry for ${tag}`);
  const wanted = new Set<string>(uses.map((name) => LAZY[name]));
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of meta.outputs[path]?.imports ?? []) {
      const lazyEntry = meta.outputs[next]?.entryPoint;
      if (kind === 'import-statement' || (lazyEntry !== undefined && wanted.has(lazyEntry))) visit(next);
    }
  };
  visit(entry);
  // A lazy module that no longer exists must fail here, not silently count as 0 KB.
  const reached = new Set([...seen].map((path) => meta.outputs[path]?.entryPoint));
  for (const name of uses) assert.ok(reached.has(LAZY[name]), `${tag}: the lazy module ${LAZY[name]} is not in the build`);
  return [...seen];
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const total = (files: string[]): number => files.reduce((sum, file) => sum + gzipped(file), 0);

test('the badge entry stays within 12 KB min+gz including lit', () => {
  const entry = total(loadedFiles('wachttijd-badge', []));
  const waitingTime = total(loadedFiles('wachttijd-badge', ['feedClient', 'badgeData', 'availability']));
  const huisartsenpost = total(loadedFiles('wachttijd-badge', ['feedClient', 'badgeData', 'availability', 'openingHours']));
  console.log(`wachttijd-badge.js: ${kb(entry)} min+gz up front (budget 12 KB); ${kb(waitingTime)} once a waiting time shows, ${kb(huisartsenpost)} for a huisartsenpost`);
  assert.ok(entry <= 12 * KB, `the badge entry is ${kb(entry)}`);
});

test('the finder and the explainer load their data layer lazily', () => {
  for (const [tag, data] of [
    ['sociale-kaart', 'finderTools'],
    ['ketenaanpak-uitleg', 'explainerData'],
  ] as const) {
    const entry = total(loadedFiles(tag, []));
    const withData = total(loadedFiles(tag, ['feedClient', data]));
    assert.ok(entry < withData, `${tag}: nothing is loaded lazily`);
  }
});

/*
 * Budgets from PRODUCT.md not met yet: the finder ≤ 30 KB with everything it
 * loads, and the whole bundle ≤ 40 KB. `npm run size --workspace
 * @wijkwijzer/widgets` shows where the bytes go. Until a product decision closes
 * the gap, a ratchet keeps them from growing: lower these ceilings as sizes come
 * down, and replace them with the budgets once those are met.
 */
// Raised (from 62/42/67) for what issues 10-12 required: the origin rule and count/hash checks
// (about 1.7 KB), the crisis tiers and the help lines in the first view (3-4 KB), loading that
// survives slow links with progress and sliced work, and reading a feed in parts by area (about
// 4 KB together). Issue 12's budgets (finder first view <= 30 KB, a full finder session <= 60 KB)
// are not met: bringing these back down is open work on that issue, and they only go down from here.
const FINDER_CEILING_KB = 72;
const EXPLAINER_CEILING_KB = 49;
const WHOLE_BUNDLE_CEILING_KB = 76;

test('the finder, the explainer and the whole bundle do not grow while their budgets are open', () => {
  const finder = total(
    loadedFiles('sociale-kaart', ['feedClient', 'finderTools', 'search', 'availability', 'badgeData', 'openingHours']),
  );
  const finderFirstView = total(loadedFiles('sociale-kaart', []));
  const explainer = total(loadedFiles('ketenaanpak-uitleg', ['feedClient', 'explainerData', 'badgeData', 'availability']));
  const wholeBundle = gzipped('dist/cdn/wijkwijzer.js');
  console.log(`sociale-kaart.js: ${kb(finderFirstView)} up front; ${kb(finder)} min+gz after a search with waiting times (budget 30 KB, ceiling ${FINDER_CEILING_KB} KB)`);
  console.log(`ketenaanpak-uitleg.js: ${kb(explainer)} min+gz with its data and waiting times (ceiling ${EXPLAINER_CEILING_KB} KB)`);
  console.log(`wijkwijzer.js, every widget, self-contained: ${kb(wholeBundle)} min+gz (budget 40 KB, ceiling ${WHOLE_BUNDLE_CEILING_KB} KB)`);
  assert.ok(finder <= FINDER_CEILING_KB * KB, `the finder grew to ${kb(finder)}`);
  assert.ok(explainer <= EXPLAINER_CEILING_KB * KB, `the explainer grew to ${kb(explainer)}`);
  assert.ok(wholeBundle <= WHOLE_BUNDLE_CEILING_KB * KB, `wijkwijzer.js grew to ${kb(wholeBundle)}`);
});
