import type { QueryPart } from './query-plan.js';
import type { DocScores } from './scorer.js';

/**
 * A query with a part nothing in the directory matches ("iphone kopen", "treintijden Amersfoort
 * Utrecht"), and no need that some service meets, is answered only when its best hit still covers
 * this share of what it asks (its parts weighted by rarity): below it, the best hit is a
 * coincidence of the other words, and an honest "nothing found" serves a resident better.
 */
export const MIN_ANSWER_COVERAGE = 0.5;

/**
 * Every word of a query of three or more is known, but no service has more than a few of them
 * ("tweedehands fiets kopen": a bicycle in one, "kopen" in another): below this share the words
 * only meet by chance, and nothing is found.
 */
const SCATTERED_COVERAGE = 0.35;
/** Two words may well be met in two services ("wie helpt met belastingpapieren"); three by chance is the sign. */
const SCATTERED_MIN_PARTS = 3;

/**
 * Whether the hits of a query with words are an answer to it. Stop words alone ask nothing;
 * `best` is the best hit's score, the weighted share of the query's parts it matches.
 */
export function answersQuery(parts: readonly QueryPart[], best: number): boolean {
  const asked = parts.filter(asksTheDirectory);
  if (asked.length === 0) return false;
  const known = asked.filter((part) => part.scores.size > 0);
  if (known.some((part) => part.kind === 'need') || best >= MIN_ANSWER_COVERAGE) return true;
  if (known.length < asked.length) return false;
  return asked.length < SCATTERED_MIN_PARTS || best >= SCATTERED_COVERAGE;
}

/**
 * A need the thesaurus understood but no service in this directory meets ("geen geld voor eten"
 * where there is no food bank) is no unknown word: the query is judged on its other parts.
 */
export function asksTheDirectory(part: QueryPart): boolean {
  return part.kind !== 'need' || part.scores.size > 0;
}

/**
 * A service counts for a need when its score for it is at least this share of the best service's:
 * in a feed without tags a need may be met only in descriptions (scores of 0.375), and it still
 * gets its turn.
 */
const NEED_MEMBER_SHARE = 0.5;
/** A service counts for every need at once only when it is this strong on each: tagged, or named for it. */
const ALL_NEEDS_MIN = 0.75;
/**
 * At most this many services for every need lead; the others follow the turns. A resident who names
 * two needs also wants to see the help made for each, not a page of generalist teams.
 */
const ALL_NEEDS_FIRST = 2;

/** More needs than this in one query share five places too thinly: the rest follow by rank. */
const MAX_NEEDS_TAKING_TURNS = 3;

/**
 * A word that some service carries in its name, its provider's or its B1 summary names a kind of
 * help ("verpleeghuis" → Verpleeghuiszorg); one met only in descriptions ("zwaar", "week") is
 * a word of the resident's story, not a need of its own.
 */
const NAMING_SCORE = 0.6;

function namesAService(scores: DocScores): boolean {
  for (const doc of scores.docs) if (scores.get(doc) >= NAMING_SCORE) return true;
  return false;
}

/**
 * The needs a query's results take turns between: the recognised needs, and beside at least one of
 * them its specific words that no need accounts for, rarest first ("door het drinken heb ik nu ook
 * schulden": money worries and "drinken").
 */
export function needsTakingTurns(parts: readonly QueryPart[]): QueryPart[] {
  const needs = parts.filter((part) => part.kind === 'need');
  if (needs.length === 0) return needs;
  const words = parts.filter((part) => part.unexplained && namesAService(part.scores)).sort((a, b) => b.weight - a.weight);
  return [...needs, ...words].slice(0, MAX_NEEDS_TAKING_TURNS);
}

/**
 * Several needs in one query ("eenzaam en schulden"): the ranked services reordered so that the
 * first ones cover every need. Two services strong on all the needs come first; then one for each
 * need by turns, each from the services that count most for that need (a generalist team that
 * speaks of both goes with the need it is tagged for), in their ranked order (relevance, then
 * route order); then the other services strong on all; then the rest.
 */
