import type { Area, Organization, Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { buildAreaGraph } from '../areas/area-graph.js';
import { audienceFit, OTHER_AUDIENCE_SHARE, queryAudiences, serviceAudiences } from './audience.js';
import { sharedConcepts, type Concept } from './concepts.js';
import { helpLines } from './crisis-hits.js';
import { isHuisartsenpost } from '../availability/huisartsenpost.js';
import { detectCrisis } from './crisis-signal.js';
import { documentContext, documentFields } from './document.js';
import { queryClauses } from './clauses.js';
import { compileFilters, type ServiceFilter } from './filters.js';
import { normalize } from './normalize.js';
import { MAX_SERVICES, nameRankOf, nameRanks, rankKey, routeRank } from './rank.js';
import { planQuery, type PlanContext, type QueryPart, type WordMatch } from './query-plan.js';
import { boundedQuery } from './query-limits.js';
import { answersQuery, asksTheDirectory, fillFromClauses, firstPageMissesAPart, interleaveByNeed, needsTakingTurns, type MatchedDoc } from './result-order.js';
import { keywordScores, type DocScores } from './scorer.js';
import { serviceFacts, type ServiceFacts } from './service-facts.js';
import { TermIndexBuilder } from './term-index.js';
import type { Thesaurus } from './thesaurus.js';
import type { SearchHit, SearchIndex, SearchOptions, SearchResults } from './types.js';
import type { Lang } from '../lang.js';
import { deferredWork, runInSlices, runToEnd, type DeferredWork, type SliceOptions, type SlicedWork } from '../time-slices.js';

export interface SearchIndexOptions {
  /** The region's areas, so an area filter understands gemeente ⊃ wijk. */
  areas?: readonly Area[];
  /** The feed's organisations, so a service is found by who provides it (cards carry the name themselves). */
  organizations?: readonly Pick<Organization, 'id' | 'name'>[];
  /** Used beside the feed's taxonomy; `false` turns it off. Default: the SDK's Dutch thesaurus. */
  thesaurus?: Thesaurus | false;
}

/** A query's text ranked (see `rank` in searchIndexInParts). */
interface Ranking {
  parts: QueryPart[];
  /** Passing services, best first. */
  order: number[];
  relevanceOf: (doc: number) => number;
  distances: ReadonlyMap<number, number>;
}

/** The labels of the query's parts a service matched (`SearchHit.matched`); a loop, as it runs for every hit. */
function matchedBy(parts: readonly QueryPart[], doc: number, lang: Lang): string[] {
  const matched: string[] = [];
  for (const part of parts) if (part.scores.get(doc) > 0) matched.push(part.label(lang));
  return matched;
}

/** How `rank` ranks: with word matches shared between a query and its parts, or only the best. */
interface RankHow {
  memo: Map<string, WordMatch>;
  /** The groups the whole query names (audience.ts), also when a part of it is ranked ("ik ben 16 en zorg voor mijn moeder"). */
  audiences: number;
  /**
   * The query speaks of a crisis topic (crisis-signal.ts): never an unanswerable question such as
   * "iphone kopen", so whatever the directory has on it is shown, however many of its words are unknown.
   */
  crisisTopic?: boolean;
  bestOnly?: boolean;
}

/** Hits scoring below this share of the best hit are noise (a stray typo match), not results. */
const MIN_RELEVANCE = 0.2;
/** Keyword matches at least this good make a service count for an untagged need (see needFallback). */
const NEED_FALLBACK_MIN = 0.3;

/**
 * Builds the search index over services. Inactive and defunct services are left out: a resident
 * must not be sent to a service that no longer runs. Runs at once, for build steps and servers;
 * in a page, `createSearchIndexInSlices` keeps the main thread free.
 */
export function createSearchIndex(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[] = [],
  options: SearchIndexOptions = {},
): SearchIndex {
  const { index, text } = runToEnd(searchIndexInParts(services, taxonomy, options));
  text.get();
  return index;
}

/**
 * `createSearchIndex` in slices that give the main thread back (see `SliceOptions`), so
 * indexing thousands of services never blocks a page for long. The same index. It resolves
 * once it can list services (an empty query, filters); what text queries need, the larger
 * part, goes on in slices after that, and a text query that comes first finishes it at once.
 */
export async function createSearchIndexInSlices(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[] = [],
  options: SearchIndexOptions = {},
  slicing?: SliceOptions,
): Promise<SearchIndex> {
  const { index, text } = await runInSlices(searchIndexInParts(services, taxonomy, options), slicing);
  text.inSlices(slicing).catch(() => undefined); // stopped by the signal: a text query finishes it
  return index;
}

/** A search index and the part of it only text queries need, which may still be being built. */
export interface SearchIndexInParts {
  index: SearchIndex;
  text: DeferredWork<PlanContext>;
}

/**
 * The index build, pausable between services, in two parts: what listing services needs
 * (facts for the filters, name order, tags), then, deferred, the term index and concepts for
 * text queries (about two thirds of the work).
 */
export function* searchIndexInParts(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[],
  options: SearchIndexOptions,
): SlicedWork<SearchIndexInParts> {
  const docs = services.filter((s) => s.status !== 'inactive' && s.status !== 'defunct');
  const N = docs.length;
  if (N > MAX_SERVICES) throw new RangeError(`A search index holds at most ${MAX_SERVICES} services; got ${N}.`);
  const facts: ServiceFacts[] = [];
  const audiences = new Uint8Array(N);
  for (const [i, service] of docs.entries()) {
    yield;
    facts.push(serviceFacts(service));
    audiences[i] = serviceAudiences(`${service.name} ${service.alternate_name ?? ''}`);
  }
  const areas = buildAreaGraph(options.areas);
  const nameOrder = yield* nameRanks(docs);
  const byName = new Int32Array(N);
  nameOrder.forEach((rank, doc) => (byName[rank] = doc));
  const allDocs = docs.map((_, i) => i);

  // Which documents carry each taxonomy id, for concept boosts and the need filter.
  const taggedWith = new Map<string, Set<number>>();
  for (const [i, service] of docs.entries()) {
    yield;
    for (const id of [...(service.needs ?? []), ...(service.target_groups ?? [])]) {
      let set = taggedWith.get(id);
      if (!set) taggedWith.set(id, (set = new Set()));
      set.add(i);
    }
  }

  const textPart = deferredWork(textPartBuild(docs, taxonomy, options, taggedWith));
  const conceptById = new Map<string, Concept>();
  const needFallback = (needId: string): ReadonlySet<number> | undefined => {
    // A need no service is tagged with, but that the thesaurus knows: judge by the text.
    if (taggedWith.has(needId)) return undefined;
    const plan = textPart.get();
    if (conceptById.size === 0) for (const concept of plan.concepts) conceptById.set(concept.id, concept);
    const concept = conceptById.get(needId);
    if (!concept) return undefined;
    const scores = plan.conceptKeywords(concept);
    return new Set(scores.docs.filter((doc) => scores.get(doc) >= NEED_FALLBACK_MIN));
  };

  // A feed's own huisartsenposten replace the generic crisis entry for acute medical signals.
  const huisartsenposten: number[] = [];
  for (const [i, service] of docs.entries()) {
    yield;
    if (isHuisartsenpost(service)) huisartsenposten.push(i);
  }

  /**
   * A query's text ranked: its parts, the passing services in order (needs taking turns) and each
   * one's relevance and distance; only the best with `bestOnly` (a part of a story, see
   * `queryClauses`, whose word matches `memo` shares with the whole query).
   */
  function rank(text: string, filter: ServiceFilter | undefined, skipIds: ReadonlySet<string>, how: RankHow): Ranking {
    // An empty query lists services without the text part; anything typed, even "?", asks something.
    const asked = text.trim().length > 0;
    const parts = asked ? planQuery(text, textPart.get(), how.memo) : [];
    // Candidates and their summed score; an empty query lists everything.
    let candidates: readonly number[] = allDocs;
    let totals: Float64Array | undefined;
    if (parts.length > 0) {
      const sums = new Float64Array(N);
      const weightSum = parts.reduce((sum, u) => sum + (asksTheDirectory(u) ? u.weight : 0), 0);
      const touched: number[] = [];
      for (const unit of parts) {
        const share = unit.weight / weightSum;
        for (const doc of unit.scores.docs) {
          if (sums[doc] === 0) touched.push(doc);
          sums[doc] = (sums[doc] ?? 0) + share * unit.scores.get(doc);
        }
      }
      candidates = touched;
      totals = sums;
    }

    const passing: number[] = [];
    const distances = new Map<number, number>();
    // `covered` judges whether the query is answered at all; `best` scales relevance, in which a
    // service made for a group the query does not name counts for less (see audience.ts).
    let covered = 0;
    let best = 0;
    for (const doc of candidates) {
      if (skipIds.size > 0 && skipIds.has(docs[doc]?.id ?? '')) continue;
      if (filter) {
        const result = filter(docs[doc] as Service, facts[doc] as ServiceFacts, doc);
        if (!result.pass) continue;
        if (result.distanceKm !== undefined) distances.set(doc, result.distanceKm);
      }
      passing.push(doc);
      if (!totals) continue;
      const total = totals[doc] ?? 0;
      if (total > covered) covered = total;
      const fitting = audienceFit(audiences[doc] ?? 0, how.audiences) === 'others' ? total * OTHER_AUDIENCE_SHARE : total;
      totals[doc] = fitting;
      if (fitting > best) best = fitting;
    }

    const relevanceOf = (doc: number): number => (totals && best > 0 ? (totals[doc] ?? 0) / best : 1);
    const answered = !asked || how.crisisTopic === true || answersQuery(parts, covered);
    const specific = parts.flatMap((part) => (part.exact ? [part.exact] : []));
    const keys = new Float64Array(answered ? passing.length : 0);
    let count = 0;
    for (const doc of answered ? passing : []) {
      const relevance = relevanceOf(doc);
      if (relevance < MIN_RELEVANCE) continue;
      const exact = specific.length > 0 && specific.every((scores) => scores.get(doc) > 0);
      const standing = { exact, audience: audienceFit(audiences[doc] ?? 0, how.audiences) };
      keys[count++] = rankKey(relevance, standing, routeRank(docs[doc]?.route_step), distances.get(doc), nameOrder[doc] ?? 0);
    }
    if (how.bestOnly) {
      let best = Infinity;
      for (let i = 0; i < count; i++) best = Math.min(best, keys[i] ?? Infinity);
      return { parts, order: count > 0 ? [byName[nameRankOf(best)] ?? 0] : [], relevanceOf, distances };
    }
    const sorted = keys.subarray(0, count).sort();
    const order = Array.from(sorted, (key) => byName[nameRankOf(key)] ?? 0);
    const needs = needsTakingTurns(parts);
    return { parts, order: needs.length > 1 ? interleaveByNeed(order, needs) : order, relevanceOf, distances };
  }

  /** Each part's best service and what it matched there, for `fillFromClauses`. */
  function bestPerClause(
    clauses: readonly string[],
    text: string,
    filter: ServiceFilter | undefined,
    skipIds: ReadonlySet<string>,
    how: RankHow,
  ): MatchedDoc[] {
    return clauses.flatMap((clause, i) => {
      // Only the last part may end in a word still being typed.
      const finished = i < clauses.length - 1 || /\s$/.test(text);
      const ranking = rank(finished ? `${clause} ` : clause, filter, skipIds, { ...how, bestOnly: true });
      const first = ranking.order[0];
      return first === undefined ? [] : [{ doc: first, matched: matchedBy(ranking.parts, first, 'nl') }];
    });
  }

  function searchWithHelp(query: string, opts: SearchOptions = {}): SearchResults {
    const text = boundedQuery(query);
    const lang = opts.lang ?? 'nl';
    const filter = compileFilters(opts, { areas, needFallback, now: opts.now ?? new Date() });

    const signal = detectCrisis(text);
    const help = signal ? helpLines(signal, lang, localHuisartsenposten(opts)) : undefined;
    // Lines shown first are not repeated among the results; quiet ones leave the results alone.
    const crisisIds = new Set(help?.tier === 'acute' ? help.lines.map((line) => line.id) : []);

    const how: RankHow = { memo: new Map<string, WordMatch>(), audiences: queryAudiences(text), crisisTopic: signal !== undefined };
    const { parts, order, relevanceOf, distances } = rank(text, filter, crisisIds, how);
    // A part of a story can only add what the first five miss: when they match every part that
    // matches anything, its parts need no search of their own.
    const clauses = firstPageMissesAPart(parts, order) ? queryClauses(text) : [];
    const shownOrder =
      clauses.length > 1
        ? fillFromClauses(order, (doc) => matchedBy(parts, doc, 'nl'), bestPerClause(clauses, text, filter, crisisIds, how))
        : order;
    const shown = opts.limit === undefined ? shownOrder.length : Math.min(shownOrder.length, Math.max(0, opts.limit));
    const hits: SearchHit[] = [];
    for (let i = 0; i < shown; i++) {
      const doc = shownOrder[i] ?? 0;
      const hit: SearchHit = { service: docs[doc] as Service, score: relevanceOf(doc) };
      const matched = matchedBy(parts, doc, lang);
      if (matched.length > 0) hit.matched = matched;
      const distanceKm = distances.get(doc);
      if (distanceKm !== undefined) hit.distanceKm = distanceKm;
      hits.push(hit);
    }
    return help ? { hits, help } : { hits };
  }

  function search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const { hits, help } = searchWithHelp(query, opts);
    if (help?.tier !== 'acute') return hits;
    return [...help.lines.map((service): SearchHit => ({ service, score: 1, matched: help.matched, crisis: true })), ...hits];
  }

  /** The feed's huisartsenposten, those in the chosen area first when an area filter is set. */
  function localHuisartsenposten(opts: SearchOptions): Service[] {
    const areaOnly = opts.area === undefined ? undefined : compileFilters({ area: opts.area }, { areas, needFallback, now: new Date() });
    const local = areaOnly ? huisartsenposten.filter((i) => areaOnly(docs[i] as Service, facts[i] as ServiceFacts, i).pass) : [];
    return (local.length > 0 ? local : huisartsenposten).slice(0, MAX_HUISARTSENPOSTEN).map((i) => docs[i] as Service);
  }

  return { index: { searchWithHelp, search, size: N }, text: textPart };
}

