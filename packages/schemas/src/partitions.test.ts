import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTRACT_VERSION, DATASET_NAMES, Manifest, NAME_HASH_DIGITS, Service, detailShardFile, detailShardOf, hashInName, hashMatches, serviceCard, validateRecord, validateWith, type Service as ServiceType } from './index.js';
import { contentHash } from './dataset-files.js';
import * as records from './records/compact.js';
import { PARTITION, manifestLinking, withPartitions } from './test-support/bad-records.js';
import { readSampleSource } from './test-support/sample.js';

test('contract 1.1: a manifest with partitions validates, and a 1.0 manifest without them still does', () => {
  assert.equal(CONTRACT_VERSION, '1.2.0');
  const partitioned = withPartitions({
    services: [PARTITION, { ...PARTITION, id: 'shared-nl', scope: 'shared', area_ids: [], bytes: 120 }],
    availability: [{ ...PARTITION, url: 'availability/gm-utrecht.0a1b2c3d.json', count: 0 }],
    details: { url: 'details/0a1b2c3d/', shards: 4688, count: 300_000 },
  });
  const result = validateWith(Manifest, partitioned);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  assert.equal(result.value.partitions?.services[1]?.scope, 'shared');
  assert.deepEqual(result.value.partitions?.details, { url: 'details/0a1b2c3d/', shards: 4688, count: 300_000 });
  // A 1.0 feed: no partitions, the older version number. Both validators take it.
  const older = manifestLinking('services.json');
  assert.equal(older.contract_version, '1.0.0');
  assert.ok(validateWith(Manifest, older).ok);
  assert.ok(records.validateManifest(older).ok);
  assert.ok(records.validateManifest(partitioned).ok);
});

test('contract 1.1: areas may come in partitions too, a frame for every page and one file per gemeente', () => {
  const frame = { ...PARTITION, id: 'shared-areas', scope: 'shared', area_ids: [], url: 'areas/shared-areas.0a1b2c3d.json' };
  const gemeente = { ...PARTITION, url: 'areas/gm-utrecht.0a1b2c3d.json' };
  const partitioned = withPartitions({ areas: [frame, gemeente] });
  for (const result of [validateWith(Manifest, partitioned), records.validateManifest(partitioned)]) {
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(
      result.value.partitions?.areas?.map((link) => link.id),
      ['shared-areas', 'gm-utrecht'],
    );
  }
  // The links are checked like the services partitions: a file not named by its content is refused.
  const unhashed = { ...gemeente, url: 'areas/gm-utrecht.json' };
  for (const result of [validateWith(Manifest, withPartitions({ areas: [unhashed] })), records.validateManifest(withPartitions({ areas: [unhashed] }))]) {
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.issues[0]?.path, 'partitions.areas.0.url');
  }
});

