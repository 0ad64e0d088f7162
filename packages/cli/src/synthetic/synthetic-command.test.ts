import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

let work: string;

before(async () => {
  work = await tempDir();
});
after(() => removeDir(work));

const synthetic = (out: string, seed: string) =>
  runCli(['synthetic', '--services', '1500', '--gemeenten', '40', '--seed', seed, '--out', join(work, out)]);

describe('wijkwijzer synthetic', () => {
  test('writes byte-identical feeds for the same seed, and another feed for another seed', async () => {
    const runs = await Promise.all([synthetic('one', '5'), synthetic('two', '5'), synthetic('other', '6')]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    assert.match(runs[0]?.stdout ?? '', /1500 services in 40 gemeenten/);
    // Partition folders included (contract 1.1): every file, at every depth.
    const filesIn = async (dir: string) => ((await readdir(join(work, dir), { recursive: true, withFileTypes: true })) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(work, dir), join(entry.parentPath, entry.name)))
      .sort();
    const files = await filesIn('one');
    assert.deepEqual(files, await filesIn('two'));
    assert.ok(files.includes('services.json') && files.includes('index.json'));
    for (const file of files) {
      assert.ok((await readFile(join(work, 'one', file))).equals(await readFile(join(work, 'two', file))), `${file} differs`);
    }
    const services = (dir: string) => readFile(join(work, dir, 'services.json'), 'utf8');
    assert.notEqual(await services('one'), await services('other'));
  });

  test('marks the feed as sample data, and the feed passes wijkwijzer validate', async () => {
    const manifest = JSON.parse(await readFile(join(work, 'one', 'index.json'), 'utf8')) as { sample: boolean; datasets: { services: { count: number } } };
    assert.equal(manifest.sample, true);
    assert.equal(manifest.datasets.services.count, 1500);
    const validation = await runCli(['validate', join(work, 'one')]);
    assert.equal(validation.code, 0, validation.stdout + validation.stderr);
    assert.match(validation.stdout, /Result: valid/);
  });

  test('refuses a missing or unusable count with exit code 2', async () => {
    const missing = await runCli(['synthetic', '--services', '10', '--out', join(work, 'x')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing --gemeenten/);
    const zero = await runCli(['synthetic', '--services', '10', '--gemeenten', '0', '--out', join(work, 'x')]);
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /--gemeenten takes a whole number of at least 1, not '0'/);
  });
});
