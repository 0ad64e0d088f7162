// The directories search quality is measured on: the sample feed (tuning may look at it) and
// directories written for the benchmark and kept out of tuning (bench/directories/<name>/: an
// HSDS 3.0 export and its queries, written before any engine ran on them). Once a directory's
// misses have guided the tuning, its queries.json says so in `seen_by_tuning` and the tables stop
// calling it held out. Each is read the way a publisher's would be: through `wijkwijzer import hsds`.
//
// A held-out directory holds queries.json and either one HSDS .json file beside it, or its HSDS
// file(s) in an hsds/ folder (imported as a folder). With an answers.json (a judge's key: topic →
// service ids, never imported), its queries name topics and are judged by judges.byTopics; the key
// is checked against the queries and the imported feed before anything is scored.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES, categoryOf, judges } from './quality.mjs';
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

/** JSON beside queries.json that is the benchmark's, not the directory's HSDS data. */
const NOT_HSDS = new Set(['queries.json', 'answers.json']);

/** What `import hsds` reads: the hsds/ folder, or else the one HSDS file beside queries.json. */
function hsdsInput(folder) {
  const inFolder = join(folder, 'hsds');
  if (existsSync(inFolder)) return inFolder;
  const input = readdirSync(folder).filter((file) => file.endsWith('.json') && !NOT_HSDS.has(file)).map((file) => join(folder, file));
  // `import hsds` reads a file or a folder, and this folder also holds the queries.
  if (input.length !== 1) throw new Error(`${folder}: expected one HSDS file beside queries.json (or an hsds/ folder), found ${input.length}`);
  return input[0];
}

/**
 * One directory folder imported by the CLI into a temporary folder: its feed, queries and judge,
 * with the judge's key checked against both (bench/check-directory.mjs runs only this).
 */
export function importedDirectory(root, folder, name) {
  const out = mkdtempSync(join(tmpdir(), `wijkwijzer-bench-${name}-`));
  try {
    execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'import', 'hsds', hsdsInput(folder), '--out', join(out, 'feed')], { stdio: 'pipe' });
    const read = (dataset) => (existsSync(join(out, 'feed', `${dataset}.json`)) ? readJson(join(out, 'feed', `${dataset}.json`)) : []);
    const feed = { services: read('services'), taxonomy: read('taxonomy'), areas: read('areas'), organizations: read('organizations') };
    // A directory whose misses have guided the tuning says so, and is no longer called held out.
    const { queries, seen_by_tuning: seen } = readJson(join(folder, 'queries.json'));
    let judge = judges.byIds;
    if (existsSync(join(folder, 'answers.json'))) {
      const key = readJson(join(folder, 'answers.json'));
      checkTopicKey(folder, key, queries, feed.services);
      judge = judges.byTopics(key);
    }
    const label = seen ? `${name} (imported; seen by tuning since ${seen.slice(0, 10)})` : `${name} (held out, imported)`;
    return { name: label, feed, judgeServices: feed.services, judge, queries };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ORDINARY = new Set(['lexical', 'intent', 'english', 'jargon']);
const isActive = (service) => service.status !== 'inactive' && service.status !== 'defunct';

/**
 * Checks a topic-judged directory before it is scored, and throws with every problem found: each
 * query has a known category and the judgement its category needs; every topic a query names is
 * in the key with at least one service; every service the key names is in the imported feed and
 * every imported service is in the key; each ordinary query and each need of a multi-need query
 * has an active service (else it would silently drop out as unanswerable).
 */
export function checkTopicKey(folder, key, queries, services) {
  const problems = [];
  const topics = key.topics ?? {};
  const imported = new Map(services.map((service) => [service.id, service]));
  const filed = new Set();
  for (const [topic, ids] of Object.entries(topics)) {
    for (const id of ids) {
      filed.add(id);
      if (!imported.has(id)) problems.push(`answers.json: topic "${topic}" names ${id}, which is not in the imported feed`);
    }
  }
  for (const id of imported.keys()) if (!filed.has(id)) problems.push(`answers.json: imported service ${id} is under no topic`);
  const answeredBy = (names, where) => {
    if (!Array.isArray(names) || names.length === 0) {
      problems.push(`${where}: names no topics`);
      return;
    }
    for (const topic of names) {
      if (!(topic in topics)) problems.push(`${where}: unknown topic "${topic}"`);
      else if (topics[topic].length === 0) problems.push(`${where}: topic "${topic}" has no service`);
    }
    if (!names.some((topic) => (topics[topic] ?? []).some((id) => imported.has(id) && isActive(imported.get(id))))) {
      problems.push(`${where}: no active service answers it`);
    }
  };
  const seen = new Set();
  for (const query of queries) {
    const category = categoryOf(query);
    const where = `queries.json "${query.q}"`;
    if (seen.has(query.q)) problems.push(`${where}: listed twice`);
    seen.add(query.q);
    if (!CATEGORIES.includes(category)) problems.push(`${where}: unknown category "${category}"`);
    if (query.relevant !== undefined) problems.push(`${where}: a topic-judged directory names topics, not ids ("relevant")`);
    if (ORDINARY.has(category)) answeredBy(query.topics, where);
    if (category === 'multi-need') {
      if (!Array.isArray(query.needs) || query.needs.length < 2) problems.push(`${where}: a multi-need query lists two or more needs`);
      else query.needs.forEach((group, index) => answeredBy(group, `${where} need ${index + 1}`));
    }
    if (category === 'crisis' && query.expect !== 'crisis') problems.push(`${where}: expect "crisis"`);
    if (category === 'crisis-mention') {
      if (query.expect !== 'no-crisis') problems.push(`${where}: expect "no-crisis"`);
      if (query.topics?.length > 0) answeredBy(query.topics, where);
    }
    if (category === 'no-answer' && query.expect !== 'empty') problems.push(`${where}: expect "empty"`);
    if ((category === 'crisis' || category === 'no-answer') && (query.topics || query.needs)) problems.push(`${where}: a ${category} query names no topics`);
  }
  if (problems.length > 0) throw new Error(`${folder}: the judge's key does not fit:\n  ${problems.join('\n  ')}`);
}
