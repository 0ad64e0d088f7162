// The directories search quality is measured on: the sample feed (tuning may look at it) and
// directories written for the benchmark and kept out of tuning (bench/directories/<name>/: an
// HSDS 3.0 export and its queries, written before any engine ran on them). Once a directory's
// misses have guided the tuning, its queries.json says so in `seen_by_tuning` and the tables stop
// calling it held out. Each is read the way a publisher's would be: through `wijkwijzer import hsds`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judges } from './quality.mjs';
import { loadSampleFeed } from './sample-feed.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const list = (value, key) => (Array.isArray(value) ? value : (value?.[key] ?? []));

/** The sample region with its 58 original queries and the categorised ones. */
export function sampleDirectory(root) {
  const dir = join(root, 'data/regio-utrecht');
  const feed = loadSampleFeed(dir);
  feed.organizations = list(readJson(join(dir, 'organizations.json')), 'organizations');
  const queries = [...readJson(join(root, 'bench/queries.json')).queries, ...readJson(join(root, 'bench/sample-queries.json')).queries];
  return { name: 'sample feed (data/regio-utrecht)', feed, judgeServices: feed.services, judge: judges.byNeeds, queries };
}

/** Every held-out directory, imported by the CLI into a temporary folder. */
export function heldOutDirectories(root) {
  const base = join(root, 'bench/directories');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'queries.json')))
    .sort()
    .map((name) => importedDirectory(root, join(base, name), name));
}

function importedDirectory(root, folder, name) {
  const out = mkdtempSync(join(tmpdir(), `wijkwijzer-bench-${name}-`));
  try {
    const input = readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'queries.json').map((file) => join(folder, file));
    // One file per call: `import hsds` reads a file or a folder, and the folder also holds the queries.
    if (input.length !== 1) throw new Error(`${folder}: expected one HSDS file beside queries.json, found ${input.length}`);
    execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'import', 'hsds', input[0], '--out', join(out, 'feed')], { stdio: 'pipe' });
    const read = (dataset) => (existsSync(join(out, 'feed', `${dataset}.json`)) ? readJson(join(out, 'feed', `${dataset}.json`)) : []);
    const feed = { services: read('services'), taxonomy: read('taxonomy'), areas: read('areas'), organizations: read('organizations') };
    // A directory whose misses have guided the tuning says so, and is no longer called held out.
    const { queries, seen_by_tuning: seen } = readJson(join(folder, 'queries.json'));
    const label = seen ? `${name} (imported; seen by tuning since ${seen.slice(0, 10)})` : `${name} (held out, imported)`;
    return { name: label, feed, judgeServices: feed.services, judge: judges.byIds, queries };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
