// `npm test`: builds every package (turbo, cached) and runs every test, ending with one
// summary line. Browser suites join here as the widgets arrive; whatever a suite needs
// (a browser, a build) is installed or built by this script, so a fresh clone passes.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Compiled unit tests: every `*.test.js` under a workspace's dist/. */
function findTests(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(findTests(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

if (run(process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=errors-only']) !== 0) {
  console.error('The build failed; no tests were run.');
  process.exit(1);
}

const workspaces = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group)).map((name) => join(root, group, name, 'dist')),
);
const unitTests = workspaces
  .filter((dist) => statSync(dist, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(findTests)
  .sort();

if (unitTests.length === 0) {
  console.error('No test files found under packages/*/dist: did the build emit them?');
  process.exit(1);
}
process.exit(run(process.execPath, ['--test', '--test-reporter=spec', ...unitTests]));
