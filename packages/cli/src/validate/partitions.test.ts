import assert from 'node:assert/strict';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { detailShardFile, type Manifest } from '@wijkwijzer/schemas';
import { createHash } from 'node:crypto';
import { editManifest, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

/* `wijkwijzer validate` on the partitions of a contract 1.1 feed. */

let work: string;
let source: string;

before(async () => {
  work = await tempDir('wijkwijzer-validate-partitions-');
  source = await writeSource(join(work, 'source'));
});
after(() => removeDir(work));

/**
 * Replaces a partition's file by `records`, under the name its new content gives it, and its
 * link to match (url, count, size), so only what a test means to break is wrong.
 */
async function rewritePartition(feed: string, list: 'services' | 'areas', id: string, records: unknown[]): Promise<void> {
  const text = `${JSON.stringify(records)}\n`;
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const url = `${list}/${id}.${hex}.json`;
  await writeFile(join(feed, url), text);
  await editManifest(feed, (edited) => {
    const link = (edited as unknown as Manifest).partitions![list]!.find((candidate) => candidate.id === id)!;
    Object.assign(link, { url, count: records.length, bytes: Buffer.byteLength(text) });
  });
}

async function freshFeed(name: string): Promise<{ feed: string; manifest: Manifest }> {
  const feed = join(work, name);
  const built = await runCli(['build', source, '--out', feed]);
  assert.equal(built.code, 0, built.stderr);
  return { feed, manifest: JSON.parse(await readFile(join(feed, 'index.json'), 'utf8')) as Manifest };
}

describe('wijkwijzer validate: partitions', () => {
  test('a partition file changed after the build is reported by file, with the hash its name carries and its count', async () => {
    const { feed, manifest } = await freshFeed('changed');
    assert.equal((await runCli(['validate', feed])).code, 0, 'a fresh build is valid');
    const link = manifest.partitions!.services[0]!;
    await appendFile(join(feed, link.url), ' ');
    await editManifest(feed, (edited) => {
      (edited as unknown as Manifest).partitions!.details.count += 1;
    });
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    const named = /\.([0-9a-f]{8})\.json$/.exec(link.url)![1]!;
    const actual = createHash('sha256').update(await readFile(join(feed, link.url))).digest('hex').slice(0, 8);
    assert.ok(run.stdout.includes(`services ${link.url}  hash: its name says ${named}, the file is ${actual}`), run.stdout);
    const { count } = manifest.partitions!.details;
    assert.match(run.stdout, new RegExp(`services ${manifest.partitions!.details.url}\\s+count: index\\.json says ${count + 1}, its files have ${count}`));
  });

  test('a service left out of a partition its areas put it in is named', async () => {
    const { feed, manifest } = await freshFeed('left-out');
    const link = manifest.partitions!.services.find((partition) => partition.id === 'gm-testdorp')!;
    const cards = JSON.parse(await readFile(join(feed, link.url), 'utf8')) as { id: string }[];
    const [dropped, ...kept] = cards;
    assert.ok(dropped);
    await rewritePartition(feed, 'services', 'gm-testdorp', kept);
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, new RegExp(`services ${dropped.id}\\s+not in partition gm-testdorp, where its areas put it`));
  });

  test('an area moved out of its gemeente\'s area file into the frame is named twice: missing there, extra here', async () => {
    const { feed, manifest } = await freshFeed('area-moved');
    const links = manifest.partitions!.areas!;
    const gemeente = links.find((link) => link.id === 'gm-testdorp')!;
    const frame = links.find((link) => link.id === 'shared-areas')!;
    const inGemeente = JSON.parse(await readFile(join(feed, gemeente.url), 'utf8')) as { id: string }[];
    const inFrame = JSON.parse(await readFile(join(feed, frame.url), 'utf8')) as { id: string }[];
    const [moved, ...kept] = inGemeente;
    assert.ok(moved);
    await rewritePartition(feed, 'areas', gemeente.id, kept);
    await rewritePartition(feed, 'areas', frame.id, [...inFrame, moved]);
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, new RegExp(`areas ${moved.id}\\s+not in area partition gm-testdorp, where its parents put it`));
    assert.match(run.stdout, new RegExp(`areas ${moved.id}\\s+in area partition shared-areas, where it does not belong`));
  });

  test('a missing partition file makes the feed unusable for a client that loads by area', async () => {
    const { feed } = await freshFeed('missing');
    await editManifest(feed, (edited) => {
      (edited as unknown as Manifest).partitions!.services[0]!.url = 'services/gone.00000000.json';
    });
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stdout + run.stderr, /services\/gone\.00000000\.json, which does not exist/);
  });

  test('every detail shard the manifest counts must be in its folder', async () => {
    const { feed, manifest } = await freshFeed('shard-missing');
    const details = manifest.partitions!.details;
    // One shard more than written: its file is missing.
    await editManifest(feed, (edited) => {
      (edited as unknown as Manifest).partitions!.details.shards = details.shards + 1;
    });
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    const gone = `${details.url}${detailShardFile(details.shards, details.shards + 1)}`;
    assert.match(run.stdout + run.stderr, new RegExp(`${gone.replaceAll('.', '\\.')}, which does not exist`));
    // A shard deleted: unusable too.
    const { feed: other, manifest: written } = await freshFeed('shard-deleted');
    await rm(join(other, written.partitions!.details.url, detailShardFile(0, written.partitions!.details.shards)));
    assert.equal((await runCli(['validate', other])).code, 2);
  });

  test('a partition written in parts (a big city) is valid, and a card missing from a part is named', async () => {
    const feed = join(work, 'parts');
    // Two gemeenten for 2,600 services: at least one holds more than the 1,000 of one file.
    const made = await runCli(['synthetic', '--services', '2600', '--gemeenten', '2', '--seed', '7', '--out', feed]);
    assert.equal(made.code, 0, made.stderr);
    const manifest = JSON.parse(await readFile(join(feed, 'index.json'), 'utf8')) as Manifest;
    const part = manifest.partitions!.services.find((link) => /\.\d+$/.test(link.id));
    assert.ok(part, `a part among ${manifest.partitions!.services.map((link) => link.id).join(', ')}`);
    assert.equal((await runCli(['validate', feed])).code, 0, 'the parts together hold the partition');

    const cards = JSON.parse(await readFile(join(feed, part.url), 'utf8')) as { id: string }[];
    const [dropped, ...kept] = cards;
    await rewritePartition(feed, 'services', part.id, kept);
    const run = await runCli(['validate', feed]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, new RegExp(`services ${dropped!.id}\\s+not in partition ${part.id.replace(/\.\d+$/, '')}, where its areas put it`));
  });
});
