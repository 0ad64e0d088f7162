import { words } from './normalize.js';
import { editDistance } from './edit-distance.js';
import {
  AFTER_WORDS, CLAUSE_BREAKS, DANGER_NOW_PARTS, DANGER_NOW_PHRASES, DANGER_NOW_WORDS, HAD_AFTER, HAD_BEFORE, HARM_VERBS,
  INFO_PARTS, INFO_PHRASES, INFO_WORD_STARTS, INFO_WORDS, JUST_NOW, LEFT_ALONE_PHRASES, LEFT_LONG_WORDS, MEDICAL_AFTERCARE_PARTS,
  NEGATIONS, NO_ONE_THERE_PHRASES, NO_TYPO, NOT_HARM, PALLIATIVE_PARTS, PALLIATIVE_PHRASES, PERSON_WORDS, PHRASES, SHARED_PHRASES,
  CONFUSED_PARTS, MISSING_PHRASES, MISSING_WORDS, CHILD_WORDS, YOUNG_CHILD_AGE, ACCIDENT_PHRASES, CUT_WORDS, DENIALS, DOOR_WORDS, PAST_HARM_VERBS, STILL_NOW, SUBSTANCES, SWALLOWED, TOPIC_PARTS, TOPIC_WORDS, WEAPONS, WITH_WORDS, YOUNG_CHILD_WORDS,
} from './crisis-rules.js';
import { boundedQuery } from './query-limits.js';

/**
 * Recognising a query that signals a crisis. This runs before, and independently of, the index:
 * it must work whatever the feed contains. It runs on every keystroke, so it stays linear in the
 * query's length: a fixed set of rules, each checked in one pass over the words.
 *
 * Two tiers. **Acute**: it is happening ("ik wil dood", "hij slaat de kinderen", "pijn op de
 * borst"), or a crisis topic stands on its own ("zelfmoord"): show the help lines first.
 * **Informational**: the topic comes with learning, prevention, after-care or palliative care
 * ("reanimatiecursus", "hartrevalidatie na een hartinfarct"): the results first, help lines quietly.
 * When in doubt it is acute: a false alarm costs a glance, a miss can cost much more.
 */

/** `suicide` covers self-harm too (both go to 113); `medical` covers poisoning. */
export type CrisisKind = 'suicide' | 'violence' | 'medical';

export type CrisisTier = 'acute' | 'informational';

export interface CrisisSignal {
  /** Kinds signalled, in the order their help lines are shown. For `informational`, the topics mentioned. */
  kinds: CrisisKind[];
  /** The words that gave the signal, normalised. */
  matched: string[];
  /** `acute`: help lines before the results. `informational`: results first, help lines quietly after. */
  tier: CrisisTier;
  /** Acute violence with danger now (a weapon, "nu", "right now"): 112 comes first. */
  dangerNow: boolean;
}

const ORDER: readonly CrisisKind[] = ['suicide', 'violence', 'medical'];

interface Phrase {
  words: readonly string[];
  needsPerson: boolean;
  atEnd: boolean;
}

function phrase(text: string): Phrase {
  const needsPerson = text.startsWith('@');
  const atEnd = text.endsWith(' $');
  return { words: words(text.replace(/^@|\s\$$/g, '')), needsPerson, atEnd };
}

/** A topic: a fragment inside words, or a whole word. */
type TopicRule = { kinds: readonly CrisisKind[] } & ({ part: string } | { word: string });
interface PhraseRule {
  kinds: readonly CrisisKind[];
  phrase: Phrase;
}

/** Topic rules (weak) and phrase rules (strong), compiled once. */
const TOPICS: readonly TopicRule[] = ORDER.flatMap((kind) => [
  ...TOPIC_PARTS[kind].map((part): TopicRule => ({ kinds: [kind], part })),
  ...TOPIC_WORDS[kind].map((word): TopicRule => ({ kinds: [kind], word })),
]);
const STRONG: readonly PhraseRule[] = [
  ...ORDER.flatMap((kind) => PHRASES[kind].map((text): PhraseRule => ({ kinds: [kind], phrase: phrase(text) }))),
  ...SHARED_PHRASES.map(({ kinds, phrase: text }): PhraseRule => ({ kinds, phrase: phrase(text) })),
];
const INFO = INFO_PHRASES.map(phrase);
const PALLIATIVE = PALLIATIVE_PHRASES.map(phrase);
const DANGER = DANGER_NOW_PHRASES.map(phrase);
const LEFT_ALONE = LEFT_ALONE_PHRASES.map(phrase);
const NO_ONE_THERE = NO_ONE_THERE_PHRASES.map(phrase);
const ACCIDENT = ACCIDENT_PHRASES.map(phrase);
const MISSING = MISSING_PHRASES.map(phrase);

