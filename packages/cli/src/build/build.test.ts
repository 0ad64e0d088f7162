import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LATEST_DATE, REGION, SERVICES_A, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';
import { CONTRACT_VERSION } from '@wijkwijzer/schemas';

let work: string;
let source: string;

before(async () => {
  work = await tempDir();
  source = await writeSource(join(work, 'source'));
});
after(() => removeDir(work));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

describe('wijkwijzer build', () => {
  test('is deterministic: the same source gives byte-identical feeds', async () => {
    const first = await runCli(['build', source, '--out', join(work, 'one')]);
    const second = await runCli(['build', source, '--out', join(work, 'two')]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.code, 0, second.stderr);
    const files = (await readdir(join(work, 'one'))).sort();
    assert.deepEqual(files, (await readdir(join(work, 'two'))).sort());
    // The 1.0 datasets keep their names (with .gz and .br copies); partitions are checked in partitions.test.
    assert.deepEqual(files.filter((file) => !/\.(gz|br)$/.test(file)), [
      '.wijkwijzer-feed', 'areas', 'areas.json', 'availability', 'availability.json', 'details', 'index.json', 'norms.json', 'organizations.json', 'services',
      'services.json', 'taxonomy.json',
    ]);
    for (const file of files.filter((name) => name.includes('.'))) {
      assert.ok((await readFile(join(work, 'one', file))).equals(await readFile(join(work, 'two', file))), `${file} differs`);
    }
  });

  test('writes a manifest whose hashes and counts match the files', async () => {
    const out = join(work, 'hashed');
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
    const manifest = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as {
      contract_version: string;
      generated_at: string;
      sample: boolean;
      region: { id: string };
      datasets: Record<string, { url: string; count: number; hash: string }>;
    };
    assert.equal(manifest.contract_version, CONTRACT_VERSION);
    assert.equal(manifest.generated_at, LATEST_DATE, 'the latest date in the data');
    assert.equal(manifest.sample, true);
    assert.equal(manifest.region.id, REGION.region.id);
    for (const [dataset, link] of Object.entries(manifest.datasets)) {
      const bytes = await readFile(join(out, link.url));
      assert.equal(link.hash, `sha256-${createHash('sha256').update(bytes).digest('base64')}`, dataset);
      assert.equal((JSON.parse(bytes.toString('utf8')) as unknown[]).length, link.count, dataset);
    }
    const services = JSON.parse(await readFile(join(out, 'services.json'), 'utf8')) as { id: string }[];
    assert.deepEqual(services.map((service) => service.id), ['svc-maatje', 'svc-schuldhulp'], 'sorted by id, both folder files read');
    assert.equal((await runCli(['validate', out])).code, 0);
  });

  test('takes generated_at from --generated-at, then from region.json', async () => {
    const flagged = join(work, 'flagged');
    assert.equal((await runCli(['build', source, '--out', flagged, '--generated-at', '2026-11-22T10:00:00Z'])).code, 0);
    assert.match(await readFile(join(flagged, 'index.json'), 'utf8'), /"generated_at": "2026-11-22T10:00:00Z"/);

    const dated = await writeSource(join(work, 'dated-source'), { 'region.json': { ...REGION, generated_at: '2026-07-01T00:00:00Z' } });
    assert.equal((await runCli(['build', dated, '--out', join(work, 'dated')])).code, 0);
    assert.match(await readFile(join(work, 'dated', 'index.json'), 'utf8'), /"generated_at": "2026-07-01T00:00:00Z"/);

    const wrong = await runCli(['build', source, '--out', join(work, 'never'), '--generated-at', 'gisteren']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--generated-at must be a date-time/);
  });

  test('an invalid record stops the build: exit 1, nothing written', async () => {
    const broken = await writeSource(join(work, 'broken-source'), {
      'services/b.json': [{ ...SERVICES_A[0], id: 'svc-kapot', phones: [{ number: 'bel ons' }] }],
    });
    const out = join(work, 'broken');
    const run = await runCli(['build', broken, '--out', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /nothing was written/);
    assert.match(run.stderr, /services\/b\.json item 0: services svc-kapot \(#1\)\s+phones\.0\.number/);
    assert.equal(await exists(out), false);
    const leftovers = (await readdir(work)).filter((name) => name.includes('.tmp-'));
    assert.deepEqual(leftovers, []);
  });

  test('a duplicate id or a dangling reference stops the build', async () => {
    const duplicate = await writeSource(join(work, 'duplicate-source'), { 'services/b.json': SERVICES_A });
    const first = await runCli(['build', duplicate, '--out', join(work, 'duplicate')]);
    assert.equal(first.code, 1);
    assert.match(first.stderr, /svc-schuldhulp \(#1\)\s+id: used twice/);

    const dangling = await writeSource(join(work, 'dangling-source'), {
      'services/b.json': [{ ...SERVICES_A[0], id: 'svc-los', organization_id: 'org-bestaat-niet' }],
    });
    const second = await runCli(['build', dangling, '--out', join(work, 'dangling')]);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /organization_id: points to organizations "org-bestaat-niet"/);
    assert.equal(await exists(join(work, 'dangling')), false);
  });

  test('replaces an earlier feed but refuses a folder that is not a feed', async () => {
    const out = join(work, 'replaced');
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
    await writeFile(join(out, 'services.json'), '[]');
    assert.equal((await runCli(['build', source, '--out', out])).code, 0);
    assert.notEqual(await readFile(join(out, 'services.json'), 'utf8'), '[]', 'the whole folder is replaced');

    const precious = join(work, 'precious');
    await mkdir(precious);
    await writeFile(join(precious, 'notes.txt'), 'keep me');
    const run = await runCli(['build', source, '--out', precious]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /refusing to replace/);
    assert.equal(await readFile(join(precious, 'notes.txt'), 'utf8'), 'keep me');
  });

  test('exits 2 on an unusable source', async () => {
    const empty = join(work, 'empty-source');
    await mkdir(empty);
    const missing = await runCli(['build', empty, '--out', join(work, 'x')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /has no region\.json/);

    const badRegion = await writeSource(join(work, 'bad-region'), { 'region.json': { ...REGION, license: '' } });
    const invalid = await runCli(['build', badRegion, '--out', join(work, 'y')]);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /region\.json: license/);

    const notList = await writeSource(join(work, 'not-list'), { 'areas.json': { id: 'x' } });
    const run = await runCli(['build', notList, '--out', join(work, 'z')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /areas\.json must hold a JSON array/);
  });
});
