import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryWords } from './analyze.js';
import { detectCrisis } from './crisis-signal.js';
import { InvalidOptionsError } from '../errors.js';
import { queryClauses } from './clauses.js';
import { MAX_QUERY_CLAUSES, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './query-limits.js';
import { compoundScores } from './scorer.js';
import { createSearchIndex } from './search-index.js';
import { stem } from './stem.js';
import { TermIndexBuilder } from './term-index.js';
import { suggestNeeds } from './suggest.js';
import { service, TAXONOMY } from './fixtures.test.helper.js';

/*
 * Search runs on every keystroke and on a `?wk-q=` link, so a pasted page or a crafted link must
 * cost about what a resident's question costs. These tests compare work, not wall-clock budgets:
 * counts where the code gives one, otherwise the time of a long query against a 1,000-character
 * one of the same shape, which only a cost that grows with the query length can fail.
 */

const SERVICES = [
  service('shv', { name: 'Schuldhulpverlening', description: 'Samen een plan maken om van je schulden af te komen.' }),
  service('mzo', { name: 'Mantelzorgondersteuning', description: 'Advies en respijt voor wie zorgt voor een naaste.' }),
  service('rouw', { name: 'Praatgroep na verlies', description: 'Samen praten over rouw, verlies en gemis.' }),
  service('eenzaam', { name: 'Koffieochtend', description: 'Mensen ontmoeten tegen eenzaamheid.', needs: ['need-eenzaamheid'] }),
];
const index = createSearchIndex(SERVICES, TAXONOMY);

/** Distinct words ("hulpa hulpb … hulpaa …") so no work is saved by repeats, about `length` characters in all. */
function manyWords(length: number): string {
  const out: string[] = [];
  for (let i = 0, size = 0; size < length; i++) {
    const word = `hulp${i.toString(26).replace(/[0-9]/g, (d) => String.fromCharCode(97 + Number(d)))}`;
    out.push(word);
    size += word.length + 1;
  }
  return out.join(' ').slice(0, length);
}

/** Fastest of a few runs after a warm-up: the least disturbed by a busy machine. */
function fastestMs(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A long query may take a little longer than a short one (it is copied once), never a multiple. */
function assertCostsAboutTheSame(label: string, short: () => unknown, long: () => unknown): void {
  const shortMs = fastestMs(short);
  const longMs = fastestMs(long);
  assert.ok(longMs <= 5 * shortMs + 1, `${label}: ${longMs.toFixed(2)} ms against ${shortMs.toFixed(2)} ms for 1,000 characters`);
}

test(`a query is read as at most ${MAX_QUERY_WORDS} words from its first ${MAX_QUERY_LENGTH} characters`, () => {
  assert.equal(queryWords(manyWords(100_000)).length, MAX_QUERY_WORDS);
  const words = queryWords(`${'ab '.repeat(20)}${'x'.repeat(10_000)}`);
  assert.equal(words.length, 21);
  assert.equal(words.at(-1)?.word.length, MAX_QUERY_LENGTH - 60);
  // A short question is read whole.
  assert.deepEqual(
    queryWords('ik zoek hulp bij schulden').map((w) => w.word),
    ['ik', 'zoek', 'hulp', 'bij', 'schulden'],
  );
});

test('a query stops being read after its first characters, and a help line still shows for what is read', () => {
  const hits = index.search(`ik wil niet meer leven ${'schulden '.repeat(1_000)}`);
  assert.equal(hits[0]?.crisis, true);
  assert.equal(index.search(`${'x'.repeat(MAX_QUERY_LENGTH)} schulden`).length, 0);
});

test('a 100,000-character query costs about what a 1,000-character one does', () => {
  const [short, long] = [manyWords(1_000), manyWords(100_000)];
  assertCostsAboutTheSame('search', () => index.search(short), () => index.search(long));
  assertCostsAboutTheSame('suggestNeeds', () => suggestNeeds(short, TAXONOMY), () => suggestNeeds(long, TAXONOMY));
  assertCostsAboutTheSame('detectCrisis', () => detectCrisis(short), () => detectCrisis(long));
});

test('a list of many parts is searched as a few: fifty commas do not mean fifty searches', () => {
  // Each part of a story is searched on its own (queryClauses), so their number is bounded.
  const parts = manyWords(1_000).split(' ').slice(0, 50);
  assert.deepEqual(queryClauses(parts.join(', ')), parts.slice(0, MAX_QUERY_CLAUSES));
});

test('a one-word query of 10,000 or 100,000 characters costs about what a 1,000-character word does', () => {
  const word = (length: number): string => 'schuldhulp'.repeat(length / 10);
  assertCostsAboutTheSame('10,000', () => index.search(word(1_000)), () => index.search(word(10_000)));
  assertCostsAboutTheSame('100,000', () => index.search(word(1_000)), () => index.search(word(100_000)));
});

/** compoundScores works on the term index itself, which a search index keeps private. */
const indexOfTerms = (() => {
  const builder = new TermIndexBuilder();
  ['rouw', 'verlies', 'schuld', 'mantelzorg'].forEach((word, doc) => builder.add(doc, [{ terms: [stem(word)], weight: 1 }]));
  return builder.build();
})();

test('splitting a long compound stems a bounded number of parts, not one per letter', () => {
  const stems = (length: number): number => {
    let count = 0;
    const counting = (part: string): string => {
      count++;
      return stem(part);
    };
    compoundScores(indexOfTerms, 4, 'verlies'.repeat(length / 7), counting, false);
    return count;
  };
  assert.ok(stems(7_000) > 0, 'the split is tried');
  assert.equal(stems(70_000), stems(7_000));
});

test('a query that is not a string is an InvalidOptionsError, not a TypeError from inside the search', () => {
  for (const query of [123, null, undefined, {}, ['schulden']]) {
    assert.throws(
      () => index.search(query as unknown as string),
      (error: unknown) => error instanceof InvalidOptionsError && /query must be a string/.test(error.message),
      String(query),
    );
    assert.throws(() => suggestNeeds(query as unknown as string, TAXONOMY), InvalidOptionsError);
  }
});
