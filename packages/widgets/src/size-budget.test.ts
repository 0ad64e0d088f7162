import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets of the CDN files, min+gz (each file gzipped on its own, as a
 * browser fetches it). Run by `npm test` with node:test after the build.
 * The build (scripts/build-cdn.mjs) prints every entry's size as well.
 */
const dist = new URL('../dist/', import.meta.url);
const KB = 1024;

interface MetaOutput {
  entryPoint?: string;
  imports: { path: string; kind: string }[];
}
const meta = JSON.parse(readFileSync(new URL('cdn-meta.json', dist), 'utf8')) as { outputs: Record<string, MetaOutput> };

const gzipped = (path: string): number => gzipSync(readFileSync(new URL(path, dist.href.replace(/dist\/$/, ''))), { level: 9 }).length;

/** The output file of a widget's entry and everything it loads: statically only, or with lazy chunks too. */
function closure(tag: string, withLazy: boolean): string[] {
  const entry = Object.keys(meta.outputs).find((path) => path.endsWith(`/cdn/${tag}.js`));
  assert.ok(entry, `no CDN entry for ${tag}`);
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of meta.outputs[path]?.imports ?? []) {
      if (kind === 'import-statement' || (withLazy && kind === 'dynamic-import')) visit(next);
    }
  };
  visit(entry);
  return [...seen];
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const total = (files: string[]): number => files.reduce((sum, file) => sum + gzipped(file), 0);

test('the badge entry stays within 12 KB min+gz including lit', () => {
  const entry = total(closure('wachttijd-badge', false));
  const withData = total(closure('wachttijd-badge', true));
  console.log(`wachttijd-badge.js: ${kb(entry)} min+gz loaded up front (budget 12 KB); ${kb(withData)} once its data layer has loaded`);
  assert.ok(entry <= 12 * KB, `the badge entry is ${kb(entry)}`);
});
