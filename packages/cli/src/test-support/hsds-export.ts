import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readRecords, type FeedRecord } from './hsds-import.js';
import { runCli } from './run-cli.js';

/**
 * Helpers for checking `wijkwijzer export hsds` through the real command, shared by the unit
 * tests and `npm run test:conformance` (which validates the output against the official schemas).
 */

/** Exports a feed with the real command; the export must succeed. */
export async function exportFeed(feed: string, out: string): Promise<string> {
  const run = await runCli(['export', 'hsds', feed, '--out', out]);
  assert.equal(run.code, 0, `export ${feed}: ${run.stderr}`);
  return out;
}

export async function readJsonFile(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/**
 * Everything a round trip feed → HSDS → feed loses or adds, in one place, with the reason. A
 * path names a field of a dataset's records, list positions as `[]`. Every other field must come
 * back as it was.
 */
export const ROUND_TRIP_LOSSES: Readonly<Record<string, string>> = {
  'services.service_areas[].area_id': 'a link into our areas: HSDS has no entity for them, so an import has no areas to link to',
  'services.service_at_locations[].location.area_ids': 'links into our areas, as service_areas[].area_id',
  'services.service_at_locations[].location.location_type': 'added: HSDS requires one, and "physical" is written when we have none',
  'services.service_at_locations[].location.addresses[].address_type': 'added: HSDS requires one, and "physical" is written when we have none',
};

/** The datasets a round trip carries. */
export const ROUND_TRIP_DATASETS = ['organizations', 'services', 'taxonomy', 'availability', 'norms'] as const;

/**
 * The norms a round trip carries: HSDS has no place for a norm, so each travels with the figures
 * compared with it (in their service's extension), and one that no figure uses stays behind.
 */
async function normsInUse(feed: string): Promise<Set<string>> {
  const figures = await readRecords(feed, 'availability').catch(() => []);
  return new Set(figures.flatMap((figure) => (typeof figure.norm_id === 'string' ? [figure.norm_id] : [])));
}

/** Where two JSON values differ, as paths with list positions written `[]`. */
function differences(before: unknown, after: unknown, path: string, found: Set<string>): void {
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, index) => differences(item, after[index], `${path}[]`, found));
    return;
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) differences(before[key], after[key], `${path}.${key}`, found);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) found.add(path);
}

/** Reads a dataset of a feed by id; a dataset the feed lacks is empty. */
async function recordsById(feed: string, dataset: string): Promise<Map<string, FeedRecord>> {
  const records = await readRecords(feed, dataset).catch(() => []);
  return new Map(records.map((record) => [String(record.id), record]));
}

/**
 * Compares two feeds record by record and field by field, over the datasets HSDS carries. Returns
 * the fields that differ but are listed in ROUND_TRIP_LOSSES; fails on any other difference and
 * on a record that is missing or new.
 */
export async function assertSameRecords(before: string, after: string): Promise<Set<string>> {
  const lossy = new Set<string>();
  for (const dataset of ROUND_TRIP_DATASETS) {
    const [all, is] = [await recordsById(before, dataset), await recordsById(after, dataset)];
    const inUse = dataset === 'norms' ? await normsInUse(before) : undefined;
    const was = inUse ? new Map([...all].filter(([id]) => inUse.has(id))) : all;
    assert.deepEqual([...is.keys()].sort(), [...was.keys()].sort(), `${dataset}: the same records come back`);
    for (const [id, record] of was) {
      const found = new Set<string>();
      differences(record, is.get(id), dataset, found);
      const unexpected = [...found].filter((path) => !(path in ROUND_TRIP_LOSSES));
      assert.deepEqual(unexpected, [], `${dataset} ${id}: fields that did not come back as they were`);
      for (const path of found) lossy.add(path);
    }
  }
  return lossy;
}

/** A cell as read: its text, and whether it was quoted (`""` is an empty text; nothing is no value). */
interface Cell {
  text: string;
  quoted: boolean;
}

/** Parses RFC 4180 CSV (quoted fields with commas, quotes and line breaks) into rows of cells. */
function parseCsv(text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell: Cell = { text: '', quoted: false };
  let inQuotes = false;
  const endCell = () => {
    row.push(cell);
    cell = { text: '', quoted: false };
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') (cell.text += '"'), (index += 1);
      else if (char === '"') inQuotes = false;
      else cell.text += char;
    } else if (char === '"') (inQuotes = true), (cell.quoted = true);
    else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endCell();
      rows.push(row);
      row = [];
    } else cell.text += char;
  }
  if (cell.text !== '' || cell.quoted || row.length > 0) (endCell(), rows.push(row));
  return rows;
}

interface TableField {
  name: string;
  type: string;
}

/**
 * Reads an export's tabular folder as a data package reader does: each CSV named in
 * datapackage.json, its cells typed by the resource's fields (number, object as JSON, an empty
 * cell as no value, `""` as empty text). Gives tabular JSON, one `<table>.csv` key per table, the shape `import hsds` reads.
 */
export async function readTabular(dir: string): Promise<Record<string, Record<string, unknown>[]>> {
  const datapackage = (await readJsonFile(join(dir, 'datapackage.json'))) as { resources: { path: string; schema: { fields: TableField[] } }[] };
  const listed = datapackage.resources.map((resource) => resource.path).sort();
  assert.deepEqual(listed, (await readdir(dir)).filter((name) => name.endsWith('.csv')).sort(), 'the datapackage lists every CSV file');
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const { path, schema } of datapackage.resources) {
    const [header = [], ...rows] = parseCsv(await readFile(join(dir, path), 'utf8'));
    assert.deepEqual(header.map((cell) => cell.text), schema.fields.map((field) => field.name), `${path}: its columns are the fields of its resource`);
    tables[path] = rows.map((cells) =>
      Object.fromEntries(
        schema.fields.flatMap((field, index) => {
          const { text = '', quoted = false } = cells[index] ?? {};
          if (text === '' && !quoted) return [];
          const value = field.type === 'number' ? Number(text) : field.type === 'object' ? (JSON.parse(text) as unknown) : text;
          return [[field.name, value]];
        }),
      ),
    );
  }
  return tables;
}
