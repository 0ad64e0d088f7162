import type { AvailabilityObservation, DatasetName } from '../index.js';

/*
 * Crafted records the tests refuse, shared by the zod tests, the JSON Schema tests
 * and the parity tests of the compact validator, so each case is written once.
 */

export const VALID_SERVICE = {
  id: 'svc-1',
  organization_id: 'org-1',
  name: 'Maatjesproject Overvecht',
  status: 'active' as const,
  route_step: 'informeel' as const,
  phones: [{ number: '030 000 0101' }],
};

/** A valid waiting time, for variants. */
export const WAIT_FIGURE: AvailabilityObservation = {
  id: 'obs-w', service_id: 'svc-1', metric: 'aanmeldwachttijd', value: 5, unit: 'weken',
  reference_date: '2026-06-03', refresh_interval_days: 30, source: { name: 'Altrecht' },
};

/** A norm that says neither a maximum nor a target: variants add one. */
const NORM_WITHOUT_VALUES = { id: 'n', name: 'N', sector: 'huisarts', metric: 'aanmeldwachttijd', unit: 'werkdagen', version: '2024', source: { name: 'ZN' } };

/** Crafted bad records and the path the report must point at. */
export const BAD_RECORDS: { dataset: DatasetName; record: unknown; path: string; words: RegExp }[] = [
  { dataset: 'services', record: { ...VALID_SERVICE, url: 'javascript:alert(1)' }, path: 'url', words: /url/ },
  { dataset: 'services', record: { ...VALID_SERVICE, phones: [{ number: 'bel ons' }] }, path: 'phones.0.number', words: /digits/ },
  { dataset: 'services', record: { ...VALID_SERVICE, route_step: 'professioneel' }, path: 'route_step', words: /"zelf"/ },
  { dataset: 'services', record: { ...VALID_SERVICE, minimum_age: 65, maximum_age: 18 }, path: 'minimum_age', words: /above/ },
  { dataset: 'services', record: { ...VALID_SERVICE, name: '   ' }, path: 'name', words: /empty/ },
  { dataset: 'services', record: { ...VALID_SERVICE, description: null }, path: 'description', words: /string/ },
  {
    dataset: 'services',
    record: { ...VALID_SERVICE, schedules: [{ byday: 'MA,DI', opens_at: '9:00' }] },
    path: 'schedules.0.byday',
    words: /MO,TU/,
  },
  { dataset: 'areas', record: { id: 'wk-x', name: 'X', kind: 'stadsdeel' }, path: 'kind', words: /"wijk"/ },
  { dataset: 'areas', record: { id: 'gm-x', name: 'X', kind: 'gemeente', cbs_code: 'GM34' }, path: 'cbs_code', words: /GM0344/ },
  {
    dataset: 'areas',
    record: { id: 'gm-x', name: 'X', kind: 'gemeente', geometry: { type: 'Polygon', coordinates: [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.2]]] } },
    path: 'geometry',
    words: /closed/,
  },
  {
    dataset: 'areas',
    record: { id: 'gm-x', name: 'X', kind: 'gemeente', geometry: { type: 'MultiPolygon', coordinates: [[[[5.1, 52.1], [5.2, 152.1], [5.2, 52.2], [5.1, 52.1]]]] } },
    path: 'geometry',
    words: /WGS84/,
  },
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
  // Contract 1.2: how waits are measured, norms with a target, numbered weekdays.
  {
    dataset: 'availability',
    record: { ...WAIT_FIGURE, method: 'eerste-vrije-plek' },
    path: 'method',
    words: /"derde-vrije-plek"/,
  },
  { dataset: 'availability', record: { ...WAIT_FIGURE, method: 'gemiddelde-gerealiseerd', period_months: 0 }, path: 'period_months', words: /1/ },
  { dataset: 'norms', record: { ...NORM_WITHOUT_VALUES }, path: 'max_value', words: /max_value, a target, or both/ },
  {
    dataset: 'norms',
    record: { ...NORM_WITHOUT_VALUES, max_value: 3, target: { share_percent: 80, value: 5 } },
    path: 'target.value',
    words: /above the max_value/,
  },
  { dataset: 'norms', record: { ...NORM_WITHOUT_VALUES, target: { share_percent: 180, value: 2 } }, path: 'target.share_percent', words: /100/ },
  { dataset: 'services', record: { ...VALID_SERVICE, schedules: [{ freq: 'MONTHLY', byday: '6TH' }] }, path: 'schedules.0.byday', words: /3TH/ },
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
  // The SDK's loading tests skip these two.
  { dataset: 'services', record: { id: 'kapot', organization_id: 'buurtteam-utrecht', name: 'Kapot', status: 'misschien' }, path: 'status', words: /"active"/ },
  { dataset: 'services', record: { name: 'Zonder id', status: 'active' }, path: 'id', words: /string/ },
];

