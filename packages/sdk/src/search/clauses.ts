import { queryWords } from './analyze.js';
import { MAX_QUERY_CLAUSES } from './query-limits.js';

/**
 * Words that join the parts of a resident's story ("mijn moeder vergeet alles en ik trek het niet
 * meer"): each part may name a need of its own. Commas and semicolons join them too.
 */
export const JOINING_WORDS = ['en', 'maar', 'dus', 'sinds', 'sindsdien', 'omdat', 'want', 'and', 'but', 'because', 'since'];
const CLAUSE_BREAK = new RegExp(`[,;]|\\b(?:${JOINING_WORDS.join('|')})\\b`, 'i');
/** Sayings with a joining word inside that ask one thing ("af en toe bezoek"): kept whole. */
const SAYINGS = /\b(?:af en toe|zo nu en dan|heen en weer|op en neer|rust en regelmaat|in en om)\b/gi;

/**
 * The parts of a query that each ask something: split at joining words and commas, without the
 * parts of only stop words, at most `MAX_QUERY_CLAUSES`. One part (or none) means the query is a
 * single question.
 */
export function queryClauses(query: string): string[] {
  return query
    .replace(SAYINGS, (saying) => saying.replace(/ en /i, '\u00a0'))
    .split(CLAUSE_BREAK)
    .map((clause) => clause.replaceAll('\u00a0', ' en ').trim())
    .filter((clause) => queryWords(clause).some((word) => !word.stop))
    .slice(0, MAX_QUERY_CLAUSES);
}
