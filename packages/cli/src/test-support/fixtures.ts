import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../feed/hash.js';
import { stableJson } from '../json.js';

/**
 * Our own made-up HSDS 3.0 documents, one per input shape the importer reads
 * (dist/test-support → the package's test-fixtures/hsds; see the README there).
 */
export const HSDS_FIXTURES = fileURLToPath(new URL('../../test-fixtures/hsds/', import.meta.url));

/**
 * A tiny made-up region that satisfies the contract: enough records to exercise
 * every dataset and every kind of link, few enough to read in one glance.
 */
export const REGION = {
  region: { id: 'testregio', name: 'Testregio' },
  publisher: { name: 'Wijkwijzer tests', url: 'https://example.org/' },
  license: 'CC0-1.0',
  sample: true,
  title: 'Testfeed',
};

export const AREAS = [
  { id: 'gm-testdorp', name: 'Testdorp', kind: 'gemeente', cbs_code: 'GM0999' },
  { id: 'wk-centrum', name: 'Centrum', kind: 'wijk', parent_ids: ['gm-testdorp'] },
  { id: 'wk-noord', name: 'Noord', kind: 'wijk', parent_ids: ['gm-testdorp'] },
];

export const ORGANIZATIONS = [
  { id: 'org-buurtteam', name: 'Buurtteam Testdorp', description: 'Hulp bij vragen over geld, zorg en opvoeden.' },
  { id: 'org-vrijwilligers', name: 'Vrijwilligerscentrale', description: 'Koppelt vrijwilligers aan bewoners.', website: 'https://example.org/vc' },
];

export const TAXONOMY = [
  { id: 'ld-geld', name: 'Geld', kind: 'life-domain' },
  { id: 'need-schulden', name: 'Schulden', kind: 'need', life_domain_id: 'ld-geld', synonyms: ['geldzorgen'] },
  { id: 'need-eenzaamheid', name: 'Eenzaamheid', kind: 'need', synonyms: ['eenzaam'] },
  { id: 'tg-ouderen', name: 'Ouderen', kind: 'target-group' },
];

/** Services split over two files, to exercise a `services/` source folder. */
export const SERVICES_A = [
  {
    id: 'svc-schuldhulp',
    organization_id: 'org-buurtteam',
    name: 'Schuldhulp',
    status: 'active',
    route_step: 'formeel',
    needs: ['need-schulden'],
    phones: [{ number: '030 000 0101' }],
    service_areas: [{ area_id: 'gm-testdorp' }],
    assured_date: '2026-05-01',
  },
];
export const SERVICES_B = [
  {
    id: 'svc-maatje',
    organization_id: 'org-vrijwilligers',
    name: 'Maatjesproject',
    status: 'active',
    route_step: 'informeel',
    needs: ['need-eenzaamheid'],
    target_groups: ['tg-ouderen'],
    schedules: [{ byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }],
    service_at_locations: [
      {
        location: {
          name: 'Buurthuis Noord',
          area_ids: ['wk-noord'],
          addresses: [{ address_1: 'Dorpsstraat 1', city: 'Testdorp', postal_code: '3511 AB', country: 'NL' }],
        },
      },
    ],
  },
];

export const NORMS = [
  {
    id: 'norm-ggz',
    name: 'Treeknorm ggz aanmelding',
    sector: 'ggz',
    metric: 'aanmeldwachttijd',
    max_value: 4,
    unit: 'weken',
    version: '2024',
    source: { name: 'Test' },
  },
];

export const AVAILABILITY = [
  {
    id: 'obs-schuldhulp',
    service_id: 'svc-schuldhulp',
    metric: 'aanmeldwachttijd',
    value: 3,
    unit: 'weken',
    norm_id: 'norm-ggz',
    reference_date: '2026-06-03',
    refresh_interval_days: 30,
    source: { name: 'Buurtteam Testdorp' },
  },
];

/** The latest date in the records above: `generated_at` of a build without one. */
export const LATEST_DATE = '2026-06-03T00:00:00Z';

export async function tempDir(prefix = 'wijkwijzer-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, stableJson(value));
}

/** Writes the fixture region as a build source folder; `overrides` replace whole files (path → content). */
export async function writeSource(dir: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const files: Record<string, unknown> = {
    'region.json': REGION,
    'areas.json': AREAS,
    'organizations.json': ORGANIZATIONS,
    'taxonomy.json': TAXONOMY,
    'services/a.json': SERVICES_A,
    'services/b.json': SERVICES_B,
    'norms.json': NORMS,
    'availability.json': AVAILABILITY,
    ...overrides,
  };
  await mkdir(join(dir, 'services'), { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeJson(join(dir, file), content);
  return dir;
}

/**
 * Replaces a dataset of a built feed and updates its count and hash in
 * index.json, so a test can plant one bad record without also tripping the hash check.
 */
export async function replaceDataset(feedDir: string, dataset: string, records: unknown[]): Promise<void> {
  const text = stableJson(records);
  await writeFile(join(feedDir, `${dataset}.json`), text);
  // The precompressed copies hold the old records, and a server would send them.
  for (const suffix of ['.gz', '.br']) await rm(join(feedDir, `${dataset}.json${suffix}`), { force: true });
  const manifestPath = join(feedDir, 'index.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { datasets: Record<string, { count: number; hash: string }> };
  const link = manifest.datasets[dataset];
  if (!link) throw new Error(`the feed has no ${dataset}`);
  link.count = records.length;
  link.hash = await contentHash(text);
  await writeJson(manifestPath, manifest);
}

/** Edits index.json with a function (to plant a bad manifest). */
export async function editManifest(feedDir: string, edit: (manifest: Record<string, unknown>) => void): Promise<void> {
  const path = join(feedDir, 'index.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  await writeJson(path, manifest);
}