/** What one query holds, worked out once and shared by every rule. */
interface Query {
  typed: readonly string[];
  /** Each pair of neighbours written together, for compounds written apart ("heart attack"). */
  pairs: readonly string[];
  hasPerson: boolean;
  /** The typed words' first three letters: a phrase whose first word starts otherwise cannot match. */
  starts: ReadonlySet<string>;
}

/** Looks at the query's first `MAX_QUERY_LENGTH` characters, every word of them. */
export function detectCrisis(query: string): CrisisSignal | undefined {
  const typed = words(boundedQuery(query));
  if (typed.length === 0) return undefined;
  const pairs = typed.slice(1).map((word, i) => `${typed[i] ?? ''}${word}`);
  const q: Query = {
    typed,
    pairs,
    hasPerson: typed.some((w) => PERSON_WORDS.has(w)),
    starts: new Set(typed.map((w) => w.slice(0, 3))),
  };

  const palliative = PALLIATIVE_PARTS.some((p) => containsPart(q, p)) || PALLIATIVE.some((p) => findPhrase(q, p) !== undefined);
  const informational =
    INFO_PARTS.some((p) => containsPart(q, p)) ||
    typed.some((w) => INFO_WORDS.has(w) || INFO_WORD_STARTS.some((start) => w.startsWith(start))) ||
    INFO.some((p) => findPhrase(q, p) !== undefined);
  const aftercare = MEDICAL_AFTERCARE_PARTS.some((p) => containsPart(q, p));
  const accident = ACCIDENT.some((p) => findPhrase(q, p) !== undefined);

  const acute = new Set<CrisisKind>();
  const mentioned = new Set<CrisisKind>();
  const matched: string[] = [];
  const signal = (kinds: readonly CrisisKind[], strong: boolean, at: number, text: string): void => {
    for (const kind of kinds) {
      mentioned.add(kind);
      const inContext = informational || (kind === 'medical' && (aftercare || hadBefore(typed, at))) || followsAfterWord(typed, at);
      if (!palliative && (strong || !inContext)) acute.add(kind);
    }
    if (!matched.includes(text)) matched.push(text);
  };

  for (const rule of STRONG) {
    const hit = findPhrase(q, rule.phrase);
    // A cut on a knife while cooking is an accident, not self-harm.
    if (hit && !(accident && hit.text.split(' ').some((w) => CUT_WORDS.has(w)))) signal(rule.kinds, true, hit.at, hit.text);
  }
  for (const rule of TOPICS) {
    const hit = 'part' in rule ? findPart(q, rule.part) : findWord(typed, rule.word);
    // Denied just before ("niet suicidaal", "geen zelfmoordgedachten"): mentioned, not happening.
    if (hit && denied(typed, hit.at)) for (const kind of rule.kinds) mentioned.add(kind);
    else if (hit) signal(rule.kinds, false, hit.at, hit.text);
  }
  // Pairs of words anywhere in the query.
  if (q.hasPerson) {
    // Every harm verb on its own: "slaat de deur dicht en slaat mij" is a door and a blow.
    const notHarm = typed.some((word) => NOT_HARM.has(word));
    typed.forEach((w, verb) => {
      if (notHarm || !HARM_VERBS.has(w) || slamsADoor(typed, verb) || turnsDown(typed, verb)) return;
      // Blows long past ("vroeger geslagen") are a story, unless it is now too ("en nu weer").
      const longPast = informational && PAST_HARM_VERBS.has(w) && !typed.some((word) => STILL_NOW.has(word));
      signal(['violence'], !longPast, verb, w);
    });
    const weapon = typed.findIndex((w) => WEAPONS.has(w));
    if (weapon >= 0 && !accident) signal(['violence'], true, weapon, typed[weapon] ?? '');
  }
  const substance = typed.findIndex((w) => SUBSTANCES.some((s) => w.includes(s)));
  const swallowed = typed.some((w, i) => SWALLOWED.has(w) && !NEGATIONS.has(typed[i - 1] ?? '') && !NEGATIONS.has(typed[i - 2] ?? ''));
  if (substance >= 0 && swallowed) signal(['medical'], true, substance, typed[substance] ?? '');
  const missingWord = typed.findIndex((w) => MISSING_WORDS.has(w));
  const missing = missingWord >= 0 ? missingWord : firstPhraseAt(q, MISSING);
  if (missing >= 0 && CONFUSED_PARTS.some((p) => containsPart(q, p))) signal(['medical'], true, missing, typed[missing] ?? '');
  const leftAlone = childLeftAlone(q);
  if (leftAlone) signal(['violence'], true, leftAlone.at, leftAlone.text);

  if (mentioned.size === 0) return undefined;
  const tier: CrisisTier = acute.size > 0 ? 'acute' : 'informational';
  const kinds = ORDER.filter((k) => (tier === 'acute' ? acute : mentioned).has(k));
  const dangerNow =
    (acute.has('violence') &&
      (leftAlone !== undefined ||
        typed.some((w) => DANGER_NOW_WORDS.has(w)) ||
        DANGER_NOW_PARTS.some((p) => containsPart(q, p)) ||
        DANGER.some((p) => findPhrase(q, p) !== undefined))) ||
    // Someone who says they will end it and has a weapon to hand: 112 before 113.
    (acute.has('suicide') && typed.some((w) => WEAPONS.has(w)));
  return { kinds, matched, tier, dangerNow };
}

