import { isObject } from '../json.js';
import type { ImportNotes } from './notes.js';
import { isTabular, tabularToDocuments, type TypedDocument } from './tabular.js';

/**
 * A document whose kind is known (from tabular tables) or still to be classified,
 * with where it was found (`list.json item 3`), to name both sources of a duplicate.
 */
export type ExpandedDocument = (TypedDocument | { kind?: undefined; doc: unknown }) & { where: string };

/**
 * Unwraps containers into single documents: lists, NDJSON lines, API pages
 * (`{ contents: [...] }`, also `items`) and tabular JSON. Unknown shapes are
 * returned for `classify` to name.
 */
export function expand(value: unknown, where: string, notes: ImportNotes): ExpandedDocument[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => expand(item, `${where} item ${index}`, notes));
  if (isTabular(value)) return tabularToDocuments(value).map((typed) => ({ ...typed, where }));
  if (isObject(value)) {
    const list = Array.isArray(value.contents) ? value.contents : Array.isArray(value.items) && !('id' in value) ? value.items : undefined;
    if (list) {
      const { page_number: page, total_pages: pages, last_page: last } = value;
      if (last === false || (typeof pages === 'number' && pages > 1)) {
        notes.add(`${where} is page ${typeof page === 'number' ? page : '?'} of ${typeof pages === 'number' ? pages : 'several'}: only the items in this file were imported`);
      }
      return list.flatMap((item, index) => expand(item, `${where} item ${index}`, notes));
    }
  }
  return [{ doc: value, where }];
}