/** What text queries need: the term index over the services' fields, and the concepts with their keyword matches. */
function* textPartBuild(
  docs: readonly Service[],
  taxonomy: readonly TaxonomyTerm[],
  options: SearchIndexOptions,
  taggedWith: ReadonlyMap<string, ReadonlySet<number>>,
): SlicedWork<PlanContext> {
  const context = documentContext(taxonomy, options.areas ?? [], options.organizations);
  const builder = new TermIndexBuilder();
  for (const [i, service] of docs.entries()) {
    yield;
    builder.add(i, documentFields(service, context));
  }
  const index = yield* builder.buildInSlices();
  const concepts = yield* sharedConcepts(taxonomy, options.thesaurus);
  // Keyword matches depend on the data only, so each concept's are worked out once, when first needed.
  const keywordMemo = new Map<Concept, DocScores>();
  const conceptKeywords = (concept: Concept): DocScores => {
    let scores = keywordMemo.get(concept);
    if (!scores) keywordMemo.set(concept, (scores = keywordScores(index, docs.length, concept)));
    return scores;
  };
  return { index, size: docs.length, concepts, taggedWith, conceptKeywords };
}

/** More than a few huisartsenposten is a list to read, not help to call. */
const MAX_HUISARTSENPOSTEN = 3;
