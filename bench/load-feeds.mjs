// Feeds for the load benchmark, made once into a cache folder and reused: the sample region
// (built from data/regio-utrecht) and synthetic feeds made by `wijkwijzer synthetic`. For each
// feed: the finder pages to load (median gemeente, largest gemeente, whole region), and every
// layout of it the benchmark compares.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { precompress } from './load-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'packages/cli/bin/wijkwijzer.js');

/**
 * The feeds by name, in the order they run. 5,000 services is a region the size of Utrecht's (26 gemeenten); 50,000
 * and 300,000 are national (342 gemeenten).
 */
export const FEEDS = new Map([
  ['sample', { source: 'sample' }],
  ['5000', { services: 5_000, gemeenten: 26 }],
  ['50000', { services: 50_000, gemeenten: 342 }],
  ['300000', { services: 300_000, gemeenten: 342 }],
]);

/**
 * The layouts compared, the first being the baseline. `build` and `synthetic` write a 1.1 feed:
 * the full datasets and, beside them, the partitions by area. The baseline reads the same folder
 * through a 1.0 manifest (no `partitions`), so a page downloads the whole datasets as before.
 */
export const LAYOUTS = [
  {
    name: 'monolithic',
    description: '1.0: one file per dataset',
    async prepare(feedDir) {
      const manifest = JSON.parse(await readFile(join(feedDir, 'index.json'), 'utf8'));
      delete manifest.partitions;
      manifest.contract_version = '1.0.0';
      await writeFile(join(feedDir, 'index-1.0.json'), `${JSON.stringify(manifest)}\n`);
      await precompress(feedDir);
      return { dir: feedDir, manifest: 'index-1.0.json' };
    },
  },
  {
    name: 'partitioned',
    description: '1.1: partitions by area, cards, detail shards',
    async prepare(feedDir) {
      await precompress(feedDir);
      return { dir: feedDir, manifest: 'index.json' };
    },
  },
];

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`wijkwijzer ${args[0]} exited with ${code}`))));
  });
}

/** A short fingerprint of the CLI's compiled code, so a changed generator or writer makes new feeds. */
function cliFingerprint() {
  const hash = createHash('sha256');
  for (const file of ['synthetic/generate.js', 'synthetic/national.js', 'feed/write-feed.js', 'feed/json-parts.js', 'feed/partition-files.js', 'feed/partition-plan.js', 'feed/compress.js', 'build/build-feed.js']) {
    const path = join(root, 'packages/cli/dist', file);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 10);
}

/** Writes the feed into the cache unless an identical one is there; returns its folder. */
async function writtenFeed(name, cacheDir) {
  const spec = FEEDS.get(name);
  const dir = join(cacheDir, 'feeds', `${name}-${cliFingerprint()}`);
  if (existsSync(join(dir, 'index.json'))) return dir;
  await rm(dir, { recursive: true, force: true });
  const started = performance.now();
  process.stderr.write(`Writing the ${name} feed into ${dir} …\n`);
  if (spec.source === 'sample') await run(['build', join(root, 'data/regio-utrecht'), '--out', dir]);
  else await run(['synthetic', '--services', String(spec.services), '--gemeenten', String(spec.gemeenten), '--seed', '1', '--out', dir]);
  process.stderr.write(`… done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return dir;
}

/**
 * Services per gemeente: those whose service areas lie in it (the gemeente itself, its wijken,
 * buurten, kernen). Read line by line: a national services.json is larger than a string can be.
 * Relies on the writer's fixed layout (two-space indent, one key per line).
 */
async function servicesPerGemeente(feedDir) {
  const areas = JSON.parse(await readFile(join(feedDir, 'areas.json'), 'utf8'));
  const byId = new Map(areas.map((area) => [area.id, area]));
  const gemeenteOf = (id, depth = 0) => {
    const area = byId.get(id);
    if (!area || depth > 8) return undefined;
    if (area.kind === 'gemeente') return area;
    return (area.parent_ids ?? []).map((parent) => gemeenteOf(parent, depth + 1)).find(Boolean);
  };
  const counts = new Map(areas.filter((area) => area.kind === 'gemeente').map((area) => [area, 0]));
  let seen = new Set();
  const lines = createInterface({ input: createReadStream(join(feedDir, 'services.json'), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (/^ {4}"id": "/.test(line)) seen = new Set();
    const match = /^ +"area_id": "(.+)"/.exec(line);
    const gemeente = match && gemeenteOf(match[1]);
    if (gemeente && !seen.has(gemeente)) {
      seen.add(gemeente);
      counts.set(gemeente, counts.get(gemeente) + 1);
    }
  }
  return [...counts].sort((a, b) => a[1] - b[1] || (a[0].id < b[0].id ? -1 : 1));
}

/** The three finder pages of a feed: its median gemeente, its largest gemeente and the whole region. */
async function pagesOf(feedDir) {
  const ranked = await servicesPerGemeente(feedDir);
  const [median, medianCount] = ranked[Math.floor((ranked.length - 1) / 2)];
  const [largest, largestCount] = ranked[ranked.length - 1];
  return [
    { name: 'median gemeente', gemeente: median.id, note: `${median.name}, ${medianCount} local services` },
    { name: 'largest gemeente', gemeente: largest.id, note: `${largest.name}, ${largestCount} local services` },
    { name: 'whole region', gemeente: undefined, note: `${ranked.length} gemeenten` },
  ];
}

/** Everything the benchmark needs of one feed: its pages and each layout's folder. */
export async function prepareFeed(name, cacheDir) {
  const feedDir = await writtenFeed(name, cacheDir);
  const pages = await pagesOf(feedDir);
  const layouts = [];
  for (const layout of LAYOUTS) layouts.push({ name: layout.name, ...(await layout.prepare(feedDir, cacheDir)) });
  return { name, pages, layouts };
}
