import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets of the CDN files, min+gz (each file gzipped on its own, as a
 * browser fetches it). Run by `npm test` with node:test after the build.
 *
 * The budgets (issue 12) count what a page loads: the badge entry at most 12 KB,
 * the finder's first view at most 30 KB, a whole finder session at most 60 KB.
 * A widget's entry is a loader that asks at once for its first view and its data
 * layer, kept in chunks of their own (see build-cdn.mjs); waiting-time badges load
 * theirs when one shows. Each scenario below names those
 * lazy modules by source module (not by chunk file, whose name carries a hash).
 */
const dist = new URL('../dist/', import.meta.url);
const KB = 1024;

interface MetaOutput {
  entryPoint?: string;
  inputs: Record<string, unknown>;
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
  finderLazyPart: 'dist/sociale-kaart/lazy-part.js',
  explainerData: 'dist/ketenaanpak-uitleg/uitleg-data.js',
} as const;
type LazyModule = keyof typeof LAZY;

/** The files a page loads for `tag`: its loader, the widget's chunk and static imports, and the lazy modules it uses. */
function loadedFiles(tag: string, uses: readonly LazyModule[]): string[] {
  const entry = Object.keys(meta.outputs).find((path) => meta.outputs[path]?.entryPoint === `dist/${tag}/${tag}.js`);
  assert.ok(entry, `no CDN chunk for ${tag}`);
  const wanted = new Set<string>(uses.map((name) => LAZY[name]));
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    // esbuild's re-export stub of a widget another widget imports: the loader does not ask for it.
    if (Object.keys(meta.outputs[path]?.inputs ?? {}).length > 0) seen.add(path);
    for (const { path: next, kind } of meta.outputs[path]?.imports ?? []) {
      const lazyEntry = meta.outputs[next]?.entryPoint;
      if (kind === 'import-statement' || (lazyEntry !== undefined && wanted.has(lazyEntry))) visit(next);
    }
  };
  visit(entry);
  // A lazy module that no longer exists must fail here, not silently count as 0 KB.
  const reached = new Set([...seen].map((path) => meta.outputs[path]?.entryPoint));
  for (const name of uses) assert.ok(reached.has(LAZY[name]), `${tag}: the lazy module ${LAZY[name]} is not in the build`);
  return [`dist/cdn/${tag}.js`, ...seen];
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
    ['sociale-kaart', 'finderLazyPart'],
    ['ketenaanpak-uitleg', 'explainerData'],
  ] as const) {
    const entry = total(loadedFiles(tag, []));
    const withData = total(loadedFiles(tag, ['feedClient', data]));
    assert.ok(entry < withData, `${tag}: nothing is loaded lazily`);
  }
});

test("the finder's first view stays within 30 KB min+gz including lit", () => {
  const firstView = total(loadedFiles('sociale-kaart', []));
  console.log(`sociale-kaart.js: ${kb(firstView)} min+gz for the first view (budget 30 KB)`);
  assert.ok(firstView <= 30 * KB, `the finder's first view is ${kb(firstView)}`);
});

/*
 * Not met yet: a finder session within 60 KB. Most of it is the SDK (search engine with its
 * thesaurus and crisis rules, feed client, validation: about 40 KB); `npm run size --workspace
 * @wijkwijzer/widgets` shows where the bytes go. Until it is met, a ratchet keeps it and the
 * explainer and wijkwijzer.js (the one-file snippet; its 40 KB target is retired) from growing:
 * these ceilings only go down, to the budget once it is met. One exception, taken on purpose: reading
 * a national feed's areas by area (issue 12, with the finder re-reading them when its gemeente
 * changes) added about 0.6 KB and saves a gemeente page about 79 KB of data; bytes before first
 * results, data included, are the measure. A second, for the same reason (issue 12, no long tasks
 * on a phone): each widget file became a loader that asks for all of the widget's chunks at once
 * (build-cdn.mjs), one file more per page, and a widget's first draw and the finder's first
 * results each take a task of their own, and the finder prepares language names while its data
 * downloads: +0.4 KB for a finder session, +0.1 KB for the explainer, +0.2 KB for wijkwijzer.js.
 * The finder's first results then come a round trip sooner, and its code runs and draws in
 * several short tasks instead of a few long ones. A third: checking a partition file against the
 * hash in its name (contract 1.1, so the manifest need not list 1,443 hashes) added about 0.2 KB
 * and takes some 59 KB (brotli) off a national feed's manifest, which every page reads first.
 */
const FINDER_SESSION_CEILING_KB = 73.1;
const EXPLAINER_CEILING_KB = 49.1;
const WHOLE_BUNDLE_CEILING_KB = 76.9;

test('a finder session, the explainer and the whole bundle do not grow', () => {
  const session = total(
    loadedFiles('sociale-kaart', ['feedClient', 'finderLazyPart', 'search', 'availability', 'badgeData', 'openingHours']),
  );
  const explainer = total(loadedFiles('ketenaanpak-uitleg', ['feedClient', 'explainerData', 'badgeData', 'availability']));
  const wholeBundle = gzipped('dist/cdn/wijkwijzer.js');
  console.log(`sociale-kaart.js: ${kb(session)} min+gz after a search with waiting times (budget 60 KB, ceiling ${FINDER_SESSION_CEILING_KB} KB)`);
  console.log(`ketenaanpak-uitleg.js: ${kb(explainer)} min+gz with its data and waiting times (ceiling ${EXPLAINER_CEILING_KB} KB)`);
  console.log(`wijkwijzer.js, every widget, self-contained: ${kb(wholeBundle)} min+gz (ceiling ${WHOLE_BUNDLE_CEILING_KB} KB)`);
  assert.ok(session <= FINDER_SESSION_CEILING_KB * KB, `a finder session grew to ${kb(session)}`);
  assert.ok(explainer <= EXPLAINER_CEILING_KB * KB, `the explainer grew to ${kb(explainer)}`);
  assert.ok(wholeBundle <= WHOLE_BUNDLE_CEILING_KB * KB, `wijkwijzer.js grew to ${kb(wholeBundle)}`);
});
