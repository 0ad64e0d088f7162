import { validateWith, type RecordResult } from '@wijkwijzer/schemas';
import { isObject, type JsonObject } from '../json.js';
import { EXTENSION_KEY, SHARED_FIELDS, type HsdsEntity } from './entities.js';
import type { ImportNotes } from './notes.js';

/** Where a mapper is (for notes) and where notes go. */
export interface MapContext {
  notes: ImportNotes;
  /** e.g. `service ac148810-…`: names the record a note is about. */
  where: string;
}

type Schema<T> = Parameters<typeof validateWith<T>>[0];

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** Absent, null and blank are "not given": nothing to note when they are left out. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Keeps a value if it satisfies our schema, else leaves it out with a note. Import
 * never fails on a field: the record is worth more than one bad link in it.
 */
export function checked<T>(schema: Schema<T>, value: unknown, field: string, ctx: MapContext): T | undefined {
  if (isBlank(value)) return undefined;
  const result: RecordResult<T> = validateWith(schema, value);
  if (result.ok) return result.value;
  ctx.notes.add(`${ctx.where}: left out ${field} ${preview(value)} (${result.issues[0]?.message ?? 'not valid'})`);
  return undefined;
}

/** Trimmed text, or undefined when there is none. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Ids as text: tabular exports often write them as numbers, which are still usable ids. */
export function idText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
}

/** The `YYYY-MM-DD` part of a date or date-time string. */
export function datePart(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().slice(0, 10) : value;
}

/** Drops undefined fields and empty lists, so the written JSON holds only what we know. */
export function compact<T extends JsonObject>(record: T): T {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

/** Maps each element of an HSDS list with `map`; a non-list maps to nothing. */
export function mapList<T>(value: unknown, map: (item: unknown, index: number) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    const mapped = map(item, index);
    return mapped === undefined ? [] : [mapped];
  });
}

/**
 * Notes the HSDS fields of `raw` that the mapper does not use: those our contract does not share
 * (see SHARED_FIELDS), apart from our extension and the `also` fields the mapper reads itself.
 */
export function noteIgnored(raw: JsonObject, entity: HsdsEntity, ctx: MapContext, also: readonly string[] = []): void {
  const used: readonly string[] = SHARED_FIELDS[entity];
  for (const key of Object.keys(raw)) {
    if (!used.includes(key) && key !== EXTENSION_KEY && !also.includes(key)) ctx.notes.ignore(entity, key);
  }
}

export function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}