/** The smallest valid service, and variants of it that JSON Schema refuses as zod does. */
export const MINIMAL_SERVICE = { id: 'svc-1', organization_id: 'org-1', name: 'Buurtteam', status: 'active' };
export const BAD_MINIMAL_SERVICES: readonly unknown[] = [
  { ...MINIMAL_SERVICE, route_step: 'professioneel' },
  { ...MINIMAL_SERVICE, name: '' },
  { ...MINIMAL_SERVICE, description: null },
  { ...MINIMAL_SERVICE, phones: [{ number: 'bel ons' }] },
  { ...MINIMAL_SERVICE, schedules: [{ opens_at: '25:00' }] },
  { ...MINIMAL_SERVICE, url: 'javascript:alert(1)' },
];

/** A valid manifest whose one dataset link is `url`. */
export function manifestLinking(url: string): Record<string, unknown> {
  return {
    contract_version: '1.0.0', region: { id: 'r', name: 'R' }, publisher: { name: 'P' }, license: 'CC-BY-4.0',
    generated_at: '2026-11-22T00:00:00Z', sample: true,
    datasets: { services: { url, count: 0, hash: `sha256-${'A'.repeat(43)}=` } },
  };
}

/** A valid partition link (contract 1.1). */
export const PARTITION = {
  id: 'gm-utrecht', scope: 'local', area_ids: ['gm-utrecht'], url: 'services/gm-utrecht.0a1b2c3d.json', count: 1,
};

/** A valid details folder (contract 1.1). */
export const DETAILS = { url: 'details/0a1b2c3d/', shards: 1, count: 1 };

/** A valid manifest with partitions, with `changes` applied to them. */
export function withPartitions(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...manifestLinking('services.json'), contract_version: '1.1.0', partitions: { by: 'gemeente', services: [PARTITION], details: DETAILS, ...changes } };
}

/** Manifests to refuse, and the path of the first issue. */
export const BAD_MANIFESTS: { manifest: unknown; path: string }[] = [
  { manifest: manifestLinking('javascript:alert(1)'), path: 'datasets.services.url' },
  { manifest: manifestLinking(''), path: 'datasets.services.url' },
  // The SDK's loading tests: every missing field is listed.
  { manifest: (({ region: _region, license: _license, ...rest }) => rest)(manifestLinking('services.json')), path: 'region' },
  { manifest: { ...manifestLinking('services.json'), datasets: { diensten: {} } }, path: 'datasets' },
  { manifest: { ...manifestLinking('services.json'), publisher: { name: 'P', url: 'ftp://example.nl' } }, path: 'publisher.url' },
  { manifest: { ...manifestLinking('services.json'), generated_at: '2026-11-22 10:00' }, path: 'generated_at' },
  { manifest: { ...manifestLinking('services.json'), contract_version: 'v1' }, path: 'contract_version' },
  { manifest: { ...manifestLinking('services.json'), contract_version: '01.0.0' }, path: 'contract_version' },
  { manifest: { ...manifestLinking('services.json'), contract_version: '1.0.0-evil' }, path: 'contract_version' },
  // Not relative: they name another host.
  { manifest: manifestLinking('//cdn.example.org/feed/services.json'), path: 'datasets.services.url' },
  { manifest: manifestLinking('\\\\cdn.example.org\\feed\\services.json'), path: 'datasets.services.url' },
  // Contract 1.1 partitions.
  { manifest: withPartitions({ services: [{ ...PARTITION, scope: 'regional' }] }), path: 'partitions.services.0.scope' },
  { manifest: withPartitions({ services: [{ ...PARTITION, area_ids: 'gm-utrecht' }] }), path: 'partitions.services.0.area_ids' },
  { manifest: withPartitions({ services: [{ ...PARTITION, bytes: -1 }] }), path: 'partitions.services.0.bytes' },
  // A partition file is named by its content: the name is what readers check it against.
  { manifest: withPartitions({ services: [{ ...PARTITION, url: 'services/gm-utrecht.json' }] }), path: 'partitions.services.0.url' },
  { manifest: withPartitions({ services: [{ ...PARTITION, url: 'services/gm-utrecht.0a1b2c3d.json?v=2' }] }), path: 'partitions.services.0.url' },
  { manifest: withPartitions({ by: 'buurt' }), path: 'partitions.by' },
  { manifest: withPartitions({ details: { ...DETAILS, url: '//cdn.example.org/details/' } }), path: 'partitions.details.url' },
  { manifest: withPartitions({ details: { ...DETAILS, url: 'details/0a1b2c3d' } }), path: 'partitions.details.url' },
  { manifest: withPartitions({ details: { ...DETAILS, shards: 0 } }), path: 'partitions.details.shards' },
  { manifest: withPartitions({ details: { ...DETAILS, count: -1 } }), path: 'partitions.details.count' },
  // The 1.1 draft listed every shard; a folder replaced the list.
  { manifest: withPartitions({ details: [{ url: 'details/0.0a1b2c3d.json', count: 1 }] }), path: 'partitions.details' },
  { manifest: withPartitions({ details: undefined }), path: 'partitions.details' },
];