interface Hit {
  /** Index of the (first) word that matched. */
  at: number;
  text: string;
}

/** A young child alone, for long or with no one there (see YOUNG_CHILD_WORDS). */
function childLeftAlone(q: Query): Hit | undefined {
  if (!q.typed.some((w) => YOUNG_CHILD_WORDS.has(w)) && !youngByAge(q.typed)) return undefined;
  for (const p of LEFT_ALONE) {
    const hit = findPhrase(q, p);
    if (!hit) continue;
    if (inClauseOf(q.typed, hit.at, (w) => WITH_WORDS.has(w))) continue;
    if (q.typed.some((w) => LEFT_LONG_WORDS.has(w)) || NO_ONE_THERE.some((n) => findPhrase(q, n) !== undefined)) return hit;
  }
  return undefined;
}

/** A child word and an age up to YOUNG_CHILD_AGE just after it or after "van": "mijn dochter van 4". */
function youngByAge(typed: readonly string[]): boolean {
  if (!typed.some((w) => CHILD_WORDS.has(w))) return false;
  return typed.some((w, i) => {
    const before = typed[i - 1] ?? '';
    return /^\d$/.test(w) && Number(w) <= YOUNG_CHILD_AGE && (before === 'van' || CHILD_WORDS.has(before));
  });
}

/**
 * Whether a word of the clause `at` is in passes `test`, looking from `at` the way `step` goes
 * (-1 back, 1 on) up to a clause break ("en", "maar", "of") or the query's end.
 */
function inClause(typed: readonly string[], at: number, step: -1 | 1, test: (word: string) => boolean): boolean {
  for (let j = at; j >= 0 && j < typed.length && !CLAUSE_BREAKS.has(typed[j] ?? ''); j += step) if (test(typed[j] ?? '')) return true;
  return false;
}

/** Whether a word of the clause around `at` passes `test`. */
function inClauseOf(typed: readonly string[], at: number, test: (word: string) => boolean): boolean {
  return inClause(typed, at, -1, test) || inClause(typed, at + 1, 1, test);
}

/** Whether "af" follows the verb in its clause: "slaat de aanvraag af" is no blow. */
function turnsDown(typed: readonly string[], verb: number): boolean {
  return inClause(typed, verb + 1, 1, (word) => word === 'af');
}

/** Where the first of `phrases` found in the query starts; -1 if none is. */
function firstPhraseAt(q: Query, phrases: readonly Phrase[]): number {
  for (const p of phrases) {
    const hit = findPhrase(q, p);
    if (hit) return hit.at;
  }
  return -1;
}

/** Whether a door follows the verb closely: "slaat met de deuren", "sloeg de deur dicht". */
function slamsADoor(typed: readonly string[], verb: number): boolean {
  return typed.slice(verb + 1, verb + 1 + NEAR).some((word) => DOOR_WORDS.has(word));
}

