import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildFeed } from '../build/build-feed.js';
import { editManifest, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { refusedDatasets } from '../test-support/refused.js';
import { runCli } from '../test-support/run-cli.js';
import type { FeedReport } from './report.js';

/** Bytes that must never reach a report: they stand for a password file or a key. */
const SECRET = 'TOP-SECRET-d41d8cd98f00';

let work: string;
let source: string;
let secretFile: string;

async function freshFeed(name: string): Promise<string> {
  const outDir = join(work, 'feeds', name);
  const result = await buildFeed({ sourceDir: source, outDir });
  assert.ok(result.ok, 'the fixture source builds');
  return outDir;
}

function linkDataset(feed: string, dataset: string, url: string): Promise<void> {
  return editManifest(feed, (manifest) => {
    const link = (manifest.datasets as Record<string, { url: string }>)[dataset];
    if (!link) throw new Error(`the fixture has no ${dataset}`);
    link.url = url;
  });
}

before(async () => {
  work = await tempDir('wijkwijzer-scope-');
  source = await writeSource(join(work, 'source'));
  await mkdir(join(work, 'feeds'), { recursive: true });
  secretFile = join(work, 'secret');
  await writeFile(secretFile, `${SECRET}\n`);
});
after(() => removeDir(work));

describe('wijkwijzer validate <feed-dir> reads only inside the feed folder', () => {
  test('refuses ../, absolute and other-host links and a symbolic link out, without quoting the files', async () => {
    const feed = await freshFeed('escape');
    await linkDataset(feed, 'norms', '../../secret');
    await linkDataset(feed, 'areas', secretFile);
    await linkDataset(feed, 'organizations', '/etc/passwd');
    await symlink(secretFile, join(feed, 'taxonomy-link.json'));
    await linkDataset(feed, 'taxonomy', 'taxonomy-link.json');

    const run = await runCli(['validate', feed, '--json']);
    assert.equal(run.code, 2, run.stderr);
    assert.doesNotMatch(run.stdout, new RegExp(SECRET));
    assert.doesNotMatch(run.stdout, /root:/);
    const report = JSON.parse(run.stdout) as FeedReport;
    const messages = refusedDatasets(report);
    assert.deepEqual(Object.keys(messages).sort(), ['areas', 'norms', 'organizations', 'taxonomy']);
    assert.match(messages.norms ?? '', /^norms: .*secret lies outside the feed folder/);
    assert.match(messages.areas ?? '', /^areas: .*secret lies outside the feed folder/);
    assert.match(messages.organizations ?? '', /^organizations: \/etc\/passwd lies outside the feed folder/);
    assert.match(messages.taxonomy ?? '', /^taxonomy: .*taxonomy-link\.json is a symbolic link to outside the feed folder/);
    // Not even a hash of a foreign file: it would let a feed test guesses about its contents.
    for (const dataset of report.datasets.filter((summary) => summary.dataset in messages)) {
      assert.equal(dataset.actualHash, undefined, dataset.dataset);
      assert.equal(dataset.loaded, false, dataset.dataset);
    }
    assert.equal(report.findings.filter((finding) => finding.kind === 'hash-mismatch').length, 0);
    // The one dataset left alone is still checked.
    assert.equal(report.datasets.find((summary) => summary.dataset === 'services')?.valid, 2);

    const text = await runCli(['validate', feed]);
    assert.equal(text.code, 2);
    assert.doesNotMatch(text.stdout, new RegExp(SECRET));
    assert.match(text.stdout, /norms: .*lies outside the feed folder/);
  });

  test('refuses a //host dataset link as an invalid manifest, reading nothing', async () => {
    const feed = await freshFeed('other-host');
    await linkDataset(feed, 'availability', '//elsewhere/secret');
    const run = await runCli(['validate', feed, '--json']);
    assert.equal(run.code, 2, run.stderr);
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.unusable[0]?.code, 'manifest-invalid');
    assert.match(report.unusable[0]?.message ?? '', /datasets\.availability\.url/);
    assert.ok(report.datasets.every((summary) => !summary.loaded));
  });

  test('refuses a manifest that is a symbolic link out of its folder', async () => {
    const folder = join(work, 'feeds', 'linked-manifest');
    await mkdir(folder, { recursive: true });
    await symlink(secretFile, join(folder, 'index.json'));
    const run = await runCli(['validate', folder, '--json']);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stdout, new RegExp(SECRET));
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.unusable[0]?.code, 'manifest-refused');
    assert.match(report.unusable[0]?.message ?? '', /index\.json is a symbolic link to outside the feed folder/);
  });

  test('still follows a symbolic link that stays inside the folder', async () => {
    const feed = await freshFeed('inner-link');
    await mkdir(join(feed, 'data'));
    await symlink(join(feed, 'areas.json'), join(feed, 'data', 'areas.json'));
    await linkDataset(feed, 'areas', 'data/areas.json');
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 0, run.stdout);
  });
});
