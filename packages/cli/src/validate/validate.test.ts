import assert from 'node:assert/strict';
import { rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildFeed } from '../build/build-feed.js';
import { startServer } from '../serve/server.js';
import { AVAILABILITY, SERVICES_A, editManifest, removeDir, replaceDataset, tempDir, writeSource } from '../test-support/fixtures.js';
import { CONTRACT_VERSION } from '@wijkwijzer/schemas';
import { runCli } from '../test-support/run-cli.js';
import { checkFeed } from './check-feed.js';
import { fetchLoader } from './loader.js';
import type { FeedReport } from './report.js';
import { validateFeed } from './validate-feed.js';

let work: string;
let source: string;

/** A fresh, valid feed in its own folder, so each test can break it in its own way. */
async function freshFeed(name: string): Promise<string> {
  const outDir = join(work, name);
  const result = await buildFeed({ sourceDir: source, outDir });
  assert.ok(result.ok, 'the fixture source builds');
  return outDir;
}

before(async () => {
  work = await tempDir();
  source = await writeSource(join(work, 'source'));
});
after(() => removeDir(work));

describe('wijkwijzer validate', () => {
  test('exits 0 on a good feed and prints the header and counts', async () => {
    const feed = await freshFeed('good');
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Region\s+Testregio \(testregio\)/);
    assert.match(run.stdout, /SAMPLE/);
    assert.match(run.stdout, new RegExp(`Contract\\s+${CONTRACT_VERSION.replaceAll('.', '\\.')}`));
    assert.match(run.stdout, /services\s+2\s+2\s+0/);
    assert.match(run.stdout, /Result: valid/);
  });

  test('exits 1 on a planted bad record and names dataset, id and path', async () => {
    const feed = await freshFeed('bad-record');
    await replaceDataset(feed, 'services', [...SERVICES_A, { ...SERVICES_A[0], id: 'svc-broken', phones: [{ number: 'bel ons' }] }]);
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /services svc-broken \(#1\)\s+phones\.0\.number: a phone number has digits/);
    assert.match(run.stdout, /services\s+2\s+1\s+1/);
  });

  test('--json prints the report with counts per dataset', async () => {
    const feed = await freshFeed('json');
    await replaceDataset(feed, 'services', [{ ...SERVICES_A[0], url: 'javascript:alert(1)' }]);
    const run = await runCli(['validate', feed, '--json']);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.status, 'invalid');
    assert.equal(report.exitCode, 1);
    assert.equal(report.manifest?.region.id, 'testregio');
    const services = report.datasets.find((dataset) => dataset.dataset === 'services');
    assert.deepEqual([services?.total, services?.valid, services?.invalid], [1, 0, 1]);
    assert.deepEqual(report.datasets.find((dataset) => dataset.dataset === 'areas')?.valid, 3);
    assert.ok(report.findings.some((finding) => finding.kind === 'invalid-record' && finding.path === 'url'));
  });

  test('exits 1 on a dangling reference, a duplicate id and a changed file', async () => {
    const feed = await freshFeed('links');
    await replaceDataset(feed, 'services', [
      { ...SERVICES_A[0], needs: ['need-onbekend'] },
      { ...SERVICES_A[0] },
    ]);
    await appendFile(join(feed, 'areas.json'), ' ');
    const report = await validateFeed(feed);
    assert.equal(report.exitCode, 1);
    const kinds = report.findings.map((finding) => finding.kind).sort();
    assert.deepEqual(kinds, ['dangling-reference', 'duplicate-id', 'hash-mismatch']);
    const run = await runCli(['validate', feed]);
    assert.match(run.stdout, /needs: points to taxonomy "need-onbekend", which is not in the feed/);
    assert.match(run.stdout, /areas\s+hash: index\.json says sha256-/);
  });

  test('exits 1 on a waiting time for a place its service does not have (contract 1.2)', async () => {
    const feed = await freshFeed('location');
    await replaceDataset(feed, 'availability', [{ ...AVAILABILITY[0], location_id: 'loc-elders' }]);
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /location_id: points to location "loc-elders", which service "svc-schuldhulp" does not have/);
  });

  test('exits 1 when the manifest count disagrees with the file', async () => {
    const feed = await freshFeed('count');
    await editManifest(feed, (manifest) => {
      const datasets = manifest.datasets as Record<string, { count: number }>;
      if (datasets.areas) datasets.areas.count = 7;
    });
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /areas\s+count: index\.json says 7, the file has 3/);
  });

  test('exits 2 without a manifest', async () => {
    const run = await runCli(['validate', join(work, 'no-such-feed')]);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /no manifest at .*no-such-feed\/index\.json/);
  });

  test('exits 2 on a manifest that is not JSON', async () => {
    const feed = await freshFeed('not-json');
    await writeFile(join(feed, 'index.json'), '{ "contract_version": ');
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /the manifest is not JSON/);
  });

  test('exits 2 on an invalid manifest, naming the field', async () => {
    const feed = await freshFeed('bad-manifest');
    await editManifest(feed, (manifest) => {
      manifest.sample = 'ja';
    });
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /the manifest is not valid: sample expected boolean/);
  });

  test('exits 2 on contract 2.0.0: the feed needs a newer Wijkwijzer', async () => {
    const feed = await freshFeed('v2');
    await editManifest(feed, (manifest) => {
      manifest.contract_version = '2.0.0';
    });
    const run = await runCli(['validate', feed, '--json']);
    assert.equal(run.code, 2);
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.unusable[0]?.code, 'contract-unsupported');
    assert.match(report.unusable[0]?.message ?? '', /needs a newer Wijkwijzer/);
  });

  test('exits 2 when the manifest links a missing file, and still checks the rest', async () => {
    const feed = await freshFeed('missing-file');
    await rm(join(feed, 'norms.json'));
    const run = await runCli(['validate', feed, '--json']);
    assert.equal(run.code, 2);
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.unusable[0]?.code, 'dataset-missing');
    assert.equal(report.unusable[0]?.dataset, 'norms');
    assert.equal(report.datasets.find((dataset) => dataset.dataset === 'services')?.valid, 2);
  });

  test('exits 2 when a dataset file is not a list', async () => {
    const feed = await freshFeed('not-a-list');
    await replaceDataset(feed, 'areas', []);
    await writeFile(join(feed, 'areas.json'), '{"areas": []}\n');
    const report = await validateFeed(feed);
    assert.equal(report.exitCode, 2);
    assert.ok(report.unusable.some((problem) => problem.code === 'dataset-not-a-list'));
  });

  test('accepts the manifest file itself as the source', async () => {
    const feed = await freshFeed('manifest-path');
    const run = await runCli(['validate', join(feed, 'index.json')]);
    assert.equal(run.code, 0, run.stdout);
  });
});

