import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from './distance.js';

const utrechtCentraal = { latitude: 52.0894, longitude: 5.1101 };
const amersfoortCentraal = { latitude: 52.1535, longitude: 5.3727 };
const groningen = { latitude: 53.2194, longitude: 6.5665 };

test('Utrecht Centraal to Amersfoort Centraal is about 20 km', () => {
  const km = distanceKm(utrechtCentraal, amersfoortCentraal);
  assert.ok(Math.abs(km - 20) <= 1, `got ${km}`);
});

test('a point is zero kilometres from itself', () => {
  assert.equal(distanceKm(utrechtCentraal, utrechtCentraal), 0);
  assert.equal(distanceKm(utrechtCentraal, { ...utrechtCentraal }), 0);
});

test('distance is the same in both directions', () => {
  assert.equal(distanceKm(utrechtCentraal, amersfoortCentraal), distanceKm(amersfoortCentraal, utrechtCentraal));
  assert.ok(Math.abs(distanceKm(utrechtCentraal, groningen) - distanceKm(groningen, utrechtCentraal)) < 1e-9);
});

test('a longer trip: Utrecht to Groningen is about 165 km in a straight line', () => {
  const km = distanceKm(utrechtCentraal, groningen);
  assert.ok(km > 155 && km < 175, `got ${km}`);
});
