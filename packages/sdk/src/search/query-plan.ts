import { queryWords, type QueryWord } from './analyze.js';
import { matchConcepts, type Concept, type ConceptMatch } from './concepts.js';
import { PERSON_WORDS } from './crisis-rules.js';
import { compoundScores, conceptScores, DocScores, exactScores, wordScores } from './scorer.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';
import type { TermIndex } from './term-index.js';
import type { Lang } from '../lang.js';
import { readWornOut } from './worn-out.js';

/**
 * A query as parts to score: each content word, and each need or target group the resident's
 * words were understood as. A document's relevance is the weighted mean of its part scores, so a
 * service matching every part beats one matching a single rare word.
 */
export interface QueryPart {
  /** A content word of the query, or a need or target group its words were understood as. */
  kind: 'word' | 'need';
  /** Rare words weigh more than common ones (idf); a recognised concept weighs as the rarest word. */
  weight: number;
  scores: DocScores;
  /**
   * For a specific word (see SPECIFIC_WORD): the services that have it as written (its stem or
   * the word itself), not through a typo or as part of another word.
   */
  exact?: DocScores;
  /**
   * A specific word no recognised need accounts for ("verpleeghuis", "zzp'er"): a need of its own
   * that the thesaurus does not know, so a query naming a known need beside it takes turns with it.
   */
  unexplained?: true;
  /** What matched, for `SearchHit.matched`. */
  label: (lang: Lang) => string;
}

export interface PlanContext {
  index: TermIndex;
  size: number;
  concepts: readonly Concept[];
  /** Documents carrying a taxonomy id in `needs` or `target_groups`. */
  taggedWith: ReadonlyMap<string, ReadonlySet<number>>;
  /** Documents whose text speaks of a concept (memoised by the caller). */
  conceptKeywords: (concept: Concept) => DocScores;
}

/**
 * A query word that is part of a recognised phrase counts less on its own: the concept carries it.
 * Not much less: within a broad need the resident's own word ("blowt" among gambling, smoking and
 * drugs) picks the help that speaks of it.
 */
const COVERED_WORD_WEIGHT = 0.7;
/**
 * Search runs while the resident types, so the last word may be unfinished: "man" should already
 * find mantelzorg. Only that word is matched as the start of longer words from two letters on;
 * a space after it says the word is complete.
 */
const TYPING_MIN_PREFIX = 2;
/**
 * A word this rare (idf share, 1 = in no service) is specific: "belastingaangifte", not
 * "eenzaam". Services that have it as written outrank those matched otherwise within a bucket.
 */
const SPECIFIC_WORD = 0.5;

/** What a query word matched, kept for the parts of the same query (see `planQuery`'s `memo`). */
export interface WordMatch {
  scores: DocScores;
  exact: DocScores | undefined;
}

/**
 * `memo`: word matches of an earlier plan of the same query, so planning its parts one by one
 * (`queryClauses`) looks each word up once.
 */
export function planQuery(query: string, context: PlanContext, memo = new Map<string, WordMatch>()): QueryPart[] {
  const { index, size } = context;
  const typed = queryWords(query);
  const stillTyping = !/\s$/.test(query);
  const { matches, quiet } = readWornOut(query, typed, matchConcepts(typed, context.concepts), context.concepts);
  const covered = new Set(matches.flatMap((m) => m.covered));
  const maxIdf = Math.log(1 + size);
  const idf = (df: number): number => (maxIdf === 0 ? 1 : Math.log(1 + size / (1 + df)) / maxIdf);

  const match = (word: QueryWord, unfinished: boolean): WordMatch => {
    const key = `${word.word}${unfinished ? '…' : ''}`;
    const known = memo.get(key);
    if (known) return known;
    // A stop word that counts here (the weather's "weer") is in no service: stop words are not
    // indexed, so all it could match is the start of other words ("Weerlo", "weerbaar").
    if (STOP_WORDS.has(word.word)) return { scores: new DocScores(size), exact: undefined };
    let scores = wordScores(index, size, [word.stem, word.word], unfinished ? { minPrefix: TYPING_MIN_PREFIX } : undefined);
    // A compound the services never use may still be written apart in them.
    if (!index.has(word.stem) && !index.has(word.word)) {
      const split = compoundScores(index, size, word.word, stem, scores.size > 0);
      if (split) scores = maxOf(size, scores, split);
    }
    const exact = idf(scores.size) >= SPECIFIC_WORD && scores.size > 0 ? exactScores(index, size, [word.stem, word.word]) : undefined;
    const found = { scores, exact };
    memo.set(key, found);
    return found;
  };

  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  typed.forEach((word, position) => {
    if (word.stop || word.story || quiet.has(position) || seen.has(word.stem)) return;
    seen.add(word.stem);
    const { scores, exact } = match(word, stillTyping && position === typed.length - 1);
    // "mijn vader" says who needs help, not what help: a directory that never names fathers still answers it.
    if (scores.size === 0 && PERSON_WORDS.has(word.word)) return;
    const weight = idf(scores.size) * (covered.has(position) ? COVERED_WORD_WEIGHT : 1);
    const unexplained = exact !== undefined && !covered.has(position);
    parts.push({ kind: 'word', weight, scores, ...(exact ? { exact } : {}), ...(unexplained ? { unexplained } : {}), label: () => word.word });
  });

  for (const group of groupConcepts(matches)) {
    const tagged: number[] = [];
    for (const { concept } of group) {
      for (const id of concept.tagIds) tagged.push(...(context.taggedWith.get(id) ?? []));
    }
    const keywords = group.map(({ concept }) => context.conceptKeywords(concept));
    const first = group[0]?.concept;
    parts.push({
      kind: 'need',
      weight: 1,
      scores: conceptScores(size, tagged, keywords),
      label: (lang) => (lang === 'en' ? (first?.name_en ?? first?.name ?? '') : (first?.name ?? '')),
    });
  }
  return parts;
}

/**
 * Matched concepts that share tags (a feed need and the thesaurus concept linked to it) are one
 * part of the query, not two.
 */
function groupConcepts(matches: readonly ConceptMatch[]): ConceptMatch[][] {
  const groups: ConceptMatch[][] = [];
  for (const match of matches) {
    const group = groups.find((g) => g.some((m) => m.concept.tagIds.some((id) => match.concept.tagIds.includes(id))));
    if (group) group.push(match);
    else groups.push([match]);
  }
  return groups;
}

function maxOf(size: number, a: DocScores, b: DocScores): DocScores {
  const out = new DocScores(size);
  for (const scores of [a, b]) for (const doc of scores.docs) out.raise(doc, scores.get(doc));
  return out;
}