describe('wijkwijzer validate over HTTP', () => {
  test('validates a served feed by folder URL and by manifest URL', async () => {
    const feed = await freshFeed('served');
    const server = await startServer({ root: feed, port: 0 });
    try {
      const byFolder = await runCli(['validate', server.url]);
      assert.equal(byFolder.code, 0, byFolder.stdout);
      assert.match(byFolder.stdout, /Feed\s+http:\/\/127\.0\.0\.1:\d+\/index\.json/);
      const report = await validateFeed(server.manifestUrl);
      assert.equal(report.status, 'valid');
      assert.equal(report.datasets.length, 6);
      // The browser-safe core with the fetch loader: what the playground will run.
      const core = await checkFeed(new URL(server.manifestUrl), fetchLoader(2000));
      assert.deepEqual(core.datasets, report.datasets);
    } finally {
      await server.close();
    }
  });

  test('reports a bad record in a served feed with exit 1', async () => {
    const feed = await freshFeed('served-bad');
    await replaceDataset(feed, 'services', [{ ...SERVICES_A[0], status: 'open' }]);
    const server = await startServer({ root: feed, port: 0 });
    try {
      const run = await runCli(['validate', server.manifestUrl]);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /services svc-schuldhulp \(#0\)\s+status: expected one of "active"/);
    } finally {
      await server.close();
    }
  });

  test('exits 2 when nothing answers', async () => {
    const server = await startServer({ root: work, port: 0 });
    const url = server.url;
    await server.close();
    const run = await runCli(['validate', url, '--timeout', '2']);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /cannot reach http:\/\/127\.0\.0\.1:\d+\/index\.json/);
  });

  test('exits 2 on HTTP 404 for the manifest', async () => {
    const server = await startServer({ root: work, port: 0 });
    try {
      const run = await runCli(['validate', `${server.url}nowhere/`]);
      assert.equal(run.code, 2);
      assert.match(run.stdout, /no manifest at http/);
    } finally {
      await server.close();
    }
  });
});
