import { basename, relative } from 'node:path';
import { UnreadableInputError } from '../errors.js';
import { readCsv, type CsvProblem } from '../input/read-csv.js';
import { readInputText, type InputFolder } from '../input/read-input-file.js';
import { isObject, type JsonObject } from '../json.js';
import type { HsdsInput } from './read-input.js';

/** A column's type as a Frictionless data package describes it (`datapackage.json`). */
type FieldType = 'number' | 'integer' | 'boolean' | 'other';

/** Field types per table file name (`services.csv`), from a data package's resources. */
export type TableTypes = ReadonlyMap<string, ReadonlyMap<string, FieldType>>;

/**
 * Without a `datapackage.json` every cell is text. These are the HSDS columns our
 * mapping needs as numbers; other numeric HSDS columns have no place in our contract.
 */
const NUMERIC_COLUMNS: TableTypes = new Map([
  ['services.csv', new Map<string, FieldType>([['minimum_age', 'number'], ['maximum_age', 'number']])],
  ['cost_options.csv', new Map<string, FieldType>([['amount', 'number']])],
  ['locations.csv', new Map<string, FieldType>([['latitude', 'number'], ['longitude', 'number']])],
  ['phones.csv', new Map<string, FieldType>([['extension', 'number']])],
]);

function fieldType(type: unknown): FieldType {
  return type === 'number' || type === 'integer' || type === 'boolean' ? type : 'other';
}

/**
 * The column types a `datapackage.json` gives, or undefined when the value is not a data
 * package (no `resources` list), so the file is read as any other JSON document.
 */
export function dataPackageTypes(value: unknown): TableTypes | undefined {
  if (!isObject(value) || !Array.isArray(value.resources)) return undefined;
  const tables = new Map<string, Map<string, FieldType>>();
  for (const resource of value.resources) {
    if (!isObject(resource) || typeof resource.path !== 'string' || !isObject(resource.schema)) continue;
    const fields = Array.isArray(resource.schema.fields) ? resource.schema.fields.filter(isObject) : [];
    tables.set(
      basename(resource.path),
      new Map(fields.flatMap((field) => (typeof field.name === 'string' ? [[field.name, fieldType(field.type)] as const] : []))),
    );
  }
  return tables;
}

/** A cell as the JSON tabular form would hold it; a value that does not fit its type stays text, for the mapping to report. */
function cellValue(cell: string, type: FieldType | undefined): unknown {
  if (type === 'boolean' && /^(true|false)$/i.test(cell)) return cell.toLowerCase() === 'true';
  if ((type === 'number' || type === 'integer') && cell.trim() !== '' && Number.isFinite(Number(cell))) return Number(cell);
  return cell;
}

function describeProblem(where: string, problem: CsvProblem): string {
  return problem.code === 'unclosed-quote'
    ? `${where} row ${problem.row}: a quote (") is opened and never closed, so the rest of the file could not be read`
    : `${where} row ${problem.row} has ${problem.cells} cells where the header names ${problem.columns}`;
}

/**
 * Reads the HSDS tabular form as CSV files (`services.csv`, `phones.csv`, … in one
 * folder) into one tabular document, the same shape as `tabular.json`. Empty cells
 * are left out (HSDS CSV writes null as nothing); numbers and true/false are typed
 * as the data package says. A row that cannot be read is reported and left out.
 */
export async function readTabularCsv(dir: string, files: readonly string[], folder: InputFolder, types: TableTypes | undefined): Promise<HsdsInput> {
  const tables: Record<string, JsonObject[]> = {};
  const unreadable: string[] = [];
  for (const path of files) {
    const name = relative(folder.shownAs, path);
    let text: string;
    try {
      text = await readInputText(path, name, folder);
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      unreadable.push(`${error.message} (file skipped)`);
      continue;
    }
    const table = readCsv(text);
    const columnTypes = (types ?? NUMERIC_COLUMNS).get(basename(path));
    unreadable.push(...table.problems.map((problem) => describeProblem(name, problem)));
    tables[basename(path).toLowerCase()] = table.rows.map((row) =>
      Object.fromEntries([...row.cells].filter(([, cell]) => cell !== '').map(([column, cell]) => [column, cellValue(cell, columnTypes?.get(column))])),
    );
  }
  const where = `${relative(folder.shownAs, dir) || folder.shownAs} (CSV tables)`;
  return { documents: Object.keys(tables).length === 0 ? [] : [{ where, value: tables }], unreadable };
}
