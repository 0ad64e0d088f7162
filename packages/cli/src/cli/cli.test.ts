import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { runCli } from '../test-support/run-cli.js';

/** A user mistake gets one line on stderr, exit 2, and never a stack trace. */
function assertOneLine(stderr: string, pattern: RegExp): void {
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

describe('wijkwijzer (global)', () => {
  test('--help lists the commands', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    for (const command of ['validate', 'build', 'import hsds', 'serve']) assert.match(run.stdout, new RegExp(`wijkwijzer ${command}`));
  });

  test('<command> --help shows that command', async () => {
    for (const [args, words] of [
      [['validate', '--help'], /--json/],
      [['build', '-h'], /--generated-at/],
      [['import', '--help'], /--region-id/],
      [['serve', '--help'], /--port/],
      [['help', 'build'], /region\.json/],
    ] as const) {
      const run = await runCli([...args]);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, words);
    }
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), pkg.version);
  });

  test('an unknown command, flag or a missing argument is one line and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['publish'], /unknown command 'publish'/],
      [['--verbose'], /unknown option '--verbose'/],
      [['validate', '--strict', 'x'], /validate: unknown option '--strict'/],
      [['validate'], /validate: missing <feed-dir\|url>/],
      [['validate', 'a', 'b'], /validate: unexpected argument 'b'/],
      [['build', 'src'], /build: missing --out/],
      [['build', 'src', '--out'], /build: option '.*--out.*' argument missing/],
      [['import', 'csv', 'x', '--out', 'y'], /import: unknown format 'csv'/],
      [['serve', '.', '--port', 'abc'], /serve: --port takes a number/],
      [['validate', '.', '--timeout', '-1'], /validate: option '--timeout' argument is ambiguous/],
      [['validate', '.', '--timeout=-1'], /validate: --timeout takes a number of seconds/],
    ];
    for (const [args, pattern] of cases) {
      const run = await runCli(args);
      assert.equal(run.code, 2, args.join(' '));
      assertOneLine(run.stderr, pattern);
    }
  });
});
