import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Area } from '@wijkwijzer/schemas';
import { areaHint, resolveArea, simplifyName, type AreaRequest } from './resolve-area.js';

const AREAS: Area[] = [
  { id: 'gm-utrecht', name: 'Utrecht', kind: 'gemeente' },
  { id: 'gm-de-bilt', name: 'De Bilt', kind: 'gemeente' },
  { id: 'gm-sudwest-fryslan', name: 'Súdwest-Fryslân', kind: 'gemeente' },
  { id: 'wk-utrecht-overvecht', name: 'Overvecht (Utrecht)', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'wk-utrecht-vleuten-de-meern', name: 'Vleuten-De Meern (Utrecht)', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'wk-de-bilt-centrum', name: 'Centrum (De Bilt)', kind: 'wijk', parent_ids: ['gm-de-bilt'] },
  { id: 'wk-utrecht-centrum', name: 'Centrum (Utrecht)', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'kern-bilthoven', name: 'Bilthoven', kind: 'kern', parent_ids: ['gm-de-bilt'] },
];

/** The id found, `?<asked>` for an unknown area, `-` when nothing was asked. */
const id = (request: AreaRequest): string => {
  const found = resolveArea(AREAS, request);
  return found.kind === 'found' ? found.area.id : found.kind === 'unknown' ? `?${found.asked}` : '-';
};

describe('resolveArea', () => {
  test('a gemeente by name, whatever its case, accents and punctuation, or by id', () => {
    assert.equal(simplifyName('  Vleuten-De Méern '), 'vleuten de meern');
    assert.equal(id({ gemeente: 'utrecht' }), 'gm-utrecht');
    assert.equal(id({ gemeente: 'DE BILT' }), 'gm-de-bilt');
    assert.equal(id({ gemeente: 'Sudwest Fryslan' }), 'gm-sudwest-fryslan');
    assert.equal(id({ gemeente: 'SÚDWEST-FRYSLÂN' }), 'gm-sudwest-fryslan');
    assert.equal(id({ gemeente: 'gm-de-bilt' }), 'gm-de-bilt');
  });

  test('a wijk within its gemeente, by name without the gemeente in brackets, or by id', () => {
    assert.equal(id({ gemeente: 'utrecht', wijk: 'overvecht' }), 'wk-utrecht-overvecht');
    assert.equal(id({ gemeente: 'De Bilt', wijk: 'Centrum' }), 'wk-de-bilt-centrum');
    assert.equal(id({ gemeente: 'Utrecht', wijk: 'centrum' }), 'wk-utrecht-centrum');
    assert.equal(id({ wijk: 'Vleuten De Meern' }), 'wk-utrecht-vleuten-de-meern');
    assert.equal(id({ gemeente: 'Utrecht', wijk: 'wk-utrecht-overvecht' }), 'wk-utrecht-overvecht');
  });

  test('an unknown wijk falls back to its gemeente and says which wijk was not found', () => {
    assert.deepEqual(resolveArea(AREAS, { gemeente: 'utrecht', wijk: 'Nergens' }), {
      kind: 'found',
      area: AREAS[0],
      unknownWijk: 'Nergens',
    });
    assert.equal(id({ wijk: 'Nergens' }), '?Nergens');
  });

  test('an unknown gemeente or area id is reported as asked; nothing asked is none', () => {
    assert.equal(id({ gemeente: 'Atlantis' }), '?Atlantis');
    assert.equal(id({ gemeente: 'Atlantis', wijk: 'Overvecht' }), 'wk-utrecht-overvecht');
    assert.equal(id({ area: 'nope' }), '?nope');
    assert.equal(id({}), '-');
    assert.equal(id({ gemeente: '  ', wijk: '' }), '-');
  });

  test('an area id wins over gemeente and wijk', () => {
    assert.equal(id({ area: 'kern-bilthoven', gemeente: 'utrecht', wijk: 'overvecht' }), 'kern-bilthoven');
    assert.equal(id({ area: ' kern-bilthoven ' }), 'kern-bilthoven');
  });
});

describe('areaHint', () => {
  test('the area id, else the gemeente as an id, else the id its name gives', () => {
    assert.equal(areaHint({ area: 'wk-utrecht-overvecht', gemeente: 'De Bilt' }), 'wk-utrecht-overvecht');
    assert.equal(areaHint({ gemeente: 'syn-gm-014' }), 'syn-gm-014');
    assert.equal(areaHint({ gemeente: 'Súdwest-Fryslân', wijk: 'Centrum' }), 'gm-sudwest-fryslan');
    assert.equal(areaHint({ wijk: 'Overvecht' }), undefined);
    assert.equal(areaHint({}), undefined);
  });
});
