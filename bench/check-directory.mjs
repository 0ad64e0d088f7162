// Checks that a benchmark directory's files fit together, without searching anything: imports its
// HSDS export with the built CLI, then checks the judge's key against the queries and the imported
// feed (checkTopicKey). For the author of a held-out directory, who must not run the engine on it.
//   node bench/check-directory.mjs bench/directories/<name>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTopicKey } from './directories.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = resolve(process.argv[2] ?? '');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const missing = ['hsds', 'queries.json', 'answers.json'].filter((name) => !existsSync(join(folder, name)));
if (missing.length > 0) {
  console.error(`${folder}: missing ${missing.join(', ')} (run its make.mjs first; usage: node bench/check-directory.mjs bench/directories/<name>)`);
  process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'wijkwijzer-check-'));
try {
  try {
    execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'import', 'hsds', join(folder, 'hsds'), '--out', join(out, 'feed')], { stdio: 'inherit' });
  } catch {
    throw new Error(`${folder}: \`wijkwijzer import hsds\` refused the export (its message is above)`);
  }
  const services = readJson(join(out, 'feed', 'services.json'));
  const { queries } = readJson(join(folder, 'queries.json'));
  checkTopicKey(folder, readJson(join(folder, 'answers.json')), queries, services);
  const counts = {};
  for (const query of queries) counts[query.category] = (counts[query.category] ?? 0) + 1;
  console.log(`OK: ${services.length} services imported, ${queries.length} queries`, counts);
} finally {
  rmSync(out, { recursive: true, force: true });
}
