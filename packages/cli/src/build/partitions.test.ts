import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { detailShardFile, detailShardOf, serviceCard, type Manifest, type Service } from '@wijkwijzer/schemas';
import { AVAILABILITY, ORGANIZATIONS, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { detailShardCount } from '../feed/partition-plan.js';
import { runCli } from '../test-support/run-cli.js';

/*
 * Contract 1.1's partitions, written by `wijkwijzer build`: where each service goes, the
 * detail shards, content-hashed names, precompressed copies and byte-identical rebuilds.
 */

const AREAS = [
  { id: 'regio-test', name: 'Testregio', kind: 'regio' },
  { id: 'sr-west', name: 'West', kind: 'subregio', parent_ids: ['regio-test'] },
  { id: 'gm-testdorp', name: 'Testdorp', kind: 'gemeente', parent_ids: ['sr-west'] },
  { id: 'gm-ander', name: 'Anderstad', kind: 'gemeente', parent_ids: ['sr-west'] },
  { id: 'wk-centrum', name: 'Centrum', kind: 'wijk', parent_ids: ['gm-testdorp'] },
];

const service = (id: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  id, organization_id: 'org-buurtteam', name: `Dienst ${id}`, status: 'active', summary_b1: 'Kort.', description: 'Een lange beschrijving.', ...extra,
});

const SERVICES = [
  service('svc-schuldhulp', { service_areas: [{ area_id: 'wk-centrum' }] }),
  service('svc-maatje', { service_areas: [{ area_id: 'sr-west' }] }),
  service('svc-twee', { service_areas: [{ area_id: 'gm-testdorp' }, { area_id: 'gm-ander' }] }),
  service('svc-nergens', {}),
  service('svc-adres', {
    service_at_locations: [{ location: { name: 'Buurthuis', addresses: [{ address_1: 'Plein 1', city: 'Anderstad', postal_code: '1234 AB', country: 'NL' }] } }],
  }),
];

let work: string;
let source: string;

before(async () => {
  work = await tempDir('wijkwijzer-partitions-');
  source = await writeSource(join(work, 'source'), {
    'areas.json': AREAS,
    'organizations.json': ORGANIZATIONS,
    'services/a.json': SERVICES,
    'services/b.json': [],
    'availability.json': AVAILABILITY,
  });
});
after(() => removeDir(work));