/** Whether a denial ("niet", "geen") stands just before the topic at `at`. */
function denied(typed: readonly string[], at: number): boolean {
  return DENIALS.has(typed[at - 1] ?? '');
}

function followsAfterWord(typed: readonly string[], at: number): boolean {
  return AFTER_WORDS.has(typed[at - 1] ?? '') || AFTER_WORDS.has(typed[at - 2] ?? '');
}

/** Words this close to a topic belong to its clause. */
const NEAR = 3;

/** Whether the topic at `at` is something someone has had, and not just now. */
function hadBefore(typed: readonly string[], at: number): boolean {
  const before = typed.slice(Math.max(0, at - NEAR), at);
  const had = typed.slice(at + 1, at + 1 + NEAR).some((w) => HAD_AFTER.has(w)) || before.some((w) => HAD_BEFORE.has(w));
  return had && !before.some((w) => JUST_NOW.has(w));
}

function containsPart(q: Query, part: string): boolean {
  return q.typed.some((w) => w.includes(part)) || q.pairs.some((w) => w.includes(part));
}

/** A fragment inside a word or a pair, or with typos at a word's start ("zelfmort", "suicde"). */
function findPart(q: Query, part: string): Hit | undefined {
  const typos = NO_TYPO.has(part) ? 0 : part.length >= 9 ? 2 : part.length >= 6 ? 1 : 0;
  for (const [list, isPair] of [[q.typed, false], [q.pairs, true]] as const) {
    for (let at = 0; at < list.length; at++) {
      const word = list[at] ?? '';
      // Two words written together allow one typo only: more would find words across the gap.
      const max = isPair ? Math.min(typos, 1) : typos;
      if (word.includes(part) || (max > 0 && startsWithTypo(word, part, max))) return { at, text: isPair ? part : word };
    }
  }
  return undefined;
}

/** Whether the word starts with the fragment give or take `max` edits (a letter missing, extra or swapped). */
function startsWithTypo(word: string, part: string, max: number): boolean {
  // Typos at the very start are rare, and this check keeps the keystroke path cheap.
  if (word.length < part.length - max || word.charCodeAt(0) !== part.charCodeAt(0) || word.charCodeAt(1) !== part.charCodeAt(1)) return false;
  for (let length = part.length - max; length <= part.length + max; length++) {
    if (length <= word.length && editDistance(part, word, max, 0, length) <= max) return true;
  }
  return false;
}

function findWord(typed: readonly string[], word: string): Hit | undefined {
  const at = typed.indexOf(word);
  return at >= 0 ? { at, text: word } : undefined;
}

/**
 * Whether a typed word stands for a phrase's word: the same, an inflection of it (a few letters
 * more: "wants", "slaat" for "slaa"), or cut short while typing or by a typo ("nie", "leve").
 */
function sameWord(typed: string, wanted: string): boolean {
  if (typed === wanted) return true;
  if (wanted.length >= 4 && typed.startsWith(wanted) && typed.length - wanted.length <= 3) return true;
  return typed.length >= 3 && wanted.length >= 4 && wanted.startsWith(typed) && wanted.length - typed.length <= 2;
}

/** Most words that may stand between two words of a phrase ("ik wil echt niet meer leven"). */
const MAX_GAP = 2;

function findPhrase(q: Query, p: Phrase): Hit | undefined {
  const { typed } = q;
  const [first] = p.words;
  if (first === undefined || (p.needsPerson && !q.hasPerson) || !q.starts.has(first.slice(0, 3))) return undefined;
  for (let start = 0; start < typed.length; start++) {
    if (!sameWord(typed[start] ?? '', first)) continue;
    let pos = start;
    let ok = true;
    for (let i = 1; i < p.words.length && ok; i++) {
      ok = false;
      for (let j = pos + 1; j <= pos + 1 + MAX_GAP && j < typed.length; j++) {
        if (sameWord(typed[j] ?? '', p.words[i] ?? '')) {
          pos = j;
          ok = true;
          break;
        }
        if (CLAUSE_BREAKS.has(typed[j] ?? '')) break;
      }
    }
    if (ok && (!p.atEnd || pos === typed.length - 1)) return { at: start, text: typed.slice(start, pos + 1).join(' ') };
  }
  return undefined;
}
