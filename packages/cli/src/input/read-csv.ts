import { parse, type CsvError, type Info } from 'csv-parse/sync';

/** The separators a CSV file from a spreadsheet uses: Dutch Excel writes `;`, most tools `,`. */
const SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof SEPARATORS)[number];

/** One data row of a CSV file, numbered as the spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  /** Cell by header name; a cell the header has no name for is not here (see `CsvProblem`). */
  cells: Map<string, string>;
}

/** A row the parser could not read as a row of the table; the other rows are still read. */
export interface CsvProblem {
  row: number;
  code: 'extra-cells' | 'unclosed-quote';
  /** extra-cells: how many cells the row has against the header's count. */
  cells?: number;
  columns?: number;
}

export interface CsvTable {
  /** The header's names, trimmed, in order. */
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

/**
 * The separator of a CSV file, from its header line: the candidate found most often
 * outside quotes. A header holds no commas of its own in a `;` file, so the counts are clear.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvSeparator)) counts.set(char as CsvSeparator, (counts.get(char as CsvSeparator) ?? 0) + 1);
  }
  return [...counts].reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads CSV text (a byte order mark is dropped) with csv-parse: quoted cells may hold
 * separators, quotes (`""`) and line breaks. A row with more cells than the header,
 * or a quote that is never closed, is reported by row and left out; blank rows are skipped.
 */
export function readCsv(text: string): CsvTable {
  const separator = detectSeparator(text.replace(/^\uFEFF/, ''));
  const problems: CsvProblem[] = [];
  // csv-parse's types do not model `info: true`, which wraps each record with where it was read.
  const records = parse(text, {
    delimiter: separator,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // Only an unclosed quote ends up here: the parser reads to the end of the file looking for its close.
      if (error) problems.push({ row: (Number(error.records) || 0) + 1, code: 'unclosed-quote' });
    },
  }) as unknown as { record: string[]; info: Info }[];
  const [first, ...rest] = records;
  const header = (first?.record ?? []).map((name) => name.trim());
  const rows: CsvRow[] = [];
  for (const { record, info } of rest) {
    const row = info.records;
    if (isBlankRow(record)) continue;
    // Spreadsheets pad a row with empty cells; only text beyond the header is a problem.
    if (record.length > header.length && !isBlankRow(record.slice(header.length))) {
      problems.push({ row, code: 'extra-cells', cells: record.length, columns: header.length });
      continue;
    }
    rows.push({ row, cells: new Map(header.map((name, index) => [name, record[index] ?? ''])) });
  }
  // A quote left open is found at the end of the parse, after the rows before it.
  problems.sort((a, b) => a.row - b.row);
  return { header, rows, problems };
}
