import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CONTRACT_VERSION,
  DATASET_NAMES,
  Manifest,
  datasetItems,
  validateWith,
  type DatasetName,
} from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { parseJsonInput } from '../input/parse-input.js';
import { openInputFolder, readInputText, type InputFolder } from '../input/read-input-file.js';
import { isObject } from '../json.js';
import type { FeedMeta } from '../feed/write-feed.js';

/** Where a source record came from, for error reports: `services/overvecht.json`, item 3. */
export interface RecordOrigin {
  file: string;
  index: number;
}

export interface BuildSource {
  meta: FeedMeta;
  /** `generated_at` from region.json, if it has one. */
  generatedAt?: string;
  datasets: Partial<Record<DatasetName, unknown[]>>;
  origins: Partial<Record<DatasetName, RecordOrigin[]>>;
  /** JSON files that are not region.json or a dataset: probably a typo, so we say so. */
  ignored: string[];
}

async function readJsonFile(source: InputFolder, file: string): Promise<unknown> {
  return parseJsonInput(await readInputText(join(source.shownAs, file), file, source), file);
}

async function readRecordList(source: InputFolder, file: string): Promise<unknown[]> {
  const items = datasetItems(await readJsonFile(source, file));
  if (!items) throw new CliError(`${file} must hold a JSON array of records`);
  return items;
}

/**
 * Reads region.json. It holds the manifest's descriptive fields, so it is checked
 * with the manifest schema itself (with the computed fields filled in).
 */
async function readRegion(source: InputFolder): Promise<{ meta: FeedMeta; generatedAt?: string }> {
  const region = await readJsonFile(source, 'region.json');
  if (!isObject(region)) throw new CliError('region.json must hold a JSON object');
  const generatedAt = typeof region.generated_at === 'string' ? region.generated_at : undefined;
  const candidate = {
    ...region,
    contract_version: CONTRACT_VERSION,
    generated_at: region.generated_at ?? '2000-01-01T00:00:00Z',
    datasets: {},
  };
  const checked = validateWith(Manifest, candidate);
  if (!checked.ok) {
    const issue = checked.issues[0];
    throw new CliError(`region.json: ${issue ? `${issue.path} ${issue.message}` : 'not valid'}`);
  }
  const { region: place, publisher, license, sample, title, description } = checked.value;
  const meta: FeedMeta = {
    region: { id: place.id, name: place.name },
    publisher: {
      name: publisher.name,
      ...(publisher.url === undefined ? {} : { url: publisher.url }),
      ...(publisher.email === undefined ? {} : { email: publisher.email }),
    },
    license,
    sample,
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
  };
  return generatedAt === undefined ? { meta } : { meta, generatedAt };
}

/**
 * Reads a source folder: `region.json` plus, per dataset, `<dataset>.json` or a
 * folder `<dataset>/` whose `*.json` files (in name order) are concatenated.
 * Every file must really be inside `dir`: a link that leads out of it is refused.
 */
export async function readSource(dir: string): Promise<BuildSource> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new CliError(describeFsError(error, dir));
  });
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('region.json')) throw new CliError(`${dir} has no region.json (region, publisher, license, sample)`);
  const source = await openInputFolder(dir);
  const { meta, generatedAt } = await readRegion(source);

  const datasets: Partial<Record<DatasetName, unknown[]>> = {};
  const origins: Partial<Record<DatasetName, RecordOrigin[]>> = {};
  for (const dataset of DATASET_NAMES) {
    const hasFile = names.has(`${dataset}.json`);
    const hasFolder = await stat(join(dir, dataset)).then((info) => info.isDirectory(), () => false);
    if (hasFile && hasFolder) {
      throw new CliError(`both ${dataset}.json and ${dataset}/ exist: keep one of them`);
    }
    const files = hasFile
      ? [`${dataset}.json`]
      : hasFolder
        ? (await readdir(join(dir, dataset))).filter((name) => name.endsWith('.json')).sort().map((name) => `${dataset}/${name}`)
        : [];
    if (!hasFile && !hasFolder) continue;
    const records: unknown[] = [];
    const from: RecordOrigin[] = [];
    for (const file of files) {
      const items = await readRecordList(source, file);
      items.forEach((item, index) => {
        records.push(item);
        from.push({ file, index });
      });
    }
    datasets[dataset] = records;
    origins[dataset] = from;
  }

  const known = new Set<string>(['region.json', ...DATASET_NAMES.map((dataset) => `${dataset}.json`)]);
  const ignored = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !known.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  return { meta, ...(generatedAt === undefined ? {} : { generatedAt }), datasets, origins, ignored };
}
