import { words } from './normalize.js';
import { boundedQuery, MAX_QUERY_WORDS } from './query-limits.js';
import { stem } from './stem.js';
import { PHRASE_WORDS, STOP_WORDS, WEATHER_DAYS } from './stop-words.js';

/**
 * The Dutch analysis chain, one function per use, so index and query agree on every step:
 * normalise → split → drop stop words → stem.
 */

/**
 * Stems of words seen before. Service text repeats a small vocabulary many times over, so this
 * saves most of the stemming in an index build. Bounded, as it lives as long as the page.
 */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_MAX = 50_000;

/** Terms to index for a piece of service text. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    let term = stemCache.get(word);
    if (term === undefined) {
      term = word.length < 2 || STOP_WORDS.has(word) ? null : stem(word);
      if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
      stemCache.set(word, term);
    }
    if (term !== null) out.push(term);
  }
  return out;
}

/** A word of a query, kept with its position so phrases can be found before stop words go. */
export interface QueryWord {
  /** The normalised word as typed. */
  word: string;
  stem: string;
  /** Left out of term matching ("ik", "een"); may still count in a phrase. */
  stop: boolean;
  /**
   * A word of the resident's story, not of the help asked for: a husband or wife ("mijn man"), a
   * span of time ("de hele nacht"). It counts in phrases ("nacht wakker"), and is not searched as a word.
   */
  story: boolean;
}

/** The words of a query, at most `MAX_QUERY_WORDS` of them from its first `MAX_QUERY_LENGTH` characters. */
export function queryWords(query: string): QueryWord[] {
  return analyzedWords(boundedQuery(query), MAX_QUERY_WORDS);
}

/** "mijn man", "haar vrouw": a husband or wife in a resident's story, not help for men or women. */
const POSSESSIVES: ReadonlySet<string> = new Set(['mijn', 'mn', 'haar', 'zijn', 'uw', 'je', 'jouw', 'onze', 'my', 'her', 'his', 'your']);
const SPOUSES: ReadonlySet<string> = new Set(['man', 'vrouw', 'husband', 'wife']);
/** "de hele nacht", "elke dag": how long or how often, not the night shelter or day care. */
const SPAN_STARTS: ReadonlySet<string> = new Set(['hele', 'halve', 'elke', 'iedere', 'all', 'every']);
const SPANS: ReadonlySet<string> = new Set(['nacht', 'nachten', 'dag', 'dagen', 'avond', 'ochtend', 'middag', 'week', 'weekend', 'night', 'day']);

function storyWord(word: string, previous: string): boolean {
  return (SPOUSES.has(word) && POSSESSIVES.has(previous)) || (SPANS.has(word) && SPAN_STARTS.has(previous));
}

function analyzedWords(text: string, limit = Infinity): QueryWord[] {
  const out: QueryWord[] = [];
  let previous = '';
  for (const word of words(text)) {
    if (out.length >= limit) break;
    if (word.length >= 2 || /\d/.test(word)) out.push({ word, stem: stem(word), stop: STOP_WORDS.has(word), story: storyWord(word, previous) });
    const last = out.at(-2);
    if (WEATHER_DAYS.has(word) && last?.word === 'weer') last.stop = false;
    previous = word;
  }
  return out;
}

/**
 * The stems that make up a phrase for phrase matching: filler stop words go ("ik ben eenzaam" →
 * "eenzam"), words that change the meaning stay ("geen contacten" → "geen contact").
 */
export function phraseStems(phrase: string): string[] {
  return analyzedWords(phrase)
    .filter((w) => !w.stop || PHRASE_WORDS.has(w.word))
    .map((w) => w.stem);
}
