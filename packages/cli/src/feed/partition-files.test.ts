import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detailShardOf, type Area, type AvailabilityObservation, type Service } from '@wijkwijzer/schemas';
import { PART_SIZE, SPLIT_PART_SIZE, partitionFeed } from './partition-files.js';

const AREAS: Area[] = [
  { id: 'regio', name: 'Regio', kind: 'regio' },
  { id: 'gm-stad', name: 'Grote Stad', kind: 'gemeente', parent_ids: ['regio'] },
  { id: 'gm-dorp', name: 'Klein Dorp', kind: 'gemeente', parent_ids: ['regio'] },
];

const service = (id: string, area: string): Service => ({
  id, organization_id: 'org', name: `Dienst ${id}`, status: 'active', service_areas: [{ area_id: area }],
});
const observation = (serviceId: string): AvailabilityObservation => ({
  id: `obs-${serviceId}`, service_id: serviceId, metric: 'aanmeldwachttijd', value: 2, unit: 'weken', reference_date: '2026-11-02',
  refresh_interval_days: 30, source: { name: 'Testbron' },
});

test('a partition that fits one file stays whole, however many parts it could make', () => {
  const services = Array.from({ length: PART_SIZE }, (_, index) => service(`svc-dorp-${String(index).padStart(5, '0')}`, 'gm-dorp'));
  assert.ok(services.length > SPLIT_PART_SIZE);
  const { partitions } = partitionFeed({ services, areas: AREAS, organizations: [], availability: [], by: 'gemeente', deriveGemeenten: false });
  assert.deepEqual(partitions.services.map((link) => link.id), ['gm-dorp']);
});

test('a partition of more than PART_SIZE services is written in smaller parts, each service and its figures in one', () => {
  // 1,100 services: three parts of at most SPLIT_PART_SIZE.
  const big = Array.from({ length: PART_SIZE + 100 }, (_, index) => service(`svc-stad-${String(index).padStart(5, '0')}`, 'gm-stad'));
  assert.equal(Math.ceil(big.length / SPLIT_PART_SIZE), 3);
  const small = [service('svc-dorp-1', 'gm-dorp'), service('svc-dorp-2', 'gm-dorp')];
  const services = [...big, ...small].sort((a, b) => a.id.localeCompare(b.id));
  const availability = [observation('svc-stad-00007'), observation('svc-stad-00890'), observation('svc-dorp-1')];
  const { partitions, files } = partitionFeed({ services, areas: AREAS, organizations: [], availability, by: 'gemeente', deriveGemeenten: false });

  const cardsIn = (url: string): Service[] => JSON.parse(files.get(url)!.toString('utf8')) as Service[];
  const stad = partitions.services.filter((link) => link.area_ids.includes('gm-stad'));
  assert.deepEqual(stad.map((link) => link.id), ['gm-stad.1', 'gm-stad.2', 'gm-stad.3']);
  for (const [index, link] of stad.entries()) {
    assert.equal(link.scope, 'local');
    assert.deepEqual(link.area_ids, ['gm-stad']);
    const cards = cardsIn(link.url);
    assert.equal(cards.length, link.count);
    for (const card of cards) assert.equal(detailShardOf(card.id, 3), index, `${card.id} is in the part its id names`);
  }
  const seen = stad.flatMap((link) => cardsIn(link.url).map((card) => card.id)).sort();
  assert.deepEqual(seen, big.map((each) => each.id), 'every service of the city once');

  // A small gemeente stays one file; figures go to the part of their service.
  assert.deepEqual(partitions.services.filter((link) => link.area_ids.includes('gm-dorp')).map((link) => link.id), ['gm-dorp']);
  const figures = Object.fromEntries(
    (partitions.availability ?? []).map((link) => [link.id, (JSON.parse(files.get(link.url)!.toString('utf8')) as AvailabilityObservation[]).map((each) => each.service_id)]),
  );
  const partOf = (serviceId: string): string => `gm-stad.${detailShardOf(serviceId, 3) + 1}`;
  assert.notEqual(partOf('svc-stad-00007'), partOf('svc-stad-00890'), 'the two figures fall in different parts');
  assert.deepEqual(figures, { 'gm-dorp': ['svc-dorp-1'], [partOf('svc-stad-00007')]: ['svc-stad-00007'], [partOf('svc-stad-00890')]: ['svc-stad-00890'] });
});

test('each card carries its organisation\'s name, so a page finds a service by its provider without the organisations', () => {
  const services = [service('svc-1', 'gm-dorp'), { ...service('svc-2', 'gm-dorp'), organization_id: 'onbekend' }];
  const { partitions, files } = partitionFeed({
    services,
    areas: AREAS,
    organizations: [{ id: 'org', name: 'Bewindvoering Klein Dorp', description: 'Beschermingsbewind.' }],
    availability: [],
    by: 'gemeente',
    deriveGemeenten: false,
  });
  const link = partitions.services.find((each) => each.id === 'gm-dorp')!;
  const cards = JSON.parse(files.get(link.url)!.toString('utf8')) as Service[];
  assert.deepEqual(cards.map((card) => [card.id, card.organization_name]), [['svc-1', 'Bewindvoering Klein Dorp'], ['svc-2', undefined]]);
});
