import { words } from './normalize.js';
import { stem } from './stem.js';
import { editDistance } from './edit-distance.js';
import { boundedQuery } from './query-limits.js';

/**
 * Recognising a query that signals a crisis. This runs before, and independently of, the index:
 * it must work whatever the feed contains. It errs on the side of showing help lines: a false
 * alarm costs a resident one glance, a miss can cost much more.
 */

export type CrisisKind = 'suicide' | 'violence' | 'medical';

export interface CrisisSignal {
  /** Kinds signalled, in the order their help lines are shown. */
  kinds: CrisisKind[];
  /** The words that gave the signal, normalised. */
  matched: string[];
}

/**
 * Fragments found inside any word, for compounds ("zelfmoordgedachten", "kindermishandeling"),
 * also matched with one typo at the word's start ("zelfmoort", "suicde").
 */
const PARTS: Record<CrisisKind, readonly string[]> = {
  suicide: ['zelfmoord', 'suicid', 'zelfdoding', 'levensmoe', 'doodsgedachten'],
  violence: [
    'mishandel', 'huiselijkgeweld', 'partnergeweld', 'verkracht', 'eergerelateerd', 'loverboy',
    'kindermisbruik', 'incest', 'domesticviolence', 'domesticabuse',
  ],
  medical: [
    'borstpijn', 'bewusteloos', 'beroerte', 'herseninfarct', 'hersenbloeding', 'hartaanval',
    'hartinfarct', 'hartstilstand', 'reanim', 'ademnood', 'overdosis', 'vergiftig', 'flauwgevallen',
    'unconscious', 'heartattack', 'chestpain', 'overdose', 'seizure', 'stroke',
  ],
};

/** Phrases: words compared as stems, with up to two other words between them. */
const PHRASES: Record<CrisisKind, readonly string[]> = {
  suicide: [
    'niet meer leven', 'niet meer willen leven', 'wil dood', 'dood willen', 'dood wil', 'wil er niet meer zijn',
    'eind aan maken', 'einde aan maken', 'einde aan mijn leven', 'leven beroven',
    'mezelf iets aandoen', 'mijzelf iets aandoen', 'mezelf doodmaken', 'mezelf ophangen',
    'kill myself', 'want to die', 'end my life', 'dont want to live', 'not want to live', 'hurt myself',
    'take my life',
  ],
  violence: [
    'huiselijk geweld', 'geweld thuis', 'slaat me', 'slaat mij', 'sloeg me', 'sloeg mij', 'slaan me',
    'schopt me', 'schopt mij', 'slaat mijn', 'slaat ons', 'bedreigt me', 'bedreigt mij', 'bang voor mijn man',
    'bang voor mijn vrouw', 'bang voor mijn partner', 'bang voor mijn vader', 'onveilig thuis',
    'seksueel misbruik', 'misbruikt', 'hits me', 'beats me', 'hit me', 'hurts me', 'abuses me', 'abused me', 'child abuse',
    'sexual abuse', 'elder abuse',
    'afraid of my partner', 'afraid of my husband', 'unsafe at home',
  ],
  medical: [
    'pijn op de borst', 'pijn op borst', 'druk op de borst', 'kan niet ademen', 'kan niet meer ademen',
    'kan geen adem', 'krijg geen lucht', 'geen lucht', 'ademt niet', 'buiten bewustzijn',
    'scheve mond', 'veel bloed', 'ernstige bloeding', 'epileptische aanval', 'cant breathe',
    'cannot breathe', 'not breathing', 'heart attack', 'chest pain', 'passed out', 'bleeding heavily',
  ],
};

const ORDER: readonly CrisisKind[] = ['suicide', 'violence', 'medical'];

const PATTERNS: readonly { kind: CrisisKind; part?: string; phrase?: readonly string[] }[] = ORDER.flatMap((kind) => [
  ...PARTS[kind].map((part) => ({ kind, part })),
  ...PHRASES[kind].map((text) => ({ kind, phrase: words(text).map(stem) })),
]);

/** Most words that may stand between two words of a phrase ("ik wil echt niet meer leven"). */
const MAX_GAP = 2;

/** Looks at the query's first `MAX_QUERY_LENGTH` characters, every word of them. */
export function detectCrisis(query: string): CrisisSignal | undefined {
  const typed = words(boundedQuery(query));
  if (typed.length === 0) return undefined;
  const stems = typed.map(stem);
  // Compounds written apart or together look the same to a fragment: "huiselijk geweld".
  const joined = typed.join('');
  const kinds = new Set<CrisisKind>();
  const matched: string[] = [];
  for (const pattern of PATTERNS) {
    if (kinds.has(pattern.kind)) continue;
    const hit = pattern.part !== undefined ? findPart(typed, joined, pattern.part) : findPhrase(stems, typed, pattern.phrase ?? []);
    if (hit === undefined) continue;
    kinds.add(pattern.kind);
    matched.push(hit);
  }
  if (kinds.size === 0) return undefined;
  return { kinds: ORDER.filter((k) => kinds.has(k)), matched };
}

function findPart(typed: readonly string[], joined: string, part: string): string | undefined {
  for (const word of typed) {
    if (word.includes(part)) return word;
    // One typo in a long fragment ("zelfmoort", "suicde"): compare with the word's start.
    if (part.length >= 6 && word.length >= part.length - 1) {
      const start = word.slice(0, part.length);
      if (editDistance(start, part, 1) <= 1 || editDistance(word.slice(0, part.length - 1), part, 1) <= 1) return word;
    }
  }
  return joined.includes(part) ? part : undefined;
}

function findPhrase(stems: readonly string[], typed: readonly string[], phrase: readonly string[]): string | undefined {
  const first = phrase[0];
  if (first === undefined) return undefined;
  for (let start = 0; start < stems.length; start++) {
    if (stems[start] !== first) continue;
    let pos = start;
    let ok = true;
    for (let p = 1; p < phrase.length && ok; p++) {
      ok = false;
      for (let j = pos + 1; j <= pos + 1 + MAX_GAP && j < stems.length; j++) {
        if (stems[j] === phrase[p]) {
          pos = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return typed.slice(start, pos + 1).join(' ');
  }
  return undefined;
}