test('contract 1.1: a partition file is checked against the hash its name carries, not a hash in the manifest', async () => {
  const bytes = '[]\n';
  const actual = await contentHash(bytes); // sha256-jUIG… = hex 8d4206…
  const hex = Array.from(atob(actual.slice(7)), (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  assert.equal(NAME_HASH_DIGITS, 8);
  assert.equal(hashInName(`services/gm-utrecht.${hex.slice(0, 8)}.json`), hex.slice(0, 8));
  assert.equal(hashInName(`https://cdn.example.nl/feed/areas/shared-areas.${hex}.json`), hex, 'up to all 64 digits');
  for (const unnamed of ['services.json', 'details/0a1b2c3d/0042.json', 'services/gm-utrecht.0A1B2C3D.json', 'services/gm-utrecht.0a1b2c3.json']) {
    assert.equal(hashInName(unnamed), undefined, unnamed);
  }
  assert.ok(hashMatches(hex.slice(0, 8), actual));
  assert.ok(hashMatches(hex, actual));
  assert.ok(!hashMatches(`${hex.slice(0, 7)}${hex[7] === '0' ? '1' : '0'}`, actual), 'one digit off');
  // A full dataset's hash is compared whole.
  assert.ok(hashMatches(actual, actual));
  assert.ok(!hashMatches(`sha256-${'A'.repeat(43)}=`, actual));
  assert.equal(records.hashMatches, hashMatches, 'the records entry exports the same function');
});

test('detailShardOf is FNV-1a over the id, modulo the shard count, and refuses a shard count below 1', () => {
  // FNV-1a 32-bit of "" is the offset basis 0x811c9dc5, of "a" 0xe40c292c, of "foobar" 0xbf9cf968.
  assert.equal(detailShardOf('', 2 ** 32), 0x811c9dc5);
  assert.equal(detailShardOf('a', 2 ** 32), 0xe40c292c);
  assert.equal(detailShardOf('foobar', 2 ** 32), 0xbf9cf968);
  assert.equal(detailShardOf('foobar', 7), 0xbf9cf968 % 7);
  assert.equal(detailShardOf('svc-1', 1), 0);
  assert.equal(records.detailShardOf, detailShardOf, 'the records entry exports the same function');
  for (const bad of [0, -1, 1.5, Number.NaN]) assert.throws(() => detailShardOf('svc-1', bad), RangeError);
  // Spread: 1,000 ids over 8 shards, none empty or more than twice its share.
  const sizes = new Array<number>(8).fill(0);
  for (let index = 0; index < 1000; index++) sizes[detailShardOf(`svc-${index}`, 8)]!++;
  assert.ok(sizes.every((size) => size > 60 && size < 250), JSON.stringify(sizes));
});

test('detailShardFile pads the shard number to the width of the highest one', () => {
  assert.equal(detailShardFile(0, 1), '0.json');
  assert.equal(detailShardFile(7, 10), '7.json');
  assert.equal(detailShardFile(7, 11), '07.json');
  assert.equal(detailShardFile(42, 4688), '0042.json');
  assert.equal(detailShardFile(4687, 4688), '4687.json');
  assert.equal(records.detailShardFile, detailShardFile, 'the records entry exports the same function');
});

test('a card is a valid service that keeps what results need and leaves the rest to the full record', async () => {
  const source = await readSampleSource();
  assert.ok(DATASET_NAMES.includes('services'));
  for (const record of source.services) {
    const service = Service.parse(record);
    const card = serviceCard(service);
    assert.ok(validateRecord('services', card).ok, `card of ${service.id}`);
    assert.equal(card.name, service.name);
    assert.deepEqual(card.needs, service.needs);
    assert.deepEqual(card.service_areas, service.service_areas);
    assert.ok(JSON.stringify(card).length <= JSON.stringify(service).length);
  }
  const full: ServiceType = {
    id: 's', organization_id: 'o', name: 'N', status: 'active', summary_b1: 'Kort.', description: 'Lang verhaal.', needs: ['eenzaamheid'],
    application_process: 'Bel ons.', cost: 'gratis', phones: [{ number: '030 000 0101' }],
    service_at_locations: [{ id: 'sal', description: 'Op de eerste verdieping', location: {
      id: 'loc', name: 'Buurthuis', latitude: 52.09, longitude: 5.12, transportation: 'Bus 8', area_ids: ['wk-overvecht'],
      addresses: [{ address_1: 'Straat 1', city: 'Utrecht', postal_code: '3511 AB', country: 'NL' }],
    } }],
  };
  const card = serviceCard(full);
  assert.deepEqual(card, {
    id: 's', organization_id: 'o', name: 'N', summary_b1: 'Kort.', status: 'active', needs: ['eenzaamheid'], cost: 'gratis', phones: [{ number: '030 000 0101' }],
    service_at_locations: [{ id: 'sal', location: {
      id: 'loc', name: 'Buurthuis', latitude: 52.09, longitude: 5.12,
      addresses: [{ address_1: 'Straat 1', city: 'Utrecht', postal_code: '3511 AB', country: 'NL' }], area_ids: ['wk-overvecht'],
    } }],
  });
  // Without a B1 summary, the description stays so search still has the service's words.
  const { summary_b1: _summary, ...unsummarised } = full;
  assert.equal(serviceCard(unsummarised).description, 'Lang verhaal.');
  // Without needs too: search finds such a service by its words alone.
  const { needs: _needs, ...untagged } = full;
  assert.equal(serviceCard(untagged).description, 'Lang verhaal.');
});
