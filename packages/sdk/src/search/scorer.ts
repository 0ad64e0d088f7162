import type { Concept } from './concepts.js';
import type { LookupOptions, TermIndex, TermMatch } from './term-index.js';

/**
 * How well each document matches one part of a query, in (0, 1] (0 = not at all). Dense arrays
 * with a list of the documents touched: a broad query word touches thousands of documents, and
 * typed arrays keep that cheap where a Map per query part was not.
 */
export class DocScores {
  readonly scores: Float32Array;
  readonly docs: number[] = [];

  constructor(size: number) {
    this.scores = new Float32Array(size);
  }

  get size(): number {
    return this.docs.length;
  }

  get(doc: number): number {
    return this.scores[doc] ?? 0;
  }

  /** Keeps the better of the current and the new score. */
  raise(doc: number, score: number): void {
    if (score <= 0) return;
    const current = this.scores[doc] ?? 0;
    if (current === 0) this.docs.push(doc);
    if (score > current) this.scores[doc] = score;
  }
}

/**
 * Documents matching one query word: per document the best of its matching terms. A word is
 * looked up as its stem and, if different, as typed: the stem finds inflections ("eenzame" →
 * eenzam), the word as typed finds longer words it starts ("eenzaam" → eenzaamheid).
 */
export function wordScores(
  index: TermIndex,
  size: number,
  forms: string | readonly string[],
  options?: LookupOptions & { textOnly?: boolean },
): DocScores {
  const out = new DocScores(size);
  const matches = typeof forms === 'string' ? index.lookup(forms, options) : lookupForms(index, forms, options);
  for (const { term, quality } of matches) {
    const postings = index.postingsOf(term);
    if (!postings) continue;
    const docs = postings.docs;
    const weights = options?.textOnly ? postings.textWeights : postings.weights;
    for (let i = 0; i < docs.length; i++) out.raise(docs[i] ?? 0, quality * (weights[i] ?? 0));
  }
  return out;
}

/** Documents that have one of `forms` as an indexed term itself: no typo, prefix or compound part. */
export function exactScores(index: TermIndex, size: number, forms: readonly string[]): DocScores {
  const out = new DocScores(size);
  for (const form of new Set(forms)) {
    for (const { term, quality } of index.lookup(form, EXACT_LOOKUP)) {
      if (quality < 1) continue;
      const postings = index.postingsOf(term);
      if (postings) for (let i = 0; i < postings.docs.length; i++) out.raise(postings.docs[i] ?? 0, postings.weights[i] ?? 0);
    }
  }
  return out;
}

const EXACT_LOOKUP = { fuzzy: false, minPrefix: Number.POSITIVE_INFINITY } as const;

function lookupForms(index: TermIndex, forms: readonly string[], options?: LookupOptions): TermMatch[] {
  const best = new Map<number, number>();
  for (const form of new Set(forms)) {
    for (const { term, quality } of index.lookup(form, options)) {
      if ((best.get(term) ?? 0) < quality) best.set(term, quality);
    }
  }
  return Array.from(best, ([term, quality]) => ({ term, quality }));
}

/** Shortest part of a compound split off a query word. */
const MIN_PART = 4;
/** More letters than the stemmer ever takes off a word (at most 7: "kaalletjes" → "kal"). */
const MAX_INFLECTION = 10;
/** A compound matched through both its parts counts for less than the word itself… */
const PARTS_FACTOR = 0.8;
/** …and through its first part alone, when the rest is no word of the index, for less again. */
const HEAD_FACTOR = 0.6;

/**
 * A compound query word that the services never use but write apart or differently
 * ("opvoedingsvragen" where they say "vragen over opvoeding"): split it where the first part is
 * an indexed word. When the second part is one too, documents need both ("vragen" alone is in
 * every other description); when it is not, and the word matched nothing else, the first part
 * stands for it ("rouwverwerking" → rouw). `normalizePart` stems a part ("vrijwilligers|werk" →
 * vrijwilliger); the longest first part that is a word wins. Undefined when there is no split.
 * A part longer than the index's longest term plus an inflection cannot be a term, so it is never
 * stemmed: a long word costs a bounded number of stems, not one per letter (which was quadratic).
 */
export function compoundScores(
  index: TermIndex,
  size: number,
  word: string,
  normalizePart: (part: string) => string,
  matchedWhole: boolean,
): DocScores | undefined {
  if (word.length < 2 * MIN_PART) return undefined;
  const longestPart = index.longest + MAX_INFLECTION;
  for (let cut = Math.min(word.length - MIN_PART, longestPart); cut >= MIN_PART; cut--) {
    const head = normalizePart(word.slice(0, cut));
    if (!index.has(head)) continue;
    const rest = word.slice(cut);
    const tail = rest.length <= longestPart ? normalizePart(rest) : rest;
    const tailKnown = index.has(tail) || index.has(rest);
    if (!tailKnown && matchedWhole) continue;
    const first = wordScores(index, size, head, { fuzzy: false });
    const out = new DocScores(size);
    if (!tailKnown) {
      for (const doc of first.docs) out.raise(doc, first.get(doc) * HEAD_FACTOR);
      return out;
    }
    const second = wordScores(index, size, [tail, rest], { fuzzy: false });
    for (const doc of first.docs) out.raise(doc, Math.min(first.get(doc), second.get(doc)) * PARTS_FACTOR);
    return out;
  }
  return undefined;
}

/** Keywords are spelled right, may be generic in their start, and are looked for in the service's own text. */
const KEYWORD_LOOKUP = { fuzzy: false, minPrefix: 5, textOnly: true } as const;

/** A service that has only words related to a need counts for this share of one that names it. */
export const RELATED_FACTOR = 0.5;

/**
 * Documents whose text speaks of a concept: per document the best keyword, where a keyword of
 * several words needs all of them ("sociale contacten"); words only related to it count for less.
 */
export function keywordScores(index: TermIndex, size: number, concept: Concept): DocScores {
  const out = new DocScores(size);
  const add = (keywords: Concept['keywords'], factor: number): void => {
    for (const keyword of keywords) {
      const [first, ...rest] = keyword.map((stem) => wordScores(index, size, stem, KEYWORD_LOOKUP));
      if (!first) continue;
      for (const doc of first.docs) {
        let score = first.get(doc);
        for (const other of rest) score = Math.min(score, other.get(doc));
        out.raise(doc, score * factor);
      }
    }
  };
  add(concept.keywords, 1);
  add(concept.related, RELATED_FACTOR);
  return out;
}

/** A keyword found in the text counts for less than the provider's own tag. */
export const KEYWORD_FACTOR = 0.75;

/** Tagged documents score 1, others by their keywords, scaled down. */
export function conceptScores(size: number, tagged: Iterable<number>, keywords: readonly DocScores[]): DocScores {
  const out = new DocScores(size);
  for (const doc of tagged) out.raise(doc, 1);
  for (const scores of keywords) for (const doc of scores.docs) out.raise(doc, scores.get(doc) * KEYWORD_FACTOR);
  return out;
}