async function build(name: string, extra: string[] = []): Promise<{ out: string; manifest: Manifest }> {
  const out = join(work, name);
  const run = await runCli(['build', source, '--out', out, ...extra]);
  assert.equal(run.code, 0, run.stderr);
  return { out, manifest: JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as Manifest };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

describe('wijkwijzer build: partitions (contract 1.1)', () => {
  test('each service lands in the partitions of the areas it covers', async () => {
    const { out, manifest } = await build('assigned');
    const partitions = manifest.partitions;
    assert.ok(partitions);
    assert.equal(partitions.by, 'gemeente');
    const idsIn = new Map<string, string[]>();
    for (const link of partitions.services) {
      const cards = await readJson<Service[]>(join(out, link.url));
      assert.equal(cards.length, link.count, link.id);
      idsIn.set(link.id, cards.map((card) => card.id));
    }
    assert.deepEqual(Object.fromEntries(idsIn), {
      // A wijk-only service is in its gemeente's partition; a service in two gemeenten in both.
      'gm-testdorp': ['svc-schuldhulp', 'svc-twee'],
      // An address city names a gemeente of the feed.
      'gm-ander': ['svc-adres', 'svc-twee'],
      'shared-nl': ['svc-nergens'],
      'shared-sr-west': ['svc-maatje'],
    });
    const shape = partitions.services.map(({ id, scope, area_ids }) => ({ id, scope, area_ids }));
    assert.deepEqual(shape, [
      { id: 'gm-ander', scope: 'local', area_ids: ['gm-ander'] },
      { id: 'gm-testdorp', scope: 'local', area_ids: ['gm-testdorp'] },
      { id: 'shared-nl', scope: 'shared', area_ids: [] },
      { id: 'shared-sr-west', scope: 'shared', area_ids: ['sr-west'] },
    ]);
    // Cards, not full records: each is serviceCard of its full record with its organisation's name
    // (what a card keeps is card.ts's test).
    const cards = await readJson<Service[]>(join(out, partitions.services[0]!.url));
    const full = await readJson<Service[]>(join(out, 'services.json'));
    const record = full.find((each) => each.id === cards[0]!.id)!;
    const organization = ORGANIZATIONS.find((each) => each.id === record.organization_id)!;
    assert.deepEqual(cards[0], serviceCard({ ...record, organization_name: organization.name }));
  });

  test('every service is in the details exactly once, in the shard detailShardOf names, in a folder the manifest names', async () => {
    const { out, manifest } = await build('details');
    const details = manifest.partitions!.details;
    const full = await readJson<Service[]>(join(out, 'services.json'));
    assert.deepEqual(details, { url: details.url, shards: 1, count: full.length });
    assert.match(details.url, /^details\/[0-9a-f]{8}\/$/);
    const seen: string[] = [];
    for (let shard = 0; shard < details.shards; shard++) {
      const records = await readJson<Service[]>(join(out, details.url, detailShardFile(shard, details.shards)));
      for (const record of records) {
        assert.equal(detailShardOf(record.id, details.shards), shard, record.id);
        assert.deepEqual(record, full.find((candidate) => candidate.id === record.id));
        seen.push(record.id);
      }
    }
    assert.deepEqual(seen.sort(), full.map((record) => record.id).sort());
    assert.deepEqual((await filesUnder(join(out, 'details'))).filter((file) => file.endsWith('.json')), [`${details.url.slice(8)}0.json`]);
  });

  test('a changed record moves the details to a new folder; the same records keep it', async () => {
    const { manifest: first } = await build('folder-one');
    const { manifest: same } = await build('folder-same');
    assert.equal(same.partitions!.details.url, first.partitions!.details.url);
    const changed = join(work, 'source-changed');
    await writeSource(changed, {
      'areas.json': AREAS,
      'organizations.json': ORGANIZATIONS,
      'services/a.json': SERVICES.map((record) => (record.id === 'svc-nergens' ? { ...record, description: 'Een andere beschrijving.' } : record)),
      'services/b.json': [],
      'availability.json': AVAILABILITY,
    });
    const out = join(work, 'folder-changed');
    assert.equal((await runCli(['build', changed, '--out', out])).code, 0);
    const moved = (await readJson<Manifest>(join(out, 'index.json'))).partitions!.details;
    assert.notEqual(moved.url, first.partitions!.details.url);
  });

  test('a detail shard holds about 64 services, so opening one record fetches a few KB', () => {
    assert.equal(detailShardCount(0), 1);
    assert.equal(detailShardCount(64), 1);
    assert.equal(detailShardCount(65), 2);
    assert.equal(detailShardCount(5_000), 79);
    assert.equal(detailShardCount(300_000), 4_688);
    assert.equal(detailShardCount(5_000_000), 10_000, 'at most 10,000 shards');
  });

  test('partition files are named by their hash, listed with count and size (no hash of their own), and availability follows its service', async () => {
    const { out, manifest } = await build('hashed');
    const partitions = manifest.partitions!;
    for (const link of [...partitions.services, ...(partitions.availability ?? [])]) {
      const bytes = await readFile(join(out, link.url));
      const digest = createHash('sha256').update(bytes).digest();
      assert.equal(link.hash, undefined, 'the name carries the hash');
      assert.equal(link.bytes, bytes.length, link.url);
      assert.match(link.url, new RegExp(`^(services|availability)/[^/]+\\.${digest.toString('hex').slice(0, 8)}\\.json$`));
    }
    const observations = AVAILABILITY as { service_id: string }[];
    const availability = partitions.availability ?? [];
    assert.ok(availability.length > 0);
    for (const link of availability) {
      const cards = await readJson<Service[]>(join(out, partitions.services.find((partition) => partition.id === link.id)!.url));
      const inPartition = await readJson<{ service_id: string }[]>(join(out, link.url));
      assert.deepEqual(inPartition, observations.filter((observation) => cards.some((card) => card.id === observation.service_id)));
    }
    assert.equal((await runCli(['validate', out])).code, 0);
  });

  test('partition files and detail shards are written without indentation: a phone decodes, hashes and parses every byte', async () => {
    const { out, manifest } = await build('compact');
    const partitions = manifest.partitions!;
    const details = (await filesUnder(join(out, partitions.details.url))).filter((file) => file.endsWith('.json'));
    const files = [...partitions.services, ...(partitions.availability ?? []), ...(partitions.areas ?? [])].map((link) => join(out, link.url));
    assert.ok(details.length > 0 && files.length > 0);
    for (const path of [...files, ...details.map((file) => join(out, partitions.details.url, file))]) {
      const text = await readFile(path, 'utf8');
      assert.equal(text, `${JSON.stringify(JSON.parse(text))}\n`, path);
    }
    // The full datasets stay indented, for people who read them.
    assert.match(await readFile(join(out, 'services.json'), 'utf8'), /^\[\n {2}\{/);
  });

  test('the manifest lists each partition file on one line, and stays readable around them', async () => {
    const { out, manifest } = await build('manifest-lines');
    const text = await readFile(join(out, 'index.json'), 'utf8');
    const lines = text.split('\n');
    const links = [...manifest.partitions!.services, ...(manifest.partitions!.availability ?? []), ...(manifest.partitions!.areas ?? [])];
    assert.ok(links.length > 3);
    for (const link of links) assert.ok(lines.some((line) => line.trim().replace(/,$/, '') === JSON.stringify(link)), JSON.stringify(link));
    // Everything else as before: two-space indentation, one field per line.
    assert.match(text, /^\{\n {2}"contract_version": "1\.2\.0",\n/);
  });

  test('every file has .gz and .br copies with the same bytes, rebuilds are byte-identical, and build replaces its own output', async () => {
    const { out: one } = await build('one');
    const { out: two } = await build('two');
    const files = await filesUnder(one);
    assert.deepEqual(files, await filesUnder(two));
    const plain = files.filter((file) => file.endsWith('.json'));
    assert.ok(plain.some((file) => file.startsWith('services/')) && plain.includes('index.json') && plain.includes('services.json'));
    for (const file of plain) {
      const bytes = await readFile(join(one, file));
      assert.ok(gunzipSync(await readFile(join(one, `${file}.gz`))).equals(bytes), `${file}.gz`);
      assert.ok(brotliDecompressSync(await readFile(join(one, `${file}.br`))).equals(bytes), `${file}.br`);
    }
    assert.deepEqual(files.filter((file) => !file.endsWith('.json') && !file.endsWith('.gz') && !file.endsWith('.br')), ['.wijkwijzer-feed']);
    for (const file of files) assert.ok((await readFile(join(one, file))).equals(await readFile(join(two, file))), `${file} differs`);
    // A second build into the same folder replaces the 1.1 feed it wrote, partition folders included.
    const again = await runCli(['build', source, '--out', one, '--partition-by', 'wijk']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await readJson<Manifest>(join(one, 'index.json'))).partitions?.by, 'wijk');
  });

  test('areas are split too: a frame of the areas in no gemeente, and a file per gemeente with the areas inside it', async () => {
    const areas = [
      ...AREAS,
      { id: 'bu-centrum-oost', name: 'Centrum-Oost', kind: 'buurt', parent_ids: ['wk-centrum'] },
      // On the border: inside both gemeenten, so in both files.
      { id: 'kern-grens', name: 'Grens', kind: 'kern', parent_ids: ['gm-testdorp', 'gm-ander'] },
      { id: 'werkgebied-west', name: 'Zorg West', kind: 'werkgebied', parent_ids: ['regio-test'] },
    ];
    const withAreas = await writeSource(join(work, 'source-areas'), { 'areas.json': areas, 'organizations.json': ORGANIZATIONS, 'services/a.json': SERVICES, 'services/b.json': [] });
    const out = join(work, 'areas');
    const run = await runCli(['build', withAreas, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const links = (await readJson<Manifest>(join(out, 'index.json'))).partitions?.areas ?? [];
    assert.deepEqual(
      links.map(({ id, scope, area_ids }) => ({ id, scope, area_ids })),
      [
        { id: 'shared-areas', scope: 'shared', area_ids: [] },
        { id: 'gm-ander', scope: 'local', area_ids: ['gm-ander'] },
        { id: 'gm-testdorp', scope: 'local', area_ids: ['gm-testdorp'] },
      ],
    );
    const full = await readJson<{ id: string }[]>(join(out, 'areas.json'));
    const contents: Record<string, string[]> = {};
    for (const link of links) {
      const bytes = await readFile(join(out, link.url));
      const digest = createHash('sha256').update(bytes).digest();
      assert.match(link.url, new RegExp(`^areas/${link.id}\\.${digest.toString('hex').slice(0, 8)}\\.json$`));
      assert.equal(link.hash, undefined, 'the name carries the hash');
      assert.ok(brotliDecompressSync(await readFile(join(out, `${link.url}.br`))).equals(bytes), `${link.url}.br`);
      const records = JSON.parse(bytes.toString('utf8')) as { id: string }[];
      assert.equal(records.length, link.count);
      // The records themselves, as in areas.json.
      for (const record of records) assert.deepEqual(record, full.find((candidate) => candidate.id === record.id));
      contents[link.id] = records.map((record) => record.id);
    }
    assert.deepEqual(contents, {
      'shared-areas': ['gm-ander', 'gm-testdorp', 'regio-test', 'sr-west', 'werkgebied-west'],
      'gm-ander': ['kern-grens'],
      'gm-testdorp': ['bu-centrum-oost', 'kern-grens', 'wk-centrum'],
    });
    assert.equal((await runCli(['validate', out])).code, 0);
  });

  test('--partition-by wijk: wijk services are local, gemeente services shared by their gemeente', async () => {
    const { manifest } = await build('by-wijk', ['--partition-by', 'wijk']);
    const shape = manifest.partitions!.services.map(({ id, scope, area_ids, count }) => ({ id, scope, area_ids, count }));
    assert.deepEqual(shape, [
      { id: 'shared-gm-ander', scope: 'shared', area_ids: ['gm-ander'], count: 2 },
      { id: 'shared-gm-testdorp', scope: 'shared', area_ids: ['gm-testdorp'], count: 1 },
      { id: 'shared-nl', scope: 'shared', area_ids: [], count: 1 },
      { id: 'shared-sr-west', scope: 'shared', area_ids: ['sr-west'], count: 1 },
      { id: 'wk-centrum', scope: 'local', area_ids: ['wk-centrum'], count: 1 },
    ]);
    const refused = await runCli(['build', source, '--out', join(work, 'by-buurt'), '--partition-by', 'buurt']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--partition-by takes gemeente or wijk, not 'buurt'/);
  });
});
