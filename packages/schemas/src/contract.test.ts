import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CONTRACT_VERSION,
  DATASET_NAMES,
  checkContractVersion,
  findDanglingReferences,
  validateRecord,
  validateWith,
  Manifest,
} from './index.js';
import { BAD_RECORDS, VALID_SERVICE, WAIT_FIGURE, manifestLinking } from './test-support/bad-records.js';
import { readSampleSource } from './test-support/sample.js';

test('every crafted bad record is rejected with the path of the mistake and words that explain it', () => {
  for (const { dataset, record, path, words } of BAD_RECORDS) {
    const result = validateRecord(dataset, record);
    assert.equal(result.ok, false, `${dataset} ${path} should be rejected`);
    if (result.ok) continue;
    const issue = result.issues.find((candidate) => candidate.path === path);
    assert.ok(issue, `${dataset}: expected an issue at ${path}, got ${JSON.stringify(result.issues)}`);
    assert.match(issue.message, words, `${dataset} ${path}: ${issue.message}`);
  }
});

test('unknown extra fields are tolerated and kept (forward compatibility)', () => {
  const result = validateRecord('services', { ...VALID_SERVICE, x_future_field: { nested: true } });
  assert.ok(result.ok);
  assert.deepEqual((result.value as Record<string, unknown>).x_future_field, { nested: true });
});

test('a valid service round-trips unchanged', () => {
  const result = validateRecord('services', VALID_SERVICE);
  assert.ok(result.ok);
  assert.deepEqual(result.value, VALID_SERVICE);
});

test('a nested eligibility rule (GLI: BMI >= 30, or >= 25 with a risk) is accepted', () => {
  const result = validateRecord('pathways', {
    id: 'gli', name: 'GLI', aim: 'A', summary_b1: 'S', target_group: 'T', entry_points: [], sources: [],
    last_reviewed: '2026-01-01', steps: [{ id: 's1', title: 'T', description_b1: 'D', roles: [] }],
    eligibility: {
      description: 'BMI',
      rule: {
        type: 'any',
        rules: [
          { type: 'range', field: 'bmi', min: 30 },
          {
            type: 'all',
            rules: [
              { type: 'range', field: 'bmi', min: 25 },
              { type: 'any', rules: [{ type: 'range', field: 'waist_cm', min: 102, sex: 'man' }, { type: 'condition', condition: 'dm2', label: 'Diabetes type 2' }] },
            ],
          },
        ],
      },
    },
  });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
});

test('contract versions: same major is read, a newer or older major is refused', () => {
  assert.deepEqual(checkContractVersion(CONTRACT_VERSION), { compatible: true });
  assert.deepEqual(checkContractVersion('1.9.3'), { compatible: true });
  assert.deepEqual(checkContractVersion('2.0.0'), { compatible: false, reason: 'newer-major' });
  assert.deepEqual(checkContractVersion('0.9.0'), { compatible: false, reason: 'older-major' });
  assert.deepEqual(checkContractVersion('v1'), { compatible: false, reason: 'malformed' });
});

test('a manifest refuses a javascript: dataset link but takes relative and https links', () => {
  assert.ok(validateWith(Manifest, manifestLinking('services.json')).ok);
  assert.ok(validateWith(Manifest, manifestLinking('https://cdn.example.org/feed/services.json')).ok);
  const refused = validateWith(Manifest, manifestLinking('javascript:alert(1)'));
  assert.ok(!refused.ok && refused.issues.some((issue) => issue.path === 'datasets.services.url'));
});

test('a dataset link written //host or \\\\host is not relative: it names another host and is refused', () => {
  for (const url of ['../shared/services.json', '/feed/services.json']) {
    assert.ok(validateWith(Manifest, manifestLinking(url)).ok, url);
  }
  for (const url of ['//cdn.example.org/services.json', '\\\\cdn.example.org\\services.json', '/\\cdn.example.org/services.json', ' //cdn.example.org/x']) {
    const result = validateWith(Manifest, manifestLinking(url));
    assert.ok(!result.ok && result.issues[0]?.path === 'datasets.services.url', url);
    assert.match(!result.ok ? (result.issues[0]?.message ?? '') : '', /not \/\/host/);
  }
});

test('contract versions: build metadata is semver and accepted; leading zeros and pre-releases are not', () => {
  assert.ok(validateWith(Manifest, { ...manifestLinking('services.json'), contract_version: '1.0.0+build' }).ok);
  assert.deepEqual(checkContractVersion('1.0.0+build.7'), { compatible: true });
  for (const version of ['01.0.0', '1.0.0-evil', '1.0.0+', '1.0']) {
    const result = validateWith(Manifest, { ...manifestLinking('services.json'), contract_version: version });
    assert.ok(!result.ok && result.issues[0]?.path === 'contract_version', version);
    assert.deepEqual(checkContractVersion(version), { compatible: false, reason: 'malformed' }, version);
  }
});

