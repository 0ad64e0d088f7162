import type { TaxonomyTerm } from '@wijkwijzer/schemas';
import { indexTerms, phraseStems, type QueryWord } from './analyze.js';
import type { SlicedWork } from '../time-slices.js';
import { PERSON_WORDS } from './crisis-rules.js';
import { editDistance } from './edit-distance.js';
import { stem } from './stem.js';
import { PHRASE_WORDS } from './stop-words.js';
import { DEFAULT_THESAURUS, type Thesaurus, type ThesaurusConcept } from './thesaurus.js';

/**
 * Concepts are what a resident means rather than what they type: a need ("ik ben eenzaam" →
 * eenzaamheid) or a target group ("mantelzorgers"). They come from the feed's taxonomy (names and
 * residents' synonyms) and from the default thesaurus; a thesaurus concept that names the same need
 * as a feed term is linked to it, so the feed's tags and the thesaurus's words work together.
 */
export interface Concept {
  id: string;
  name: string;
  name_en?: string;
  kind: 'need' | 'target-group';
  /** Taxonomy ids a service carries (in `needs` or `target_groups`) when it serves this concept. */
  tagIds: readonly string[];
  /** Residents' words as written, for suggestions. */
  phraseTexts: readonly string[];
  /** The same phrases as stems (filler stop words removed), for matching queries. */
  phrases: readonly (readonly string[])[];
  /** Words to look for in service text, each a list of stems that must all occur. */
  keywords: readonly (readonly string[])[];
  /** The same for words that go with the need without naming it: they count for less. */
  related: readonly (readonly string[])[];
}

export interface ConceptMatch {
  concept: Concept;
  /** Positions of query words that the phrase covered. */
  covered: readonly number[];
  /** The resident's words that matched, as typed. */
  words: string;
}

/** Concepts built so far, by taxonomy and thesaurus: the search index and need suggestions share them. */
const built = new WeakMap<readonly TaxonomyTerm[], Map<Thesaurus | undefined, Concept[]>>();

/**
 * The concepts of `taxonomy` with `thesaurus` (default: the SDK's; `false`: none), built once
 * per pair (and pausable while they are built): a page's index builds them in slices, and
 * suggestions while the resident types then take the same list instead of stemming a few
 * hundred phrases again in one go.
 */
export function* sharedConcepts(taxonomy: readonly TaxonomyTerm[], option: Thesaurus | false = DEFAULT_THESAURUS): SlicedWork<Concept[]> {
  const thesaurus = option === false ? undefined : option;
  let byThesaurus = built.get(taxonomy);
  if (!byThesaurus) built.set(taxonomy, (byThesaurus = new Map()));
  const found = byThesaurus.get(thesaurus);
  if (found) return found;
  const concepts = yield* conceptsBuild(taxonomy, thesaurus);
  byThesaurus.set(thesaurus, concepts);
  return concepts;
}

/** Builds the concepts, pausable between them: linking the thesaurus to a feed's needs takes a while. */
function* conceptsBuild(taxonomy: readonly TaxonomyTerm[], thesaurus: Thesaurus | undefined): SlicedWork<Concept[]> {
  const concepts: Concept[] = [];
  const feedNeeds: TaxonomyTerm[] = [];
  for (const term of taxonomy) {
    yield;
    if (term.kind === 'life-domain') continue;
    const texts = [term.name, ...(term.synonyms ?? [])];
    concepts.push(concept(term.id, term.name, undefined, term.kind, [term.id], texts, keywordTexts(term), []));
    if (term.kind === 'need') feedNeeds.push(term);
  }
  const needNames = feedNeeds.map(termNames);
  for (const [id, entry] of Object.entries(thesaurus ?? {})) {
    yield;
    const names = entryNames(entry);
    const linked = feedNeeds.filter((_term, index) => namesSameNeed(needNames[index] as TermNames, names));
    const linkedTexts = linked.flatMap((term) => [term.name, ...(term.synonyms ?? [])]);
    concepts.push(
      concept(
        id,
        entry.name,
        entry.name_en,
        'need',
        linked.map((term) => term.id),
        [...entry.phrases, ...entry.keywords.filter(isOneWord), ...linkedTexts],
        [...entry.keywords, ...linked.flatMap(keywordTexts)],
        entry.related ?? [],
      ),
    );
  }
  return concepts;
}

/**
 * A one-word keyword ("rouwgroep", "schuldhulpverlening") is the name of the help in service text,
 * and a resident who types it asks for that need, as for a phrase.
 */
