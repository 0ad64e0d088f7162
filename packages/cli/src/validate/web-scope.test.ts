import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { buildFeed } from '../build/build-feed.js';
import { startFileServer, type FileServer } from '../test-support/file-server.js';
import { editManifest, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { refusedDatasets } from '../test-support/refused.js';
import { runCli } from '../test-support/run-cli.js';
import type { FeedReport } from './report.js';

let work: string;
/** The feed folder both servers serve. */
let feed: string;
/** The feed's own server. */
let home: FileServer;
/** Another origin on this machine: a stand-in for an internal address a feed must not make us visit. */
let other: FileServer;

before(async () => {
  work = await tempDir('wijkwijzer-origin-');
  feed = join(work, 'feed');
  const built = await buildFeed({ sourceDir: await writeSource(join(work, 'source')), outDir: feed });
  assert.ok(built.ok);
  other = await startFileServer(feed);
  home = await startFileServer(feed, {
    '/moved.json': `${other.origin}/taxonomy.json`,
    '/here.json': '/areas.json',
    '/elsewhere/index.json': `${other.origin}/index.json`,
  });
  // Both servers serve these same files, so whatever is fetched is a valid feed.
  await editManifest(feed, (manifest) => {
    const datasets = manifest.datasets as Record<string, { url: string }>;
    const links: Record<string, string> = {
      services: `${other.origin}/services.json`,
      taxonomy: 'moved.json',
      areas: 'here.json',
    };
    for (const [dataset, url] of Object.entries(links)) {
      const link = datasets[dataset];
      if (!link) throw new Error(`the fixture has no ${dataset}`);
      link.url = url;
    }
  });
});
beforeEach(() => {
  home.requests.length = 0;
  other.requests.length = 0;
});
after(async () => {
  await Promise.all([home.close(), other.close()]);
  await removeDir(work);
});

describe('wijkwijzer validate <url> fetches only from the feed origin', () => {
  test('refuses links and redirects to another origin; that server gets no request', async () => {
    const run = await runCli(['validate', `${home.origin}/index.json`, '--json']);
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual(other.requests, []);
    const report = JSON.parse(run.stdout) as FeedReport;
    const refused = refusedDatasets(report);
    assert.deepEqual(Object.keys(refused).sort(), ['services', 'taxonomy']);
    const allowHint = `--allow-origin ${other.origin}`;
    assert.match(refused.services ?? '', /^services: http:\/\/127\.0\.0\.1:\d+\/services\.json is on http:\/\/127\.0\.0\.1:\d+, which is not allowed/);
    for (const message of Object.values(refused)) assert.ok(message.includes(allowHint), message);
    assert.match(refused.taxonomy ?? '', /moved\.json redirects to http:\/\/127\.0\.0\.1:\d+\/taxonomy\.json/);
    // A redirect within the feed's own origin is followed.
    assert.equal(report.datasets.find((summary) => summary.dataset === 'areas')?.valid, 3);
    assert.ok(home.requests.includes('/areas.json'));
  });

  test('refuses //host and \\\\host dataset links as an invalid manifest; that server gets no request', async () => {
    const otherHost = new URL(other.origin).host;
    const manifest = JSON.parse(await readFile(join(feed, 'index.json'), 'utf8')) as { datasets: Record<string, { url: string }> };
    for (const url of [`//${otherHost}/norms.json`, `\\\\${otherHost}\\norms.json`]) {
      manifest.datasets.norms = { ...manifest.datasets.norms, url } as { url: string };
      await writeFile(join(feed, 'hostless.json'), JSON.stringify(manifest));
      const run = await runCli(['validate', `${home.origin}/hostless.json`, '--json']);
      assert.equal(run.code, 2, url);
      assert.deepEqual(other.requests, [], url);
      const report = JSON.parse(run.stdout) as FeedReport;
      assert.equal(report.unusable[0]?.code, 'manifest-invalid', url);
    }
  });

  test('refuses a manifest that redirects to another origin', async () => {
    const run = await runCli(['validate', `${home.origin}/elsewhere/index.json`, '--json']);
    assert.equal(run.code, 2);
    assert.deepEqual(other.requests, []);
    const report = JSON.parse(run.stdout) as FeedReport;
    assert.equal(report.unusable[0]?.code, 'manifest-refused');
  });

  test('--allow-origin lets it fetch from that origin as well', async () => {
    const run = await runCli(['validate', `${home.origin}/index.json`, '--allow-origin', other.origin, '--allow-origin', 'https://cdn.example.nl']);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual([...other.requests].sort(), ['/services.json', '/taxonomy.json']);
  });

  test('--allow-origin takes an http(s) origin and nothing else', async () => {
    for (const value of ['ftp://example.nl', 'https://cdn.example.nl/feeds/', 'cdn.example.nl']) {
      const run = await runCli(['validate', `${home.origin}/index.json`, '--allow-origin', value]);
      assert.equal(run.code, 2, value);
      assert.match(run.stderr, /^wijkwijzer: validate: --allow-origin takes an origin such as https:\/\/cdn\.example\.nl/, value);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
    assert.deepEqual(home.requests, []);
  });
});