test('dangling references are found, links into unpublished datasets are not', () => {
  const services = [{ ...VALID_SERVICE, needs: ['need-missing'] }];
  const dangling = findDanglingReferences({
    services,
    organizations: [{ id: 'org-1', name: 'Org', description: 'D' }],
    taxonomy: [],
  });
  assert.deepEqual(dangling, [
    { dataset: 'services', id: 'svc-1', path: 'needs', target: 'taxonomy', missingId: 'need-missing' },
  ]);
  assert.deepEqual(findDanglingReferences({ services }), []);
});

test('every record of the sample region passes the contract, and its links resolve', async () => {
  const source = await readSampleSource();
  const valid: Record<string, unknown[]> = {};
  for (const dataset of DATASET_NAMES) {
    assert.ok(source[dataset].length > 0, `${dataset} has records`);
    valid[dataset] = source[dataset].map((record) => {
      const result = validateRecord(dataset, record);
      assert.ok(result.ok, `${dataset}: ${JSON.stringify(record).slice(0, 80)} → ${JSON.stringify(!result.ok && result.issues)}`);
      return result.value;
    });
  }
  assert.deepEqual(findDanglingReferences(valid), []);
});

test('contract 1.2: how a wait was measured, working days, a norm with a target, a place with its own phones and hours', () => {
  const figure = { ...WAIT_FIGURE, method: 'gemiddelde-gerealiseerd', period_months: 2, diagnosis_group: 'angst', location_id: 'loc-zeist' };
  assert.ok(validateRecord('availability', figure).ok);
  assert.ok(validateRecord('availability', { ...WAIT_FIGURE, value: 2, unit: 'werkdagen', method: 'derde-vrije-plek' }).ok);
  const huisarts = { id: 'treeknorm-huisarts', name: 'Huisarts', sector: 'huisarts', metric: 'aanmeldwachttijd', unit: 'werkdagen', version: '2024', source: { name: 'ZN' } };
  assert.ok(validateRecord('norms', { ...huisarts, max_value: 3, target: { share_percent: 80, value: 2 } }).ok);
  assert.ok(validateRecord('norms', { ...huisarts, target: { share_percent: 80, value: 2, source: { name: 'NHG' } } }).ok);
  const place = { id: 'loc-zeist', name: 'Zeist', phones: [{ number: '030 123 4567' }], schedules: [{ freq: 'MONTHLY', byday: '3TH,-1FR', opens_at: '09:00', closes_at: '12:00' }] };
  assert.ok(validateRecord('services', { ...VALID_SERVICE, service_at_locations: [{ location: place }] }).ok);
});

test('contract 1.2: an area may have an outline, a GeoJSON Polygon or MultiPolygon in WGS84', () => {
  const ring = [[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]];
  const area = { id: 'gm-x', name: 'X', kind: 'gemeente' };
  assert.ok(validateRecord('areas', { ...area, geometry: { type: 'Polygon', coordinates: [ring] } }).ok);
  assert.ok(validateRecord('areas', { ...area, geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] } }).ok);
  assert.equal(validateRecord('areas', { ...area, geometry: { type: 'Point', coordinates: [5.1, 52.1] } }).ok, false);
  assert.equal(validateRecord('areas', { ...area, geometry: { type: 'Polygon', coordinates: [ring.slice(1)] } }).ok, false);
});

test('contract 1.2: a pathway may say its status in an area is not known', () => {
  const pathway = {
    id: 'p', name: 'P', aim: 'A', summary_b1: 'S', target_group: 'T', entry_points: [], sources: [], last_reviewed: '2026-01-01',
    steps: [{ id: 's1', title: 'T', description_b1: 'D', roles: [] }],
    implementation: [{ area_id: 'gm-x', status: 'onbekend' }],
  };
  assert.ok(validateRecord('pathways', pathway).ok);
});

test('a figure for one place names a place of its own service', () => {
  const services = [{ ...VALID_SERVICE, id: 'svc-1', service_at_locations: [{ location: { id: 'loc-zeist', name: 'Zeist' } }] }];
  const at = (location_id: string) => ({ ...WAIT_FIGURE, service_id: 'svc-1', location_id });
  assert.deepEqual(findDanglingReferences({ services, availability: [at('loc-zeist')] }), []);
  assert.deepEqual(findDanglingReferences({ services, availability: [at('loc-elders')] }), [
    { dataset: 'availability', id: 'obs-w', path: 'location_id', target: 'locations', owner: 'svc-1', missingId: 'loc-elders' },
  ]);
});
