import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PostcodeArea } from '@wijkwijzer/schemas';
import { createPostcodeGeocoder, locatePostcode } from './postcodes.js';

const postcodes: PostcodeArea[] = [
  { id: '3511', centroid: { latitude: 52.0907, longitude: 5.1214 }, area_ids: ['wk-utrecht-binnenstad', 'gm-utrecht'] },
  { id: '3563', centroid: { latitude: 52.117, longitude: 5.113 } },
];

test('a PC4 or a full postcode finds its postcode area, with the areas it lies in', () => {
  const binnenstad = { pc4: '3511', point: { latitude: 52.0907, longitude: 5.1214 }, areaIds: ['wk-utrecht-binnenstad', 'gm-utrecht'] };
  assert.deepEqual(locatePostcode(postcodes, '3511'), binnenstad);
  assert.deepEqual(locatePostcode(postcodes, ' 3511 ab '), binnenstad);
  assert.deepEqual(locatePostcode(postcodes, '3563XK')?.areaIds, []);
});

test('an unknown or malformed postcode finds nothing', () => {
  for (const input of ['9999', '3511 SS', 'Utrecht', '', '0351']) assert.equal(locatePostcode(postcodes, input), undefined, input);
});

test('the geocoder reads the dataset at its first real lookup only, and once per lookup', async () => {
  let loads = 0;
  const geocoder = createPostcodeGeocoder(async () => {
    loads += 1;
    return postcodes;
  });
  assert.equal(loads, 0);
  assert.equal(await geocoder.geocodePostcode('hallo'), undefined);
  assert.equal(loads, 0, 'a malformed postcode loads nothing');
  assert.deepEqual(await geocoder.geocodePostcode('3563'), { latitude: 52.117, longitude: 5.113 });
  assert.equal(await geocoder.geocodePostcode('1234'), undefined);
  assert.equal(loads, 2);
});
