import type { QueryPart } from './query-plan.js';

/**
 * A query with a part nothing in the directory matches ("iphone kopen", "treintijden Amersfoort
 * Utrecht"), and no need that some service meets, is answered only when its best hit still covers
 * this share of what it asks (its parts weighted by rarity): below it, the best hit is a
 * coincidence of the other words, and an honest "nothing found" serves a resident better.
 */
export const MIN_ANSWER_COVERAGE = 0.5;

/**
 * Whether the hits of a query with words are an answer to it. Stop words alone ask nothing;
 * `best` is the best hit's score, the weighted share of the query's parts it matches.
 */
export function answersQuery(parts: readonly QueryPart[], best: number): boolean {
  if (parts.length === 0) return false;
  const known = parts.filter((part) => part.scores.size > 0);
  if (known.some((part) => part.kind === 'need')) return true;
  return known.length === parts.length || best >= MIN_ANSWER_COVERAGE;
}

/** A service counts for a need when it is tagged with it (1) or its own text clearly speaks of it. */
const NEED_MEMBER_MIN = 0.5;

/**
 * Several needs in one query ("eenzaam en schulden"): the ranked services reordered so that the
 * first ones cover every need. Services for all the needs come first; then one for each need by
 * turns, each need's own in their ranked order (relevance, then route order); then the rest.
 * A service is used once, for the first need whose turn reaches it.
 */
export function interleaveByNeed(ranked: readonly number[], needs: readonly QueryPart[]): number[] {
  const all: number[] = [];
  const queues: number[][] = needs.map(() => []);
  const rest: number[] = [];
  for (const doc of ranked) {
    let count = 0;
    for (const need of needs) if (need.scores.get(doc) >= NEED_MEMBER_MIN) count++;
    if (count === needs.length) all.push(doc);
    else if (count === 0) rest.push(doc);
    else needs.forEach((need, i) => need.scores.get(doc) >= NEED_MEMBER_MIN && queues[i]?.push(doc));
  }
  const order = all;
  const used = new Set(all);
  const heads = queues.map(() => 0);
  for (let placed = true; placed; ) {
    placed = false;
    queues.forEach((queue, i) => {
      let head = heads[i] ?? 0;
      while (head < queue.length && used.has(queue[head] as number)) head++;
      const doc = queue[head];
      heads[i] = head + 1;
      if (doc === undefined) return;
      used.add(doc);
      order.push(doc);
      placed = true;
    });
  }
  for (const doc of rest) order.push(doc);
  return order;
}
