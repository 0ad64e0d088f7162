import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Schedule } from '@wijkwijzer/schemas';
import { createSearchIndex } from './search-index.js';
import type { SearchOptions } from './types.js';
import { AREAS, UTRECHT_CENTRE, at, service } from './fixtures.test.helper.js';

const WEEKDAY_OFFICE: Schedule[] = [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }];
const EVENINGS: Schedule[] = [{ byday: 'MO,TU,WE,TH,FR', opens_at: '19:00', closes_at: '22:00' }];

const SERVICES = [
  service('regio', { name: 'Hulplijn regio', service_areas: [{ area_id: 'regio-utrecht' }], audience: 'beide', cost: 'gratis', referral: 'geen' }),
  service('zuidoost', { name: 'Hulp Zuidoost', service_areas: [{ area_id: 'sub-zuidoost' }], audience: 'inwoner', cost: 'eigen-bijdrage', referral: 'huisarts' }),
  service('houten', { name: 'Hulp Houten', service_areas: [{ area_id: 'gm-houten' }], audience: 'professional', referral: 'buurtteam' }),
  service('stad', { name: 'Hulp Utrecht', service_areas: [{ area_id: 'gm-utrecht' }], cost: 'verzekerd', languages: [{ code: 'nl' }, { code: 'ar' }] }),
  service('overvecht', {
    name: 'Hulp Overvecht',
    ...at({ latitude: 52.1147, longitude: 5.1108 }, ['wk-overvecht']),
    schedules: WEEKDAY_OFFICE,
    needs: ['need-geldzorgen'],
    target_groups: ['tg-ouderen'],
    route_step: 'samen',
  }),
  service('zuilen', {
    name: 'Hulp Zuilen',
    service_at_locations: [
      { location: { latitude: 52.1075, longitude: 5.0953, area_ids: ['wk-zuilen'], languages: [{ code: 'tr' }] }, schedules: EVENINGS },
    ],
    route_step: 'formeel',
  }),
  service('nergens', { name: 'Hulp online', languages: [{ code: 'en-GB' }] }),
];
const index = createSearchIndex(SERVICES, [], { areas: AREAS });
const ids = (options: SearchOptions, query = ''): string[] => index.search(query, options).map((h) => h.service.id).sort();

test('area: a gemeente includes its wijken, and the regio and subregio services that cover it', () => {
  assert.deepEqual(ids({ area: 'gm-utrecht' }), ['overvecht', 'regio', 'stad', 'zuilen']);
});

test('area: a wijk includes services for the gemeente and regio above it, not its sibling wijk', () => {
  assert.deepEqual(ids({ area: 'wk-overvecht' }), ['overvecht', 'regio', 'stad']);
});

test('area: a subregio includes its gemeenten and the regio; several areas combine', () => {
  assert.deepEqual(ids({ area: 'sub-zuidoost' }), ['houten', 'regio', 'zuidoost']);
  assert.deepEqual(ids({ area: ['wk-zuilen', 'gm-houten'] }), ['houten', 'regio', 'stad', 'zuidoost', 'zuilen']);
});

test('area: the whole regio includes everything with an area, and text search respects it', () => {
  assert.deepEqual(ids({ area: 'regio-utrecht' }), ['houten', 'overvecht', 'regio', 'stad', 'zuidoost', 'zuilen']);
  assert.deepEqual(ids({ area: 'gm-houten' }, 'hulp houten'), ['houten', 'regio', 'zuidoost']);
});

test('need and target group filter by taxonomy ids', () => {
  assert.deepEqual(ids({ need: 'need-geldzorgen' }), ['overvecht']);
  assert.deepEqual(ids({ targetGroup: ['tg-ouderen', 'tg-jeugd'] }), ['overvecht']);
});

test('audience: residents see resident and shared services; professionals see everything', () => {
  assert.ok(!ids({ audience: 'inwoner' }).includes('houten'));
  assert.ok(ids({ audience: 'inwoner' }).includes('zuidoost'));
  assert.ok(ids({ audience: 'inwoner' }).includes('nergens'), 'no audience given: for everyone');
  assert.equal(ids({ audience: 'professional' }).length, SERVICES.length);
});

test('referral "geen": only services known to need no referral', () => {
  assert.deepEqual(ids({ referral: 'geen' }), ['regio']);
  assert.deepEqual(ids({ referral: ['geen', 'huisarts'] }), ['regio', 'zuidoost']);
});

test('cost: only free, or a list of accepted costs', () => {
  assert.deepEqual(ids({ cost: 'gratis' }), ['regio']);
  assert.deepEqual(ids({ cost: ['gratis', 'verzekerd'] }), ['regio', 'stad']);
});

test('route step filter', () => {
  assert.deepEqual(ids({ routeStep: 'samen' }), ['overvecht']);
});

test('language: of the service, its locations or its lines; region subtags count; Dutch by default', () => {
  assert.deepEqual(ids({ language: 'ar' }), ['stad']);
  assert.deepEqual(ids({ language: 'tr' }), ['zuilen']);
  assert.deepEqual(ids({ language: 'en' }), ['nergens']);
  assert.ok(ids({ language: 'nl' }).includes('houten'), 'a service without languages is in Dutch');
  assert.ok(!ids({ language: 'nl' }).includes('nergens'), 'a service that lists only English is not');
});

test('openNow: judged at the injected moment, on the service and on its locations', () => {
  const wednesdayNoon = new Date('2026-06-03T12:00:00+02:00');
  const wednesdayEvening = new Date('2026-06-03T20:00:00+02:00');
  assert.deepEqual(ids({ openNow: true, now: wednesdayNoon }), ['overvecht']);
  assert.deepEqual(ids({ openNow: true, now: wednesdayEvening }), ['zuilen']);
  assert.equal(ids({ openNow: false, now: wednesdayEvening }).length, SERVICES.length);
});

test('near: distance from the nearest location is reported and can limit the hits', () => {
  const hits = index.search('', { near: { point: UTRECHT_CENTRE } });
  const overvecht = hits.find((h) => h.service.id === 'overvecht');
  assert.ok(overvecht?.distanceKm !== undefined && overvecht.distanceKm > 2 && overvecht.distanceKm < 4);
  assert.equal(hits.length, SERVICES.length, 'without withinKm nothing is dropped');
  assert.deepEqual(ids({ near: { point: UTRECHT_CENTRE, withinKm: 3 } }), ['overvecht', 'zuilen']);
  assert.deepEqual(ids({ near: { point: UTRECHT_CENTRE, withinKm: 2.7 } }), ['zuilen']);
});

test('filters combine', () => {
  assert.deepEqual(ids({ area: 'gm-utrecht', openNow: true, now: new Date('2026-06-03T12:00:00+02:00'), routeStep: 'samen' }), ['overvecht']);
  assert.deepEqual(ids({ area: 'gm-houten', cost: 'verzekerd' }), []);
});