const isOneWord = (keyword: string): boolean => !/[\s-]/.test(keyword.trim());

/**
 * Whether a feed need and a thesaurus concept are the same need, judged by names: equal names, the
 * feed need's name is one of the concept's phrases, every word of the feed need's name is a
 * resident's word of the concept ("Dementie en geheugen" ↔ "dementie", "geheugen"), or the names
 * share a word and the residents' words at least three phrases ("Spoed en acute zorg" ↔ "Spoed buiten
 * kantooruren", both with "spoed", "dringend" and "huisartsenpost"). One shared synonym alone does
 * not link: "dagbesteding" is a synonym of both work and meeting people in one feed, and linking on
 * it would merge the two.
 */
function namesSameNeed(term: TermNames, entry: EntryNames): boolean {
  if (term.name.length === 0) return false;
  if (term.key === entry.key || entry.phraseKeys.has(term.key)) return true;
  if (term.name.every((stem) => entry.oneWordPhrases.has(stem))) return true;
  if (!term.name.some((stem) => entry.name.includes(stem))) return false;
  return term.synonymKeys.filter((key) => entry.phraseKeys.has(key)).length >= 3;
}

/** A feed need's name and synonyms as stems, worked out once per build rather than once per pair. */
interface TermNames {
  name: readonly string[];
  key: string;
  synonymKeys: readonly string[];
}

function termNames(term: TaxonomyTerm): TermNames {
  const name = phraseStems(term.name);
  return { name, key: name.join(' '), synonymKeys: (term.synonyms ?? []).map((synonym) => phraseStems(synonym).join(' ')) };
}

/** A thesaurus concept's name and phrases as stems, worked out once per build. */
interface EntryNames {
  name: readonly string[];
  key: string;
  phraseKeys: ReadonlySet<string>;
  oneWordPhrases: ReadonlySet<string | undefined>;
}

function entryNames(entry: ThesaurusConcept): EntryNames {
  const name = phraseStems(entry.name);
  const phrases = entry.phrases.map(phraseStems);
  return {
    name,
    key: name.join(' '),
    phraseKeys: new Set(phrases.map((stems) => stems.join(' '))),
    oneWordPhrases: new Set(phrases.filter((stems) => stems.length === 1).map((stems) => stems[0])),
  };
}

/**
 * A term's name and its one-word synonyms are good words to find in service text; longer synonyms
 * ("geen contacten") are phrases of a resident and shrink to generic words without their context.
 */
function keywordTexts(term: TaxonomyTerm): string[] {
  return [term.name, ...(term.synonyms ?? []).filter((s) => !/\s/.test(s.trim()))];
}

function concept(
  id: string,
  name: string,
  nameEn: string | undefined,
  kind: Concept['kind'],
  tagIds: readonly string[],
  phraseTexts: readonly string[],
  keywordTexts: readonly string[],
  relatedTexts: readonly string[],
): Concept {
  const phrases = unique(phraseTexts.flatMap(spellings).map(phraseStems).filter((p) => p.length > 0));
  const keywords = unique(keywordTexts.map(indexTerms).filter((k) => k.length > 0));
  const related = unique(relatedTexts.map(indexTerms).filter((k) => k.length > 0));
  return {
    id,
    name,
    ...(nameEn !== undefined ? { name_en: nameEn } : {}),
    kind,
    tagIds,
    phraseTexts,
    phrases,
    keywords,
    related,
  };
}

/** A compound with a hyphen is typed three ways: "burn-out", "burn out" and "burnout". */
function spellings(phrase: string): string[] {
  return phrase.includes('-') ? [phrase.replaceAll('-', ' '), phrase.replaceAll('-', '')] : [phrase];
}

