import { queryWords, type QueryWord } from './analyze.js';
import { JOINING_WORDS } from './clauses.js';
import type { Concept, ConceptMatch } from './concepts.js';
import { plainText } from './normalize.js';

/**
 * Saying one is worn out ("ik trek het niet meer", "mama kan niet meer", "I'm exhausted") asks
 * for rest and support, and whose support depends on the story: told beside a relative's illness
 * ("papa is terminaal, mama kan niet meer") it is a carer at the end of their strength, who needs
 * mantelzorg support; told by a parent it asks for parenting support; told alone it is stress.
 * The words themselves ("kapot", "op") are never searched: "ik ben kapot" is not about a broken
 * washing machine.
 */
const WORN_OUT_PHRASES = [
  'kan niet meer', 'kan het niet meer', 'kan het niet meer aan', 'kan het niet aan', 'kan het niet meer opbrengen',
  'trek het niet meer', 'trek het niet', 'trekt het niet meer', 'trekt het niet',
  'ben kapot', 'ben op', 'ben uitgeput', 'is uitgeput', 'ben doodmoe', 'ben zo moe', 'ben moe',
  'weet het niet meer', 'weet niet meer wat ik moet doen', 'weet me geen raad',
  'houd het niet vol', 'hou het niet vol', 'houdt het niet vol', 'hou het niet meer vol', 'houd het niet meer vol',
  'red het niet', 'red het niet meer', 'zit er doorheen', 'sta er alleen voor', 'sta er helemaal alleen voor', 'zit helemaal stuk', 'ben er klaar mee',
  'wordt me te veel', 'wordt me allemaal te veel', 'wordt ons te veel', 'is me te zwaar', 'valt me zwaar',
  // Asking for rest says the same: "ik wil dat ik even rust heb".
  'even rust', 'even op adem komen', 'even tijd voor mezelf', 'even lucht', 'tijd voor mezelf',
  'im exhausted', 'i am exhausted', 'exhausted', 'im worn out', 'worn out', 'cant cope', 'cannot cope',
  'can not cope', 'at the end of my rope', 'at the end of my tether', 'im burning out', 'running on empty',
];
/**
 * Sayings with one or two words in the place of the star: "kan de nachten niet meer aan", "weet het
 * ook niet meer". When those words name a need ("kan het huishouden niet aan"), the need is what
 * is asked, and it is no saying.
 */
const WORN_OUT_WITH_OBJECT = ['kan * niet meer aan', 'kan * niet aan', 'weet het * niet meer', 'trek * niet meer'];
/** Words that may close the saying without adding a need: "ik kan niet meer, echt", "even rust heb". */
const CLOSING = ['meer', 'aan', 'echt', 'helemaal', 'hoor', 'allemaal', 'heb', 'hebben', 'krijg', 'krijgen', 'nodig', 'anymore', 'any more', 'really', 'at all'];
/** Where a part of the story ends: punctuation, a joining word, or the end. */
const PART_END = String.raw`(?=\s*(?:[,;.!?]|$)|\s+(?:${JOINING_WORDS.join('|')})\b)`;
const sayings = (phrases: readonly string[]): RegExp =>
  new RegExp(String.raw`\b(?:${phrases.map(phrasePattern).join('|')})(?:\s+(?:${CLOSING.join('|')}))*${PART_END}`, 'g');
const WORN_OUT = sayings(WORN_OUT_PHRASES);
const WORN_OUT_OBJECT = sayings(WORN_OUT_WITH_OBJECT);
/** The needs a saying is read as; any other need inside a saying with an object is what was asked. */
const READINGS: ReadonlySet<string> = new Set(['mantelzorg', 'opvoeden', 'stress-burnout']);

/** Adult relatives a resident cares for. */
const RELATIVES: ReadonlySet<string> = new Set([
  'moeder', 'vader', 'man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'papa', 'mama', 'pap', 'mam',
  'oma', 'opa', 'schoonmoeder', 'schoonvader', 'schoonouders', 'ouders', 'broer', 'zus', 'buurman', 'buurvrouw',
  'mother', 'father', 'mom', 'mum', 'dad', 'husband', 'wife', 'parents', 'grandmother', 'grandfather',
]);
/** "ik als moeder": the resident's own role as a parent, not a relative cared for. */
const OWN_PARENT_ROLE: ReadonlySet<string> = new Set(['moeder', 'vader', 'ouder', 'mother', 'father', 'parent']);
/** Children a parent may be worn out by: then it is parenting support that helps. */
const CHILDREN: ReadonlySet<string> = new Set([
  'kind', 'kinderen', 'kindje', 'kids', 'zoon', 'dochter', 'baby', 'puber', 'peuter', 'tiener', 'tweeling',
  'child', 'children', 'son', 'daughter', 'toddler', 'teenager', 'twins',
]);

export interface WornOutReading {
  matches: ConceptMatch[];
  /** Positions of the saying's words: the story, not words to search. */
  quiet: ReadonlySet<number>;
}

/**
 * `matches` with the worn-out sayings of `query` read in their story: as mantelzorg when the query
 * names an adult relative and another need, as parenting (`opvoeden`) when it names a child or the
 * resident as a parent, else as stress (`stress-burnout`). Concepts the thesaurus leaves out are
 * not added. `words` are the query's words (`queryWords`), which the caller has already.
 */
export function readWornOut(
  query: string,
  words: readonly QueryWord[],
  matches: ConceptMatch[],
  concepts: readonly Concept[],
): WornOutReading {
  const text = plainText(query);
  const spansOf = (pattern: RegExp): number[][] =>
    Array.from(text.matchAll(pattern), (found) => {
      const start = queryWords(text.slice(0, found.index)).length;
      return Array.from({ length: queryWords(found[0]).length }, (_, i) => start + i);
    });
  const namesANeed = (span: readonly number[]): boolean =>
    matches.some((match) => !READINGS.has(match.concept.id) && match.covered.some((i) => span.includes(i)));
  const spans = [...spansOf(WORN_OUT), ...spansOf(WORN_OUT_OBJECT).filter((span) => !namesANeed(span))];
  if (spans.length === 0) return { matches, quiet: new Set() };
  const quiet = new Set(spans.flat());
  const inSaying = (match: ConceptMatch): boolean => match.covered.every((i) => quiet.has(i));
  const others = matches.filter((match) => !inSaying(match));
  if (others.some((match) => match.concept.id === 'mantelzorg')) return { matches: others, quiet };
  const ownRole = (i: number): boolean => words[i - 1]?.word === 'als' && OWN_PARENT_ROLE.has(words[i]?.word ?? '');
  const caring = words.some((word, i) => RELATIVES.has(word.word) && !quiet.has(i) && !ownRole(i));
  const parenting = words.some((word, i) => CHILDREN.has(word.word) || ownRole(i));
  const reading = caring && others.some((match) => match.concept.kind === 'need') ? 'mantelzorg' : parenting ? 'opvoeden' : 'stress-burnout';
  const concept = concepts.find((c) => c.id === reading);
  if (!concept) return { matches, quiet };
  if (others.some((match) => match.concept === concept)) return { matches: others, quiet };
  const covered = [...quiet];
  return {
    matches: [...others, { concept, covered, words: covered.map((i) => words[i]?.word ?? '').join(' ') }],
    quiet,
  };
}

/** A phrase as a pattern: its words literally, a star as one or two words of any kind. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (word === '*' ? String.raw`\S+(?:\s+\S+)?` : word.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join(String.raw`\s+`);
}
