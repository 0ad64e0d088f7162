import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetItems, TaxonomyTerm, validateWith } from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { checkGeneratedAt, writeImportedFeed, type ImportTarget } from '../feed/write-imported.js';
import type { WrittenFeed } from '../feed/write-feed.js';
import { parseJsonInput } from '../input/parse-input.js';
import { readCsv, type CsvProblem } from '../input/read-csv.js';
import { readInputText } from '../input/read-input-file.js';
import { readHeader, readSheetRows } from './read-sheet.js';
import { SHEET_STRINGS, type RowError, type RowWarning, type SheetLang } from './sheet-messages.js';

export interface SheetImportOptions extends ImportTarget {
  /** The CSV file, as a spreadsheet saves it. */
  input: string;
  /** The region's taxonomy: a JSON list of terms, or a feed folder with taxonomy.json. */
  taxonomy?: string;
  lang: SheetLang;
}

export interface SheetImportResult {
  /** Undefined when no row could be read: then nothing is written. */
  feed?: WrittenFeed;
  counts: { organizations: number; services: number; taxonomy: number };
  /** Rows left out, by row and column. */
  errors: RowError[];
  warnings: RowWarning[];
  /** Header names that are not a template column. */
  unusedColumns: string[];
  /** About the feed as a whole (its date). */
  notes: string[];
}

/** The terms of a taxonomy file (or of a feed folder's taxonomy.json); a term that breaks the contract stops the import. */
async function readTaxonomy(path: string): Promise<TaxonomyTerm[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CliError(describeFsError(error, path));
  });
  const file = info.isDirectory() ? join(path, 'taxonomy.json') : path;
  const items = datasetItems(parseJsonInput(await readInputText(file, file), file));
  if (!items) throw new CliError(`--taxonomy ${file} is not a list of taxonomy terms`);
  return items.map((item, index) => {
    const term = validateWith(TaxonomyTerm, item);
    if (!term.ok) throw new CliError(`--taxonomy ${file} item ${index + 1} is not a taxonomy term: ${term.issues[0]?.path ?? ''} ${term.issues[0]?.message ?? ''}`);
    return term.value;
  });
}

function csvError(problem: CsvProblem): RowError {
  return {
    row: problem.row,
    column: '',
    code: problem.code,
    ...(problem.code === 'extra-cells' ? { detail: `${problem.cells} > ${problem.columns}` } : {}),
  };
}

/**
 * Imports a spreadsheet of services (the editor template: one row per service) into
 * a feed. Every row that cannot be read is left out and named by row and column; the
 * others are written. A sheet without the naam or organisatie column is refused.
 */
export async function importSheet(options: SheetImportOptions): Promise<SheetImportResult> {
  checkGeneratedAt(options.generatedAt);
  const strings = SHEET_STRINGS[options.lang];
  const taxonomy = options.taxonomy === undefined ? [] : await readTaxonomy(options.taxonomy);
  const table = readCsv(await readInputText(options.input, options.input));
  const header = readHeader(table.header);
  if (header.missing.length > 0) throw new CliError(strings.missingColumns(options.input, header.missing));
  const read = readSheetRows(table.rows, header, taxonomy);
  const errors = [...table.problems.map(csvError), ...read.errors].sort((a, b) => a.row - b.row);
  const notes: string[] = [];
  const result = { errors, warnings: read.warnings, unusedColumns: header.unused, notes };
  if (read.services.length === 0) return { ...result, counts: { organizations: 0, services: 0, taxonomy: 0 } };
  const feed = await writeImportedFeed(options, { organizations: read.organizations, services: read.services, taxonomy }, (note) => notes.push(note));
  return { ...result, feed, counts: { organizations: read.organizations.length, services: read.services.length, taxonomy: taxonomy.length } };
}
