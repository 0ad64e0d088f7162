import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './test-support/run-cli.js';

/** The sample region's source, from dist/ (dist → cli → packages → repo). */
const SAMPLE_SOURCE = fileURLToPath(new URL('../../../data/regio-utrecht/', import.meta.url));

test('the sample region builds into a feed that validates with zero invalid records', async (t) => {
  const out = await mkdtemp(join(tmpdir(), 'wijkwijzer-sample-'));
  t.after(() => rm(out, { recursive: true, force: true }));

  const build = await runCli(['build', SAMPLE_SOURCE, '--out', join(out, 'feed')]);
  assert.equal(build.code, 0, build.stderr);

  const validate = await runCli(['validate', join(out, 'feed'), '--json']);
  assert.equal(validate.code, 0, validate.stdout + validate.stderr);
  const report = JSON.parse(validate.stdout) as {
    status: string;
    datasets: { dataset: string; total: number; valid: number; invalid: number }[];
  };
  assert.equal(report.status, 'valid');
  // The seven datasets of contract 1.0, and 1.2's postcode areas.
  assert.equal(report.datasets.length, 8);
  assert.ok(report.datasets.some((row) => row.dataset === 'postcodes' && row.total > 0), 'the sample publishes postcode areas');
  for (const row of report.datasets) {
    assert.equal(row.invalid, 0, `${row.dataset} has invalid records`);
    assert.equal(row.valid, row.total);
  }
  assert.ok(report.datasets.find((row) => row.dataset === 'services')!.valid >= 150);
});
