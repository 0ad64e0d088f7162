import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

let work: string;
let source: string;
let hsds: string;

before(async () => {
  work = await tempDir('wijkwijzer-out-');
  source = await writeSource(join(work, 'source'));
  hsds = join(work, 'service.json');
  const organization = { id: 'org-1', name: 'Buurtteam', description: 'Een buurtteam' };
  await writeFile(hsds, JSON.stringify({ id: 'svc-1', name: 'Spreekuur', status: 'active', organization }));
});
after(() => removeDir(work));

/** A web site folder that happens to have an index.json: exactly what a careless --out must not wipe. */
async function writeWebsite(dir: string): Promise<void> {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.json'), '{ "name": "mijn-site", "version": "1.0.0" }\n');
  await writeFile(join(dir, 'assets', 'logo.svg'), '<svg/>');
}

function assertOneLineRefusal(run: { code: number | null; stderr: string }, folder: string): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.ok(run.stderr.includes(folder), `names the folder: ${run.stderr}`);
}

describe('--out only ever replaces a feed that Wijkwijzer wrote', () => {
  test('build and import refuse a web site folder that holds an index.json, and delete nothing', async () => {
    const site = join(work, 'site');
    await writeWebsite(site);
    assertOneLineRefusal(await runCli(['build', source, '--out', site]), site);
    assertOneLineRefusal(await runCli(['import', 'hsds', hsds, '--out', site]), site);
    assert.deepEqual((await readdir(site)).sort(), ['assets', 'index.json']);
    assert.equal(await readFile(join(site, 'assets', 'logo.svg'), 'utf8'), '<svg/>');
  });

  test('refuses a feed folder where someone put a file of their own, and keeps that file', async () => {
    const out = join(work, 'feed-with-extra');
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
    await writeFile(join(out, 'README.txt'), 'van ons');
    assertOneLineRefusal(await runCli(['build', source, '--out', out]), out);
    assert.equal(await readFile(join(out, 'README.txt'), 'utf8'), 'van ons');
    assert.ok((await readdir(out)).includes('services.json'), 'the old feed is still there');

    // The same inside a partition folder: only content-hashed feed files belong there.
    await rm(join(out, 'README.txt'));
    await writeFile(join(out, 'details', 'notes.json'), '[]\n');
    assertOneLineRefusal(await runCli(['build', source, '--out', out]), out);
    assert.equal(await readFile(join(out, 'details', 'notes.json'), 'utf8'), '[]\n');
    await rm(join(out, 'details', 'notes.json'));
    // And inside the details folder of shards.
    const [shards] = await readdir(join(out, 'details'));
    await writeFile(join(out, 'details', shards!, 'notes.json'), '[]\n');
    assertOneLineRefusal(await runCli(['build', source, '--out', out]), out);
    await rm(join(out, 'details', shards!, 'notes.json'));
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
  });

  test('replaces its own feed, also one written before the marker existed, but not a look-alike', async () => {
    const out = join(work, 'own');
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
    const imported = await runCli(['import', 'hsds', hsds, '--out', out]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(
      (await readdir(out)).filter((name) => !name.startsWith('.') && !/\.(gz|br)$/.test(name)).sort(),
      ['details', 'index.json', 'organizations.json', 'services', 'services.json'],
      'the import replaced the build as a whole',
    );

    // Feeds of the previous version carry no marker: their manifest and dataset files identify them.
    for (const name of await readdir(out)) if (name.startsWith('.')) await rm(join(out, name));
    const rebuilt = await runCli(['build', source, '--out', out]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);

    // Dataset-named files beside an index.json that is not a manifest are not ours.
    const lookalike = join(work, 'lookalike');
    await mkdir(lookalike);
    await writeFile(join(lookalike, 'index.json'), '{ "pages": [] }\n');
    await writeFile(join(lookalike, 'services.json'), '[]\n');
    assertOneLineRefusal(await runCli(['build', source, '--out', lookalike]), lookalike);
    assert.equal(await readFile(join(lookalike, 'index.json'), 'utf8'), '{ "pages": [] }\n');
  });
});
