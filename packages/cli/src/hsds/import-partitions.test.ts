import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest, Service } from '@wijkwijzer/schemas';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

/* An imported HSDS feed has no areas: its gemeente partitions come from place names. */

const organization = { id: 'org-1', name: 'Stichting Welzijn', description: 'Welzijn in de gemeente.', website: 'https://example.org/welzijn' };
const service = (id: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  id, organization_id: 'org-1', name: `Dienst ${id}`, description: 'Hulp.', status: 'active', ...extra,
});
const at = (city: string): Record<string, unknown> => ({
  id: `sal-${city}`,
  location: { id: `loc-${city}`, name: `Buurthuis ${city}`, addresses: [{ address_1: 'Plein 1', city, postal_code: '7399 LC', country: 'NL', address_type: 'physical' }] },
});

let work: string;
before(async () => {
  work = await tempDir('wijkwijzer-import-partitions-');
});
after(() => removeDir(work));

test('import hsds: gemeente partitions from "Gemeente …" service areas and address cities, never a CBS code', async () => {
  const input = join(work, 'hsds.json');
  await writeFile(input, JSON.stringify([
    organization,
    service('svc-area', { service_areas: [{ id: 'sa-1', name: 'Gemeente Lindeveen' }] }),
    service('svc-city', { service_at_locations: [at("'s-Hertogenbosch")] }),
    service('svc-both', { service_at_locations: [at('Lindeveen'), at('Zandhoek')] }),
    service('svc-region', { service_areas: [{ id: 'sa-2', name: 'Regio Oost' }] }),
  ]));
  const out = join(work, 'feed');
  const run = await runCli(['import', 'hsds', input, '--out', out, '--generated-at', '2026-11-22T00:00:00Z']);
  assert.equal(run.code, 0, run.stderr);
  const manifest = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as Manifest;
  assert.equal(manifest.datasets.areas, undefined, 'no areas are invented');
  const partitions = manifest.partitions!;
  const contents: Record<string, string[]> = {};
  for (const link of partitions.services) {
    const cards = JSON.parse(await readFile(join(out, link.url), 'utf8')) as Service[];
    contents[`${link.scope} ${link.id} [${link.area_ids.join(',')}]`] = cards.map((card) => card.id);
  }
  assert.deepEqual(contents, {
    'local gm-lindeveen [gm-lindeveen]': ['svc-area', 'svc-both'],
    'local gm-s-hertogenbosch [gm-s-hertogenbosch]': ['svc-city'],
    'local gm-zandhoek [gm-zandhoek]': ['svc-both'],
    // A service area that names no gemeente: we cannot place it, so every page loads it.
    'shared shared-nl []': ['svc-region'],
  });
  assert.equal((await runCli(['validate', out])).code, 0);
});