function unique(lists: readonly (readonly string[])[]): (readonly string[])[] {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = list.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** At most this many query words may sit between two words of a phrase ("kan echt geen boodschappen meer doen"). */
const MAX_GAP = 2;

/** Concepts whose phrases occur in the query. A concept is reported once, with its widest match. */
export function matchConcepts(query: readonly QueryWord[], concepts: readonly Concept[]): ConceptMatch[] {
  // Phrase matching sees meaning-bearing stop words ("geen", "niet") but not filler ("ik", "een").
  const positions: number[] = [];
  const stems: string[] = [];
  const heads: (string | undefined)[] = [];
  query.forEach((w, i) => {
    if (w.stop && !PHRASE_WORDS.has(w.word)) return;
    positions.push(i);
    stems.push(w.stem);
    heads.push(compoundHead(w.word));
  });
  const matches: ConceptMatch[] = [];
  for (const concept of concepts) {
    let best: number[] | undefined;
    for (const phrase of concept.phrases) {
      const at = findPhrase(stems, phrase) ?? findSwapped(stems, phrase) ?? findHead(heads, phrase);
      if (at && (!best || at.length > best.length)) best = at;
    }
    if (!best) continue;
    const covered = best.map((i) => positions[i] ?? 0);
    matches.push({ concept, covered, words: covered.map((i) => query[i]?.word ?? '').join(' ') });
  }
  // A phrase inside a longer matched phrase ("ziek" in "chronisch ziek") is part of that need, not a need of its own.
  return matches.filter(
    (match) => !matches.some((other) => other.covered.length > match.covered.length && match.covered.every((i) => other.covered.includes(i))),
  );
}

/**
 * Tails that add nothing to the need a compound names: "drankprobleem" is about drink, "taalhulp"
 * about language. Longest first, so "problemen" is not read as "problem" + "en".
 */
const GENERIC_TAILS = ['problemen', 'probleem', 'klachten', 'klacht', 'vragen', 'vraag', 'zorgen', 'hulp'];
const MIN_HEAD = 3;

/** The stem of a compound's head when the word ends in a generic tail ("gezinshulp" → gezin). */
function compoundHead(word: string): string | undefined {
  const tail = GENERIC_TAILS.find((t) => word.length - t.length >= MIN_HEAD && word.endsWith(t));
  if (!tail) return undefined;
  const head = word.slice(0, -tail.length);
  // The linking s of a compound ("gezins-hulp").
  return stem(head.length > MIN_HEAD + 1 && head.endsWith('s') ? head.slice(0, -1) : head);
}

/** Where a one-word phrase is the head of a compound with a generic tail, exactly. */
function findHead(heads: readonly (string | undefined)[], phrase: readonly string[]): number[] | undefined {
  if (phrase.length !== 1) return undefined;
  const at = heads.indexOf(phrase[0]);
  return at < 0 ? undefined : [at];
}

/** A two-word phrase the other way round, side by side: "care at home" for "home care", "drink te veel". */
function findSwapped(stems: readonly string[], phrase: readonly string[]): number[] | undefined {
  const [first, second] = phrase;
  if (phrase.length !== 2 || first === undefined || second === undefined) return undefined;
  for (let at = 1; at < stems.length; at++) {
    if (sameWord(stems[at - 1] ?? '', second) && sameWord(stems[at] ?? '', first)) return [at - 1, at];
  }
  return undefined;
}

/** Indices in `stems` where the phrase occurs in order with small gaps, or undefined. */
function findPhrase(stems: readonly string[], phrase: readonly string[]): number[] | undefined {
  const first = phrase[0];
  if (first === undefined) return undefined;
  for (let start = 0; start < stems.length; start++) {
    if (!sameWord(stems[start] ?? '', first)) continue;
    const at = [start];
    let pos = start;
    for (let p = 1; p < phrase.length; p++) {
      const want = phrase[p] ?? '';
      let found = -1;
      for (let j = pos + 1; j <= pos + 1 + MAX_GAP && j < stems.length; j++) {
        if (sameWord(stems[j] ?? '', want)) {
          found = j;
          break;
        }
      }
      if (found < 0) break;
      at.push(found);
      pos = found;
    }
    if (at.length === phrase.length) return at;
  }
  return undefined;
}

/**
 * Equal stems, or one typo in a word of six letters or more ("eensaam" for "eenzaam"); shorter
 * words differ in one letter from other words too often ("drink" and "drank"). Typos rarely hit the
 * first two letters together, and checking that first saves most distance computations.
 */
function sameWord(typed: string, phraseWord: string): boolean {
  if (typed === phraseWord) return true;
  if (FAMILY_STEMS.has(typed)) return false;
  if (Math.min(typed.length, phraseWord.length) < MIN_FUZZY_PHRASE_WORD) return false;
  if (typed.charCodeAt(0) !== phraseWord.charCodeAt(0) && typed.charCodeAt(1) !== phraseWord.charCodeAt(1)) return false;
  return editDistance(typed, phraseWord, 1) <= 1;
}

const MIN_FUZZY_PHRASE_WORD = 6;
/** Words for the people in a story are what they say: "broertje" is no typo for "beroerte". */
const FAMILY_STEMS: ReadonlySet<string> = new Set([...PERSON_WORDS].map(stem));