export function interleaveByNeed(ranked: readonly number[], needs: readonly QueryPart[]): number[] {
  const floors = needs.map((need) => {
    let best = 0;
    for (const doc of ranked) best = Math.max(best, need.scores.get(doc));
    return best * NEED_MEMBER_SHARE;
  });
  const order: number[] = [];
  const queues: number[][] = needs.map(() => []);
  const rest: number[] = [];
  const moreForAll: number[] = [];
  for (const doc of ranked) {
    let strongOnAll = true;
    let best = -1;
    let bestScore = 0;
    needs.forEach((need, i) => {
      const score = need.scores.get(doc);
      if (score < ALL_NEEDS_MIN) strongOnAll = false;
      if (score > 0 && score >= (floors[i] ?? 0) && score >= bestScore) [best, bestScore] = [i, score];
    });
    if (strongOnAll) (order.length < ALL_NEEDS_FIRST ? order : moreForAll).push(doc);
    else if (best < 0) rest.push(doc);
    else queues[best]?.push(doc);
  }
  const longest = Math.max(...queues.map((queue) => queue.length));
  for (let turn = 0; turn < longest; turn++) for (const queue of queues) if (turn < queue.length) order.push(queue[turn] as number);
  for (const doc of moreForAll) order.push(doc);
  for (const doc of rest) order.push(doc);
  return order;
}

/** The results a resident reads first: the ones every need should have a place among. */
const FIRST_PAGE = 5;
/** The query's own best results keep their places; a clause's best may take a later one. */
const KEPT_PLACES = 2;

/**
 * Whether a need of the query, or a specific word of it, that some service matches is matched by
 * none of the first five. A common word ("hulp") they lack asks for nothing of its own.
 */
export function firstPageMissesAPart(parts: readonly QueryPart[], ranked: readonly number[]): boolean {
  const first = ranked.slice(0, FIRST_PAGE);
  const asksForSomething = (part: QueryPart): boolean => part.kind === 'need' || part.exact !== undefined;
  return first.length > 0 && parts.some((part) => asksForSomething(part) && part.scores.size > 0 && first.every((doc) => part.scores.get(doc) === 0));
}

/** A ranked service and the query's words and needs it matched (`SearchHit.matched`). */
export interface MatchedDoc {
  doc: number;
  matched: readonly string[];
}

/**
 * A story of several parts ("zoon heeft schulden en is gestopt met school"): the best service for
 * each part that matched something no service in the first five matched gets a place there,
 * instead of the lowest one whose matches others in the first five share. A part whose best is
 * already shown, or says nothing new, changes nothing; the query's two best keep their places.
 */
export function fillFromClauses(
  ranked: readonly number[],
  matchedOf: (doc: number) => readonly string[],
  clauseBests: readonly MatchedDoc[],
): number[] {
  const first: MatchedDoc[] = ranked.slice(0, FIRST_PAGE).map((doc) => ({ doc, matched: matchedOf(doc) }));
  for (const candidate of clauseBests) {
    if (first.some((shown) => shown.doc === candidate.doc)) continue;
    const shownMatches = new Set(first.flatMap((shown) => shown.matched));
    if (candidate.matched.every((label) => shownMatches.has(label))) continue;
    const place = lastRedundant(first);
    if (place < 0) break;
    first[place] = candidate;
  }
  const placed = new Set(first.map((shown) => shown.doc));
  return [...first.map((shown) => shown.doc), ...ranked.filter((doc) => !placed.has(doc))];
}

/** The lowest place after the kept ones whose every match another shown service also has; -1 if none. */
function lastRedundant(shown: readonly MatchedDoc[]): number {
  for (let place = shown.length - 1; place >= KEPT_PLACES; place--) {
    const others = new Set(shown.flatMap((hit, i) => (i === place ? [] : hit.matched)));
    if ((shown[place]?.matched ?? []).every((label) => others.has(label))) return place;
  }
  return -1;
}
