import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { CliError, UnreadableInputError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { describeJsonFailure, parseNdjsonLines } from '../input/parse-input.js';
import { openInputFolder, readInputText, type InputFolder } from '../input/read-input-file.js';
import { parseJson } from '../json.js';
import { dataPackageTypes, readTabularCsv, type TableTypes } from './tabular-csv.js';

/** One JSON value of the input and where it came from: `export.json`, or `export.ndjson line 4`. */
export interface InputDocument {
  where: string;
  value: unknown;
}

export interface HsdsInput {
  documents: InputDocument[];
  /** Lines and files that could not be read, each in one line naming file (and line). */
  unreadable: string[];
  /** What was left out on purpose, and why (CSV tables beside the same data as JSON). */
  skipped?: string[];
}

const EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.csv'];
const DATA_PACKAGE = 'datapackage.json';

/**
 * Parses a file as JSON, or else as NDJSON (one JSON value per line). Files named
 * `.ndjson`/`.jsonl` are read as NDJSON straight away; another file is taken for
 * NDJSON only when its first line is JSON. In NDJSON a broken line is reported
 * and the rest kept. Throws an `UnreadableInputError` when nothing is usable.
 */
export function parseDocuments(text: string, file: string): HsdsInput {
  if (text.trim() === '') throw new UnreadableInputError(`${file} is empty`);
  const lineWise = /\.(ndjson|jsonl)$/i.test(file);
  if (!lineWise) {
    const whole = parseJson(text);
    if (whole.ok) return { documents: [{ where: file, value: whole.value }], unreadable: [] };
    if (whole.problem === 'depth' || !text.trim().includes('\n')) throw new UnreadableInputError(describeJsonFailure(file, whole));
  }
  const lines = parseNdjsonLines(text);
  const [first] = lines;
  if (first && !first.ok && (!lineWise || lines.every((line) => !line.ok))) {
    throw new UnreadableInputError(`${file} is neither JSON nor NDJSON (line ${first.line}: ${first.failure.message})`);
  }
  const documents: InputDocument[] = [];
  const unreadable: string[] = [];
  for (const line of lines) {
    const where = `${file} line ${line.line}`;
    if (line.ok) documents.push({ where, value: line.value });
    else unreadable.push(describeJsonFailure(where, line.failure));
  }
  return { documents, unreadable };
}

/** Every JSON, NDJSON and CSV file under `dir`, hidden ones left out; links are checked when read. */
async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(path)));
    else if (EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(path);
  }
  return found;
}

/** Reads one file of a folder import; a file whose content is unusable is skipped and reported. */
async function readFolderFile(folder: InputFolder, path: string): Promise<HsdsInput> {
  const name = relative(folder.shownAs, path);
  try {
    return parseDocuments(await readInputText(path, name, folder), name);
  } catch (error) {
    if (!(error instanceof UnreadableInputError)) throw error;
    return { documents: [], unreadable: [`${error.message} (file skipped)`] };
  }
}

/** Adds what one part of the input gave to the whole. */
function addTo(input: HsdsInput, part: HsdsInput): void {
  input.documents.push(...part.documents);
  input.unreadable.push(...part.unreadable);
}

/**
 * Reads the CSV tables of one folder (the HSDS tabular form). A `datapackage.json`
 * beside them gives the columns' types and is not read as a document; one that is not a
 * data package stays in `jsonFiles` and is read (and reported) as any other JSON file.
 */
async function readCsvFolder(dir: string, csvFiles: string[], jsonFiles: string[], folder: InputFolder): Promise<HsdsInput> {
  const descriptor = jsonFiles.find((file) => dirname(file) === dir && basename(file).toLowerCase() === DATA_PACKAGE);
  let types: TableTypes | undefined;
  if (descriptor !== undefined) {
    const read = await readFolderFile(folder, descriptor);
    types = read.documents.length === 1 ? dataPackageTypes(read.documents[0]?.value) : undefined;
    if (types) jsonFiles.splice(jsonFiles.indexOf(descriptor), 1);
  }
  return readTabularCsv(dir, csvFiles, folder, types);
}

/**
 * Reads an HSDS input: one file, or every JSON/NDJSON file under a folder (in
 * name order, so an import is reproducible), with the CSV files of each folder read
 * together as the tabular form. In a folder, a file whose content is unusable (and a
 * CSV row) is skipped and reported; given on its own, a file is an error. A file
 * that cannot be read at all, is too large or links out of the folder stops the import.
 * A `datapackage.json` given on its own stands for its folder.
 */
export async function readHsdsInput(path: string): Promise<HsdsInput> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CliError(describeFsError(error, path));
  });
  if (!info.isDirectory() && basename(path).toLowerCase() === DATA_PACKAGE) return readHsdsInput(dirname(path));
  if (!info.isDirectory() && path.toLowerCase().endsWith('.csv')) {
    throw new CliError(`${path}: HSDS CSV tables are read together: give the folder that holds them (and its datapackage.json)`);
  }
  if (!info.isDirectory()) return parseDocuments(await readInputText(path, path), path);
  const folder = await openInputFolder(path);
  const files = (await listFiles(path)).sort();
  if (files.length === 0) throw new CliError(`${path} holds no .json, .ndjson, .jsonl or .csv files`);
  const csvFiles = files.filter((file) => file.toLowerCase().endsWith('.csv'));
  let jsonFiles = files.filter((file) => !csvFiles.includes(file));
  const input: HsdsInput = { documents: [], unreadable: [] };
  const csvParts: HsdsInput[] = [];
  const csvFolders = [...new Set(csvFiles.map(dirname))];
  const isDataPackage = (file: string): boolean => basename(file).toLowerCase() === DATA_PACKAGE;
  // An export (ours, or a CMS's) writes one directory twice, as JSON documents and as CSV tables:
  // reading both would import every record twice. The JSON carries more, so it is read.
  if (csvFolders.length > 0 && jsonFiles.some((file) => !isDataPackage(file))) {
    input.skipped = csvFolders.map((dir) => `the CSV tables in ${relative(path, dir) || '.'}: the folder also holds HSDS JSON, read instead (give the CSV folder on its own to read the tables)`);
    jsonFiles = jsonFiles.filter((file) => !(isDataPackage(file) && csvFolders.includes(dirname(file))));
  } else {
    for (const dir of csvFolders) csvParts.push(await readCsvFolder(dir, csvFiles.filter((file) => dirname(file) === dir), jsonFiles, folder));
  }
  for (const file of jsonFiles) addTo(input, await readFolderFile(folder, file));
  for (const part of csvParts) addTo(input, part);
  return input;
}
