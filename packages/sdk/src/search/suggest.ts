import type { TaxonomyTerm } from '@wijkwijzer/schemas';
import { queryWords } from './analyze.js';
import { matchConcepts, sharedConcepts } from './concepts.js';
import { normalize } from './normalize.js';
import { boundedQuery } from './query-limits.js';
import type { Thesaurus } from './thesaurus.js';
import type { Lang } from '../lang.js';
import { needNamesIn } from './need-names.js';
import { runToEnd } from '../time-slices.js';

export interface NeedSuggestion {
  /** A need id usable as the `need` filter: a feed taxonomy id, or a thesaurus concept id. */
  id: string;
  /** The need's name, as a tile shows it. */
  name: string;
  /** The resident's words it was found by ("eenzaam"), to show beside the name. */
  matched: string;
  /** The language `name` is in: Dutch for a feed's own name or a need without an English one. */
  lang: Lang;
}

export interface SuggestOptions {
  lang?: Lang;
  /** Default: the SDK's Dutch thesaurus; `false` suggests the taxonomy's own needs only. */
  thesaurus?: Thesaurus | false;
}

const NO_TAXONOMY: readonly TaxonomyTerm[] = [];

/**
 * Needs to suggest while a resident types: "eenz" and "ik ben een" both suggest Eenzaamheid.
 * Feed needs come first-class; a thesaurus concept linked to feed needs suggests those feed needs.
 * Reads the query as search does (see `MAX_QUERY_LENGTH`); throws `InvalidOptionsError` for a
 * query that is not a string.
 */
export function suggestNeeds(
  query: string,
  taxonomy: readonly TaxonomyTerm[] = NO_TAXONOMY,
  limit = 5,
  options: SuggestOptions = {},
): NeedSuggestion[] {
  const text = boundedQuery(query);
  const typed = normalize(text).trim().replace(/\s+/g, ' ');
  if (typed.length < 2) return [];
  // The index's concepts when it was built over the same taxonomy (see sharedConcepts).
  const concepts = runToEnd(sharedConcepts(taxonomy, options.thesaurus)).filter((c) => c.kind === 'need');
  const lang = options.lang ?? 'nl';
  const names = needNamesIn(taxonomy, lang, options.thesaurus);
  const words = queryWords(text);
  const content = words.filter((w) => !w.stop).map((w) => w.word);
  const last = normalize(text).trimEnd().split(/\s+/).at(-1) ?? '';
  const whole = new Set(matchConcepts(words, concepts).map((m) => m.concept));

  const best = new Map<string, { suggestion: NeedSuggestion; score: number }>();
  for (const concept of concepts) {
    let score = 0;
    let matched = '';
    for (const [i, text] of [concept.name, ...concept.phraseTexts].entries()) {
      const found = textScore(normalize(text), typed, last, content);
      // The need's own name beats a synonym that matches as well.
      const s = found > 0 && i === 0 ? found + 0.5 : found;
      if (s > score) [score, matched] = [s, text];
    }
    if (whole.has(concept) && score < 4) score = 4;
    if (score <= 0) continue;
    // A thesaurus concept linked to feed needs stands for them; otherwise for itself.
    const targets = concept.tagIds.length > 0 && concept.kind === 'need' ? concept.tagIds : [concept.id];
    for (const id of targets) {
      const { name, lang: nameLang } = names.get(id) ?? { name: concept.name, lang: 'nl' };
      const seen = best.get(id);
      if (!seen || seen.score < score) best.set(id, { suggestion: { id, name, matched: matched || name, lang: nameLang }, score });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.suggestion.name.localeCompare(b.suggestion.name, 'nl'))
    .slice(0, Math.max(0, limit))
    .map((x) => x.suggestion);
}

/**
 * 4: the resident typed the phrase; 3: the phrase starts with what they typed; 2: a word of it
 * starts with the word being typed and the phrase holds their other words; 1: it contains it.
 */
function textScore(text: string, typed: string, last: string, content: readonly string[]): number {
  if (text === typed) return 4;
  if (text.startsWith(typed)) return 3;
  const words = text.split(/[^a-z0-9]+/);
  if (
    last.length >= 2 &&
    words.some((w) => w.startsWith(last)) &&
    content.every((w) => w === last || words.some((x) => x.startsWith(w)))
  ) {
    return 2;
  }
  // Inside a word only from four letters: "zorg" in mantelzorg helps, "man" in niemand does not.
  return typed.length >= 4 && text.includes(typed) ? 1 : 0;
}
