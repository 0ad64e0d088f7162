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
  type DatasetName,
} from './index.js';
import { readSampleSource } from './test-support/sample.js';

const validService = {
  id: 'svc-1',
  organization_id: 'org-1',
  name: 'Maatjesproject Overvecht',
  status: 'active' as const,
  route_step: 'informeel' as const,
  phones: [{ number: '030 000 0101' }],
};

/** Crafted bad records and the path the report must point at. */
const BAD_RECORDS: { dataset: DatasetName; record: unknown; path: string; words: RegExp }[] = [
  { dataset: 'services', record: { ...validService, url: 'javascript:alert(1)' }, path: 'url', words: /url/ },
  { dataset: 'services', record: { ...validService, phones: [{ number: 'bel ons' }] }, path: 'phones.0.number', words: /digits/ },
  { dataset: 'services', record: { ...validService, route_step: 'professioneel' }, path: 'route_step', words: /"zelf"/ },
  { dataset: 'services', record: { ...validService, minimum_age: 65, maximum_age: 18 }, path: 'minimum_age', words: /above/ },
  { dataset: 'services', record: { ...validService, name: '   ' }, path: 'name', words: /empty/ },
  { dataset: 'services', record: { ...validService, description: null }, path: 'description', words: /string/ },
  {
    dataset: 'services',
    record: { ...validService, schedules: [{ byday: 'MA,DI', opens_at: '9:00' }] },
    path: 'schedules.0.byday',
    words: /MO,TU/,
  },
  { dataset: 'areas', record: { id: 'wk-x', name: 'X', kind: 'stadsdeel' }, path: 'kind', words: /"wijk"/ },
  { dataset: 'areas', record: { id: 'gm-x', name: 'X', kind: 'gemeente', cbs_code: 'GM34' }, path: 'cbs_code', words: /GM0344/ },
  {
    dataset: 'availability',
    record: {
      id: 'obs-1', service_id: 'svc-1', metric: 'patientenstop', value: 4, unit: 'weken',
      reference_date: '2026-06-03', refresh_interval_days: 30, source: { name: 'Praktijk' },
    },
    path: 'value',
    words: /true\/false/,
  },
  {
    dataset: 'availability',
    record: {
      id: 'obs-2', service_id: 'svc-1', metric: 'aanmeldwachttijd', value: 9, unit: 'weken',
      reference_date: '3 juni 2026', refresh_interval_days: 30, source: { name: 'Altrecht' },
    },
    path: 'reference_date',
    words: /date/,
  },
  { dataset: 'norms', record: { id: 'n', name: 'N', sector: 'ggz', metric: 'aanmeldwachttijd', max_value: 0, unit: 'weken', version: '2024', source: { name: 'ZN' } }, path: 'max_value', words: /more than 0/ },
  { dataset: 'taxonomy', record: { id: 'need-x', name: 'X', kind: 'need', synonyms: [''] }, path: 'synonyms.0', words: /empty/ },
  { dataset: 'organizations', record: { id: 'org 1', name: 'Org', description: 'D' }, path: 'id', words: /letters, digits/ },
  {
    dataset: 'pathways',
    record: {
      id: 'gli', name: 'GLI', aim: 'A', summary_b1: 'S', target_group: 'T', entry_points: [], sources: [],
      last_reviewed: '2026-01-01',
      steps: [{ id: 's1', title: 'T', description_b1: 'D', roles: [] }],
      eligibility: { description: 'BMI', rule: { type: 'any', rules: [{ type: 'range', field: 'iq', min: 1 }] } },
    },
    path: 'eligibility.rule',
    words: /none of the allowed forms/,
  },
];

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
  const result = validateRecord('services', { ...validService, x_future_field: { nested: true } });
  assert.ok(result.ok);
  assert.deepEqual((result.value as Record<string, unknown>).x_future_field, { nested: true });
});

test('a valid service round-trips unchanged', () => {
  const result = validateRecord('services', validService);
  assert.ok(result.ok);
  assert.deepEqual(result.value, validService);
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
  const manifest = (url: string) => ({
    contract_version: '1.0.0', region: { id: 'r', name: 'R' }, publisher: { name: 'P' }, license: 'CC-BY-4.0',
    generated_at: '2026-11-22T00:00:00Z', sample: true,
    datasets: { services: { url, count: 0, hash: `sha256-${'A'.repeat(43)}=` } },
  });
  assert.ok(validateWith(Manifest, manifest('services.json')).ok);
  assert.ok(validateWith(Manifest, manifest('https://cdn.example.org/feed/services.json')).ok);
  const refused = validateWith(Manifest, manifest('javascript:alert(1)'));
  assert.ok(!refused.ok && refused.issues.some((issue) => issue.path === 'datasets.services.url'));
});

test('dangling references are found, links into unpublished datasets are not', () => {
  const services = [{ ...validService, needs: ['need-missing'] }];
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
