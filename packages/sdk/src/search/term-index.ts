import { runToEnd, type SlicedWork } from '../time-slices.js';
import { editDistance, maxEdits } from './edit-distance.js';

/**
 * A compact inverted index over stemmed terms. Besides exact lookup it finds the parts of Dutch
 * compounds: a query word can be the start ("schuld" → schuldhulpverlening), the end ("post" →
 * huisartsenpost, "ondersteuning" → mantelzorgondersteuning) or, when long, the middle of an
 * indexed word; and it tolerates typos scaled to word length. Prefix and suffix lookups are binary
 * searches in the sorted vocabulary and in the sorted reversed vocabulary.
 */

export interface LookupOptions {
  /** Typo and word-internal matching (default true). */
  fuzzy?: boolean;
  /** Shortest word matched as the start of longer words. */
  minPrefix?: number;
}

/** How well a query word matched an indexed term, in (0, 1]. */
export interface TermMatch {
  term: number;
  quality: number;
}

export interface Postings {
  docs: Int32Array;
  /** How strongly the term is present in each doc, in (0, 1]: field weight with a small bonus for repeats. */
  weights: Float32Array;
  /** The same, counting only the service's own text (not the names of its tags); 0 when only there. */
  textWeights: Float32Array;
}

/** Shortest query word matched as the start of longer words ("mat" would find materiaal). */
const MIN_PREFIX = 4;
/** Shortest query word matched as the end of a compound; "ing" or "en" would match half the language. */
const MIN_SUFFIX = 4;
/** The part of the compound before a matched end must be a plausible word on its own. */
const MIN_HEAD = 3;
/** Shortest query word looked for inside compounds. */
const MIN_INFIX = 6;

export class TermIndex {
  readonly terms: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;
  private readonly postings: readonly Postings[];
  /** Term ids sorted by term, and by reversed term. */
  private readonly sorted: Int32Array;
  private readonly reversed: readonly string[];
  private readonly reversedIds: Int32Array;
  /** Term ids grouped by length, for typo scans. */
  private readonly byLength: readonly (readonly number[])[];
  /** Length of the longest term: no longer word can be one. */
  readonly longest: number;

  private constructor(terms: readonly string[], postings: readonly Postings[], tables: LookupTables) {
    this.terms = terms;
    this.postings = postings;
    this.ids = tables.ids;
    this.sorted = tables.sorted;
    this.reversed = tables.reversed;
    this.reversedIds = tables.reversedIds;
    this.byLength = tables.byLength;
    this.longest = Math.max(0, tables.byLength.length - 1);
  }

  /** The index over `terms`, pausable between the steps of ordering the vocabulary. */
  static *create(terms: readonly string[], postings: readonly Postings[]): SlicedWork<TermIndex> {
    const ids = new Map(terms.map((t, i) => [t, i]));
    yield;
    const sorted = Int32Array.from(terms.map((_, i) => i).sort((a, b) => compare(terms[a] ?? '', terms[b] ?? '')));
    yield;
    const rev = terms.map((t, i) => ({ r: reverse(t), i }));
    yield;
    rev.sort((a, b) => compare(a.r, b.r));
    yield;
    const reversed = rev.map((x) => x.r);
    const reversedIds = Int32Array.from(rev.map((x) => x.i));
    const byLength: number[][] = [];
    terms.forEach((t, i) => (byLength[t.length] ??= []).push(i));
    return new TermIndex(terms, postings, { ids, sorted, reversed, reversedIds, byLength });
  }

  /** Whether a term occurs in the index as a word of its own. */
  has(term: string): boolean {
    return this.ids.has(term);
  }

  postingsOf(term: number): Postings | undefined {
    return this.postings[term];
  }

  /** Number of docs a term occurs in. */
  df(term: number): number {
    return this.postings[term]?.docs.length ?? 0;
  }

  /**
   * Indexed terms a query word can stand for, best match per term. Thesaurus keywords are spelled
   * right and generic in their start ("werk" would find "werkt"), so they are looked up with
   * `{ fuzzy: false, minPrefix: 5 }`.
   */
  lookup(word: string, options: LookupOptions = {}): TermMatch[] {
    const fuzzy = options.fuzzy ?? true;
    const minPrefix = options.minPrefix ?? MIN_PREFIX;
    const found = new Map<number, number>();
    const add = (term: number, quality: number): void => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) add(exact, 1);

