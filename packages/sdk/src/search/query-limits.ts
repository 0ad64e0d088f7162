import { InvalidOptionsError } from '../errors.js';

/**
 * How much of a query the search reads. Search runs on every keystroke, so a pasted page or a
 * crafted link (`?wk-q=` with 100,000 characters) must cost no more than a resident's question.
 * Characters after the first `MAX_QUERY_LENGTH` are ignored, and of what is left only the first
 * `MAX_QUERY_WORDS` words are matched against the services and the needs. Crisis signals are looked
 * for in all of the first `MAX_QUERY_LENGTH` characters.
 */
export const MAX_QUERY_LENGTH = 200;

/** Words of a query matched against the services and the needs; see `MAX_QUERY_LENGTH`. */
export const MAX_QUERY_WORDS = 32;

/**
 * Parts of a story searched on their own (see `queryClauses`): each is a search of its own, so a
 * list of fifty words with commas must not cost fifty. Five places hold no more parts than this.
 */
export const MAX_QUERY_CLAUSES = 4;

/**
 * The part of a query that search reads: its first `MAX_QUERY_LENGTH` characters, without
 * cutting a character written as two UTF-16 units in half. A query that is not a string is a
 * programming error, reported as such rather than as a TypeError from deep inside the analysis.
 */
export function boundedQuery(query: unknown): string {
  if (typeof query !== 'string') {
    throw new InvalidOptionsError(
      `A search query must be a string; got ${describe(query)}. Pass '' to list every service that passes the filters.`,
    );
  }
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const lastUnit = query.charCodeAt(MAX_QUERY_LENGTH - 1);
  const splitsPair = lastUnit >= 0xd800 && lastUnit <= 0xdbff;
  return query.slice(0, splitsPair ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
