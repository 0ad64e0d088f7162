// Checks that a benchmark directory's files fit together, without searching anything: imports its
// HSDS export with the built CLI and checks the judge's key against the queries and the imported
// feed, as the bench does before it scores. For the author of a held-out directory, who must not
// run the engine on it.
//   node bench/check-directory.mjs bench/directories/<name>
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importedDirectory } from './directories.mjs';
import { categoryOf } from './quality.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = resolve(process.argv[2] ?? '');
const missing = ['queries.json', 'answers.json'].filter((name) => !existsSync(join(folder, name)));
if (missing.length > 0) {
  console.error(`${folder}: missing ${missing.join(', ')} (run its make.mjs first; usage: node bench/check-directory.mjs bench/directories/<name>)`);
  process.exit(1);
}
let directory;
try {
  directory = importedDirectory(root, folder, basename(folder));
} catch (error) {
  // The CLI's own message when it refused the export, else the key's problems.
  console.error(String(error.stderr ?? '').trim() || error.message);
  process.exit(1);
}
const counts = {};
for (const query of directory.queries) counts[categoryOf(query)] = (counts[categoryOf(query)] ?? 0) + 1;
console.log(`OK: ${directory.feed.services.length} services imported, ${directory.queries.length} queries`, counts);