    if (word.length >= minPrefix) {
      for (let i = lowerBound(this.sorted, this.terms, word); i < this.sorted.length; i++) {
        const id = this.sorted[i] ?? 0;
        const term = this.terms[id] ?? '';
        if (!term.startsWith(word)) break;
        if (id !== exact) add(id, 0.55 + 0.35 * (word.length / term.length));
      }
    }
    if (word.length >= MIN_SUFFIX) {
      const rw = reverse(word);
      for (let i = lowerBoundStrings(this.reversed, rw); i < this.reversed.length; i++) {
        const r = this.reversed[i] ?? '';
        if (!r.startsWith(rw)) break;
        const id = this.reversedIds[i] ?? 0;
        const headLength = r.length - rw.length;
        if (headLength >= MIN_HEAD && !this.splitsElsewhere(this.terms[id] ?? '', headLength, word)) {
          add(id, 0.5 + 0.35 * (word.length / r.length));
        }
      }
    }
    if (fuzzy) this.scan(word, exact !== undefined, add);
    return [...found].map(([term, quality]) => ({ term, quality }));
  }

  /**
   * Whether a compound that has `word` after `headLength` letters is really made of other words:
   * "ziekenhuisbezoek" ends in "huisbezoek", but reads as ziekenhuis|bezoek, so it is no home
   * visit. True when the head with the start of `word` is a word of the index and the rest of
   * `word` is one too.
   */
  private splitsElsewhere(term: string, headLength: number, word: string): boolean {
    for (let cut = 1; word.length - cut >= MIN_SUFFIX; cut++) {
      if (this.ids.has(term.slice(0, headLength + cut)) && this.ids.has(word.slice(cut))) return true;
    }
    return false;
  }

  /** One pass over the vocabulary for what binary search cannot find: typos and word-internal parts. */
  private scan(word: string, known: boolean, add: (term: number, quality: number) => void): void {
    const k = known ? 0 : maxEdits(word.length);
    const infix = word.length >= MIN_INFIX;
    if (k === 0 && !infix) return;
    const compoundTypos = k > 0 && word.length >= 7;
    const lo = word.length - k;
    const hi = infix || compoundTypos ? this.byLength.length - 1 : word.length + k;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    for (let len = Math.max(1, lo); len <= hi; len++) {
      for (const id of this.byLength[len] ?? []) {
        const term = this.terms[id] ?? '';
        if (len <= word.length + k && k > 0) {
          const d = editDistance(word, term, k);
          if (d <= k && d > 0) add(id, d === 1 ? 0.75 : 0.55);
        }
        if (len <= word.length + MIN_HEAD) continue;
        if (infix) {
          const at = term.indexOf(word, MIN_HEAD);
          if (at > 0 && !this.splitsElsewhere(term, at, word)) add(id, 0.45 + 0.3 * (word.length / len));
        }
        // A typo in a compound's first or last part: compare with the same-length start or end.
        // Cheap guards (same first or last letter) keep this from costing a distance per term.
        if (compoundTypos) {
          if (term.charCodeAt(0) === first && editDistance(word, term, k, 0, word.length) <= k) {
            add(id, 0.45);
          } else if (term.charCodeAt(len - 1) === last && editDistance(word, term, k, len - word.length) <= k) {
            add(id, 0.45);
          }
        }
      }
    }
  }
}

/** The vocabulary ordered for lookups: by term, by reversed term, by length. */
interface LookupTables {
  ids: ReadonlyMap<string, number>;
  sorted: Int32Array;
  reversed: readonly string[];
  reversedIds: Int32Array;
  byLength: readonly (readonly number[])[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function lowerBound(order: Int32Array, terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[order[mid] ?? 0] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBoundStrings(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings frozen between two looks at the clock: each takes a few nanoseconds. */
const POSTINGS_PER_PAUSE = 10_000;

/** Collects postings per term while documents are added, then freezes them into a TermIndex. */
export class TermIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly docs: number[][] = [];
  private readonly weights: number[][] = [];
  private readonly textWeights: number[][] = [];
  // Per term, while one doc is added: the doc last seen, the best field weight (of any field, and
  // of text fields) and the count. Flat arrays instead of a Map of objects per doc: index builds
  // are dominated by this loop.
  private readonly lastDoc: number[] = [];
  private readonly best: number[] = [];
  private readonly bestText: number[] = [];
  private readonly count: number[] = [];

  /** `fields`: the terms of each field of the doc with that field's weight in (0, 1]. */
  add(doc: number, fields: readonly { terms: readonly string[]; weight: number; tagged?: boolean }[]): void {
    const touched: number[] = [];
    for (const field of fields) {
      const weight = field.weight;
      const textWeight = field.tagged ? 0 : weight;
      for (const term of field.terms) {
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.ids.set(term, id);
          this.terms.push(term);
          this.docs.push([]);
          this.weights.push([]);
          this.textWeights.push([]);
          this.lastDoc.push(-1);
          this.best.push(0);
          this.bestText.push(0);
          this.count.push(0);
        }
        if (this.lastDoc[id] !== doc) {
          this.lastDoc[id] = doc;
          this.best[id] = weight;
          this.bestText[id] = textWeight;
          this.count[id] = 1;
          touched.push(id);
        } else {
          this.count[id] = (this.count[id] ?? 0) + 1;
          if (weight > (this.best[id] ?? 0)) this.best[id] = weight;
          if (textWeight > (this.bestText[id] ?? 0)) this.bestText[id] = textWeight;
        }
      }
    }
    for (const id of touched) {
      this.docs[id]?.push(doc);
      // The best field decides; repeats add a little, as a word mentioned three times is more the topic.
      const bonus = 1 + 0.1 * Math.min((this.count[id] ?? 1) - 1, 3);
      this.weights[id]?.push(Math.min(1, (this.best[id] ?? 0) * bonus));
      this.textWeights[id]?.push(Math.min(1, (this.bestText[id] ?? 0) * bonus));
    }
  }

  build(): TermIndex {
    return runToEnd(this.buildInSlices());
  }

  /** `build()`, pausable between terms (see `runInSlices`). */
  *buildInSlices(): SlicedWork<TermIndex> {
    const postings: Postings[] = [];
    let sincePause = 0;
    for (const [i] of this.terms.entries()) {
      sincePause += this.docs[i]?.length ?? 0;
      if (sincePause >= POSTINGS_PER_PAUSE) {
        sincePause = 0;
        yield;
      }
      postings.push({
        docs: Int32Array.from(this.docs[i] ?? []),
        weights: Float32Array.from(this.weights[i] ?? []),
        textWeights: Float32Array.from(this.textWeights[i] ?? []),
      });
    }
    return yield* TermIndex.create(this.terms, postings);
  }
}
