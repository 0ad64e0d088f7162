import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HSDS_FIXTURES, removeDir, tempDir } from '../test-support/fixtures.js';
import { importAndValidate, importedCounts } from '../test-support/hsds-import.js';
import { runCli } from '../test-support/run-cli.js';

let work: string;

before(async () => {
  work = await tempDir('wijkwijzer-hsds-csv-');
});
after(() => removeDir(work));

const FEED_FILES = ['index.json', 'organizations.json', 'services.json', 'taxonomy.json'];
const SAME_DATE = ['--generated-at', '2026-11-01T00:00:00Z'];

async function assertSameFeed(first: string, second: string): Promise<void> {
  for (const file of FEED_FILES) {
    assert.equal(await readFile(join(second, file), 'utf8'), await readFile(join(first, file), 'utf8'), file);
  }
}

describe('wijkwijzer import hsds: the tabular form as CSV files', () => {
  test('a folder of HSDS CSV tables with datapackage.json gives the same feed as tabular.json', async () => {
    const fromJson = await importAndValidate(join(HSDS_FIXTURES, 'tabular.json'), join(work, 'from-json'), SAME_DATE);
    const fromCsv = await importAndValidate(join(HSDS_FIXTURES, 'tabular-csv'), join(work, 'from-csv'), SAME_DATE);
    assert.deepEqual(importedCounts(fromCsv.stdout), { organizations: 1, services: 1, taxonomy: 1 });
    assert.doesNotMatch(fromCsv.stdout, /datapackage/, 'the data package is not taken for an HSDS document');
    await assertSameFeed(fromJson.out, fromCsv.out);
  });

  test('datapackage.json given on its own stands for its folder', async () => {
    const folder = await importAndValidate(join(HSDS_FIXTURES, 'tabular-csv'), join(work, 'by-folder'), SAME_DATE);
    const descriptor = await importAndValidate(join(HSDS_FIXTURES, 'tabular-csv', 'datapackage.json'), join(work, 'by-descriptor'), SAME_DATE);
    await assertSameFeed(folder.out, descriptor.out);
  });

  test('without datapackage.json, ages, amounts and coordinates are still read as numbers', async () => {
    const copy = join(work, 'no-descriptor');
    await cp(join(HSDS_FIXTURES, 'tabular-csv'), copy, { recursive: true });
    await rm(join(copy, 'datapackage.json'));
    const fromJson = await importAndValidate(join(HSDS_FIXTURES, 'tabular.json'), join(work, 'no-descriptor-json'), SAME_DATE);
    const fromCsv = await importAndValidate(copy, join(work, 'no-descriptor-csv'), SAME_DATE);
    await assertSameFeed(fromJson.out, fromCsv.out);
  });

  test('a CSV row that cannot be read is reported by file and row; the rest is imported (exit 1)', async () => {
    const copy = join(work, 'broken-row');
    await cp(join(HSDS_FIXTURES, 'tabular-csv'), copy, { recursive: true });
    const services = await readFile(join(copy, 'services.csv'), 'utf8');
    await writeFile(join(copy, 'services.csv'), `${services}svc-extra,org,Te veel,cellen,active,x,2026-01-01,één te veel\r\n`);
    const out = join(work, 'out-broken-row');
    const run = await runCli(['import', 'hsds', copy, '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /services\.csv row 3 has 8 cells where the header names 7/);
    assert.deepEqual(importedCounts(run.stdout), { organizations: 1, services: 1, taxonomy: 1 });
    assert.equal((await runCli(['validate', out])).code, 0);
  });

  test('a single CSV table is refused with what to give instead', async () => {
    const run = await runCli(['import', 'hsds', join(HSDS_FIXTURES, 'tabular-csv', 'services.csv'), '--out', join(work, 'out-single')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /HSDS CSV tables are read together: give the folder/);
  });
});
