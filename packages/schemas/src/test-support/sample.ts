import { readdir, readFile, stat } from 'node:fs/promises';
import { CONTRACT_VERSION, DATASET_NAMES, datasetItems, type DatasetName } from '../index.js';

/** The sample region's source folder, found from the compiled test file (packages/schemas/dist/...). */
export const SAMPLE_SOURCE_DIR = new URL('../../../../data/regio-utrecht/', import.meta.url);

async function readJsonArray(url: URL): Promise<unknown[]> {
  const items = datasetItems(JSON.parse(await readFile(url, 'utf8')));
  if (!items) throw new Error(`${url.pathname} is not a list of records`);
  return items;
}

/** Reads every dataset of the sample source: `<dataset>.json` or the files of `<dataset>/`. */
export async function readSampleSource(): Promise<Record<DatasetName, unknown[]>> {
  const result = {} as Record<DatasetName, unknown[]>;
  for (const dataset of DATASET_NAMES) {
    const folder = new URL(`${dataset}/`, SAMPLE_SOURCE_DIR);
    const isFolder = await stat(folder).then((info) => info.isDirectory(), () => false);
    if (isFolder) {
      const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
      const parts = await Promise.all(files.map((name) => readJsonArray(new URL(name, folder))));
      result[dataset] = parts.flat();
    } else {
      result[dataset] = await readJsonArray(new URL(`${dataset}.json`, SAMPLE_SOURCE_DIR));
    }
  }
  return result;
}

/** A manifest's `partitions` (contract 1.1) as the CLI writes them, with placeholder hashes in the file names. */
export const SAMPLE_PARTITIONS = {
  by: 'gemeente',
  services: [
    { id: 'gm-utrecht', scope: 'local', area_ids: ['gm-utrecht'], url: 'services/gm-utrecht.0a1b2c3d.json', count: 2, bytes: 2048 },
    { id: 'shared-nl', scope: 'shared', area_ids: [], url: 'services/shared-nl.0a1b2c3d.json', count: 1, bytes: 512 },
  ],
  availability: [{ id: 'gm-utrecht', scope: 'local', area_ids: ['gm-utrecht'], url: 'availability/gm-utrecht.0a1b2c3d.json', count: 0 }],
  details: { url: 'details/0a1b2c3d/', shards: 1, count: 3 },
};

/**
 * A manifest for the sample source as the CLI's build would write it: the region's
 * own fields, the contract version, and a link to every dataset.
 */
export async function readSampleManifest(): Promise<Record<string, unknown>> {
  const region = JSON.parse(await readFile(new URL('region.json', SAMPLE_SOURCE_DIR), 'utf8')) as Record<string, unknown>;
  const datasets = Object.fromEntries(
    DATASET_NAMES.map((dataset) => [dataset, { url: `${dataset}.json`, count: 1, hash: `sha256-${'A'.repeat(43)}=` }]),
  );
  return { contract_version: CONTRACT_VERSION, generated_at: '2026-11-22T10:00:00Z', ...region, datasets, partitions: SAMPLE_PARTITIONS };
}
