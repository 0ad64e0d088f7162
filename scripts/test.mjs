// `npm test`: builds every package (turbo, cached) and runs every test suite —
// node:test unit tests, then each browser suite (web-test-runner in Chromium) —
// and ends with one line of totals. Whatever a suite needs is set up here
// (Chromium and nginx are installed with apt when missing and we are root), so a
// fresh clone passes with this one command.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall } from './apt.mjs';
import { chromiumPath } from './chromium.mjs';
import { ensureInstalled } from './ensure-install.mjs';
import { ensureNginx } from './nginx.mjs';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group)).map((name) => join(root, group, name)),
);

/** Runs a command, echoing its output, and returns the exit code with everything it printed. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function findFiles(dir, suffix) {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return findFiles(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** Chromium for the browser suites: CHROME_PATH, the Debian package, or installed now (as root, e.g. in CI). */
function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium was not found at ${path}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
  }
  console.log('Installing Chromium for the browser tests (apt-get, about a minute)…');
  aptInstall(['chromium'], 'the browser tests');
  return path;
}

ensureInstalled(root);

const totals = { passed: 0, failed: 0 };
const count = (pattern, text) => [...text.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0);

const build = await run(process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=errors-only']);
if (build.code !== 0) {
  console.error('The build failed; no tests were run.');
  process.exit(1);
}

// The widgets reference for web teams is generated from the components' JSDoc; fail when it has drifted.
const docs = await run(process.execPath, [join(root, 'docs/scripts/widgets-reference.mjs'), '--check']);
if (docs.code !== 0) totals.failed += 1;

const unitTests = workspaces
  .flatMap((workspace) => findFiles(join(workspace, 'dist'), '.test.js'))
  .filter((file) => !file.endsWith('.browser.test.js'))
  .sort();
// End-to-end tests among the node tests drive Chromium too, and the hosting test runs nginx.
const chromePath = ensureChromium();
ensureNginx();
const unit = await run(process.execPath, ['--test', '--test-reporter=spec', ...unitTests], {
  env: { ...process.env, CHROME_PATH: chromePath },
});
totals.passed += count(/^ℹ pass (\d+)$/gm, unit.output);
totals.failed += count(/^ℹ fail (\d+)$/gm, unit.output) + (unit.code !== 0 && !/^ℹ fail [1-9]/m.test(unit.output) ? 1 : 0);

const browserSuites = workspaces.filter((workspace) => existsSync(join(workspace, 'web-test-runner.config.mjs')));
for (const workspace of browserSuites) {
  const suite = await run(
    process.execPath,
    [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    { cwd: workspace, env: { ...process.env, CHROME_PATH: chromePath } },
  );
  const summary = [...suite.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  totals.passed += Number(summary?.[1] ?? 0);
  totals.failed += Number(summary?.[2] ?? 0) + (suite.code !== 0 && !summary?.[2]?.match(/[1-9]/) ? 1 : 0);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
