import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Service } from '@wijkwijzer/schemas';
import { hasPlace, nearestFirst, serviceDistanceKm, withinRadius } from './nearby.js';

const domplein = { latitude: 52.0908, longitude: 5.1222 };

function service(id: string, places: { latitude?: number; longitude?: number; location_type?: 'physical' | 'virtual' }[]): { service: Service } {
  return {
    service: {
      id,
      name: id,
      organization_id: 'org',
      status: 'active',
      service_at_locations: places.map((place) => ({ location: place })),
    } as Service,
  };
}

// About 1.1 km, 3.9 km and 20 km from the Domplein.
const griftpark = service('griftpark', [{ latitude: 52.0975, longitude: 5.1345 }]);
const overvecht = service('overvecht', [{ latitude: 52.125, longitude: 5.115 }]);
const amersfoort = service('amersfoort', [{ latitude: 52.1535, longitude: 5.3727 }]);
const online = service('online', []);
const unlocated = service('unlocated', [{}]);
const twoPlaces = service('two-places', [{ latitude: 52.1535, longitude: 5.3727 }, { latitude: 52.0975, longitude: 5.1345 }]);

test('a service is as far as its nearest place with coordinates', () => {
  const km = serviceDistanceKm(griftpark.service, domplein);
  assert.ok(km !== undefined && km > 0.8 && km < 1.4, `got ${km}`);
  assert.equal(serviceDistanceKm(twoPlaces.service, domplein), km);
  assert.equal(serviceDistanceKm(online.service, domplein), undefined);
  assert.equal(serviceDistanceKm(unlocated.service, domplein), undefined);
});

test('nearest first; services without a located place last, in their order', () => {
  const order = nearestFirst([online, amersfoort, unlocated, overvecht, griftpark], domplein).map(({ service }) => service.id);
  assert.deepEqual(order, ['griftpark', 'overvecht', 'amersfoort', 'online', 'unlocated']);
});

test('a radius keeps what lies within it and what has no located place', () => {
  const kept = (km: number) => withinRadius([amersfoort, online, overvecht, griftpark, unlocated], domplein, km).map(({ service }) => service.id);
  assert.deepEqual(kept(1), ['online', 'unlocated']);
  assert.deepEqual(kept(3), ['online', 'griftpark', 'unlocated']);
  assert.deepEqual(kept(5), ['online', 'overvecht', 'griftpark', 'unlocated']);
  assert.deepEqual(kept(50), ['amersfoort', 'online', 'overvecht', 'griftpark', 'unlocated']);
});

test('a service without a place, or only an online one, has no place to go to', () => {
  assert.equal(hasPlace(online.service), false);
  assert.equal(hasPlace(service('web', [{ location_type: 'virtual' }]).service), false);
  assert.equal(hasPlace(unlocated.service), true);
  assert.equal(hasPlace(griftpark.service), true);
});
