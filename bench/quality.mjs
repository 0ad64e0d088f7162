// Search quality by category (issue 13): for each directory and engine, the share of queries a
// resident would call answered. Queries and judgements live in JSON beside this file; this module
// only scores. An engine is { name, build(feed) → { search(q) → services in rank order,
// alarm?(q) → whether acute help lines show } }.

export const CATEGORIES = ['lexical', 'intent', 'english', 'jargon', 'multi-need', 'crisis', 'crisis-mention', 'no-answer'];

/** The 58 queries of queries.json were labelled by kind before there were categories. */
const KIND_CATEGORY = {
  typo: 'lexical',
  plain: 'lexical',
  diacritics: 'lexical',
  inflection: 'lexical',
  compound: 'lexical',
  intent: 'intent',
  synonym: 'intent',
  english: 'english',
};

export const categoryOf = (query) => query.category ?? KIND_CATEGORY[query.kind];

const plain = (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * How a directory's queries are judged. `byNeeds`: a service is relevant when it is tagged with
 * one of the query's needs, or its name contains one of its `names` (queries.json's rule).
 * `byIds`: when its id is in the query's `relevant` list; multi-need groups list ids.
 * `byTopics(key)`: for a directory with a judge's key (answers.json: `topics`, topic → service
 * ids): when the key files it under one of the query's `topics`; multi-need groups list topics.
 */
export const judges = {
  byNeeds: {
    relevant: (service, query) =>
      (query.needs ?? []).some((id) => (service.needs ?? []).includes(id)) ||
      (query.routeSteps ?? []).includes(service.route_step) ||
      (query.names ?? []).some((name) => plain(`${service.name} ${service.alternate_name ?? ''}`).includes(name)),
    inGroup: (service, group) => group.some((id) => (service.needs ?? []).includes(id)),
  },
  byIds: {
    relevant: (service, query) => (query.relevant ?? []).includes(service.id),
    inGroup: (service, group) => group.includes(service.id),
  },
  byTopics: (key) => {
    const idsOf = new Map(Object.entries(key.topics).map(([topic, ids]) => [topic, new Set(ids)]));
    const filed = (service, topics) => (topics ?? []).some((topic) => idsOf.get(topic)?.has(service.id) ?? false);
    return {
      relevant: (service, query) => filed(service, query.topics),
      inGroup: (service, group) => filed(service, group),
    };
  },
};

const active = (service) => service.status !== 'inactive' && service.status !== 'defunct';

/**
 * Whether `query` can be scored on `services` at all: a question no service answers says nothing
 * about an engine (it is listed, not scored). Crisis and no-answer queries always can.
 */
function answerable(query, services, judge) {
  const category = categoryOf(query);
  if (category === 'crisis' || category === 'no-answer' || category === 'crisis-mention') return true;
  if (category === 'multi-need') return query.needs.every((group) => services.some((s) => active(s) && judge.inGroup(s, group)));
  return services.some((s) => active(s) && judge.relevant(s, query));
}

/** One query's outcome: true, false, or undefined when the engine cannot be judged on it (no help lines). */
function outcome(query, index, services, judge, byId) {
  const category = categoryOf(query);
  // Judged on the directory's own records: some runs search copies without needs.
  const top = () => index.search(query.q).slice(0, 5).map((hit) => byId.get(hit.id));
  if (category === 'crisis') return index.alarm ? index.alarm(query.q) : undefined;
  if (category === 'no-answer') return index.search(query.q).length === 0;
  if (category === 'multi-need') return query.needs.every((group) => top().some((s) => s && judge.inGroup(s, group)));
  if (category === 'crisis-mention') {
    if (!index.alarm) return undefined;
    const fits = !(query.needs || query.relevant || query.topics) || !services.some((s) => active(s) && judge.relevant(s, query)) || top().some((s) => s && judge.relevant(s, query));
    return !index.alarm(query.q) && fits;
  }
  return top().some((s) => s && judge.relevant(s, query));
}

/**
 * Scores `engine` on a directory: per category { passed, scored } (scored 0: not applicable),
 * the queries it missed, and those no service answers.
 */
export function scoreDirectory(engine, directory) {
  const index = engine.build(directory.feed);
  const byId = new Map(directory.judgeServices.map((service) => [service.id, service]));
  const perCategory = new Map(CATEGORIES.map((category) => [category, { passed: 0, scored: 0 }]));
  const misses = [];
  const unanswerable = [];
  for (const query of directory.queries) {
    const category = categoryOf(query);
    if (!answerable(query, directory.judgeServices, directory.judge)) {
      unanswerable.push(query.q);
      continue;
    }
    const passed = outcome(query, index, directory.judgeServices, directory.judge, byId);
    if (passed === undefined) continue;
    const tally = perCategory.get(category);
    tally.scored++;
    if (passed) tally.passed++;
    else misses.push(`${category}: ${query.q}`);
  }
  return { perCategory, misses, unanswerable };
}

/** "93 % (28/30)", or "—" where the engine cannot be judged (baselines show no help lines). */
export function formatRate({ passed, scored }) {
  return scored === 0 ? '—' : `${Math.round((100 * passed) / scored)} % (${passed}/${scored})`;
}
