import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStaticGeocoder, normalizePostcode, parsePostcode } from './geocoder.js';

test('normalizePostcode writes a full postcode as "1234 AB"', () => {
  assert.equal(normalizePostcode('3511ab'), '3511 AB');
  assert.equal(normalizePostcode(' 3511 AB '), '3511 AB');
  assert.equal(normalizePostcode('3511  ab'), '3511 AB');
});

test('normalizePostcode refuses what is not a postcode', () => {
  for (const input of ['', '3511', '0511 AB', '351 AB', '35111 AB', '3511 A', '3511 ABC', 'AB 3511', '3511 SS', '3511-AB']) {
    assert.equal(normalizePostcode(input), undefined, input);
  }
});

test('parsePostcode accepts a bare PC4 area', () => {
  assert.deepEqual(parsePostcode('3511'), { pc4: '3511' });
  assert.deepEqual(parsePostcode('3511ab'), { pc4: '3511', pc6: '3511 AB' });
});

const utrecht = { latitude: 52.0907, longitude: 5.1214 };
const domplein = { latitude: 52.0908, longitude: 5.1222 };
const geocoder = createStaticGeocoder({ '3511': utrecht, '3512jc': domplein });

test('the static geocoder finds PC6 rows first and falls back to PC4', async () => {
  assert.deepEqual(await geocoder.geocodePostcode('3512 JC'), domplein);
  assert.equal(await geocoder.geocodePostcode('3512 AB'), undefined);
  assert.deepEqual(await geocoder.geocodePostcode('3511 ZZ'), utrecht);
  assert.deepEqual(await geocoder.geocodePostcode('3511'), utrecht);
});

test('unknown or malformed postcodes resolve to undefined', async () => {
  assert.equal(await geocoder.geocodePostcode('9999 ZZ'), undefined);
  assert.equal(await geocoder.geocodePostcode('hallo'), undefined);
});

test('results are copies, and a bad table key is reported', async () => {
  const found = await geocoder.geocodePostcode('3511');
  assert.ok(found);
  found.latitude = 0;
  assert.deepEqual(await geocoder.geocodePostcode('3511'), utrecht);
  assert.throws(() => createStaticGeocoder({ Utrecht: utrecht }), /Utrecht/);
});

test('an aborted signal rejects the lookup', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(geocoder.geocodePostcode('3511', { signal: controller.signal }), { name: 'AbortError' });
});
