/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF between records, a field quoted when it holds
 * a quote, comma or line break (quotes doubled inside), or starts or ends with a space (some
 * readers trim those). That is all a writer needs, so no library is used for it.
 */

/**
 * One cell: nothing for no value, JSON for an object (Table Schema's `object` type), else the
 * text. An empty text is written `""`, apart from no value, as PostgreSQL's CSV does: HSDS
 * requires a few fields we can only leave empty (an address's state_province).
 */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text === '' || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file with a header row of `columns`, one record per row; a row's missing columns stay empty. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((values) => `${values.map(cell).join(',')}\r\n`).join('');
}
