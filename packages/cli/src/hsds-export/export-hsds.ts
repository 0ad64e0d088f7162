import type { Dirent } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { replaceFolder, type OwnedFolder } from '../feed/feed-folder.js';
import { readFeed } from '../feed/read-feed.js';
import { stableJson } from '../json.js';
import { hsdsPage } from './page.js';
import { exportRecords, toHsds, type HsdsDocuments } from './to-hsds.js';
import { toTabular } from './tabular.js';

/** The JSON documents of an export, each an HSDS API page holding everything. */
const DOCUMENTS = { 'services.json': 'services', 'organizations.json': 'organizations', 'taxonomy_terms.json': 'taxonomyTerms' } as const;
/** The folder of the tabular form. */
const TABULAR = 'tabular';

/** Whether the tabular folder holds nothing but CSV files and the datapackage: what we write there. */
async function holdsOnlyTables(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.every((entry) => entry.isFile() && (entry.name === 'datapackage.json' || /^[a-z_]+\.csv$/.test(entry.name)));
}

/** An export folder: its three documents and the tabular folder (of CSV files and the datapackage). */
const EXPORT_FOLDER: OwnedFolder = {
  marker: '.wijkwijzer-hsds-export',
  markerText: 'This folder is an HSDS export written by `wijkwijzer export hsds`, which replaces it as a whole.\n',
  what: 'an HSDS export',
  isOurs: async (entry: Dirent, dir: string) => {
    if (entry.isDirectory()) return entry.name === TABULAR && (await holdsOnlyTables(join(dir, TABULAR)));
    return entry.isFile() && (entry.name === EXPORT_FOLDER.marker || entry.name in DOCUMENTS);
  },
};

export interface ExportOptions {
  /** A feed: its folder, its index.json or an http(s) address. */
  feed: string;
  outDir: string;
}

export interface ExportResult {
  outDir: string;
  counts: { services: number; organizations: number; taxonomyTerms: number; tables: number };
}

/**
 * Writes a feed as HSDS 3.0: `services.json` (an API page whose contents are full services),
 * `organizations.json`, `taxonomy_terms.json`, and `tabular/` (one CSV per table and a
 * datapackage.json). The folder is replaced as a whole, and only when it is empty or an
 * earlier export: the guard `build` uses for feeds.
 */
export async function exportHsds(options: ExportOptions): Promise<ExportResult> {
  const { manifest, datasets } = await readFeed(options.feed);
  const documents: HsdsDocuments = toHsds(exportRecords(datasets), manifest.region.id);
  const sample = manifest.sample ? ' (made-up sample data)' : '';
  const tabular = toTabular(documents, {
    name: `wijkwijzer-${manifest.region.id.toLowerCase()}`,
    title: `${manifest.title ?? manifest.region.name}${sample}`,
    license: manifest.license,
  });
  const outDir = resolve(options.outDir);
  await replaceFolder(outDir, EXPORT_FOLDER, async (staging) => {
    for (const [file, key] of Object.entries(DOCUMENTS)) await writeFile(join(staging, file), stableJson(hsdsPage(documents[key])));
    await mkdir(join(staging, TABULAR));
    for (const [file, text] of tabular) await writeFile(join(staging, TABULAR, file), text);
  });
  return {
    outDir,
    counts: {
      services: documents.services.length,
      organizations: documents.organizations.length,
      taxonomyTerms: documents.taxonomyTerms.length,
      tables: tabular.size - 1,
    },
  };
}
