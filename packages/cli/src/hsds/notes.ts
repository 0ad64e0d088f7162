/**
 * What an import changed or left out, for the import report. Identical notes are
 * counted instead of repeated: one HSDS location copied into ten services should
 * not print the same line ten times.
 */
export class ImportNotes {
  readonly #counts = new Map<string, number>();
  readonly #ignored = new Map<string, Set<string>>();

  add(message: string): void {
    this.#counts.set(message, (this.#counts.get(message) ?? 0) + 1);
  }

  /** Records an HSDS field that has no place in our contract (reported once per entity and field). */
  ignore(entity: string, field: string): void {
    const fields = this.#ignored.get(entity) ?? new Set<string>();
    fields.add(field);
    this.#ignored.set(entity, fields);
  }

  /** Every note, in the order first seen, with a count when repeated. */
  list(): string[] {
    const notes = [...this.#counts].map(([message, count]) => (count > 1 ? `${message} (${count}×)` : message));
    const ignored = [...this.#ignored]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([entity, fields]) => `HSDS ${entity} fields with no place in our contract, left out: ${[...fields].sort().join(', ')}`);
    return [...notes, ...ignored];
  }
}
