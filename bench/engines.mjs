// The engines compared, each as { name, build(feed) → { search(query) → services in rank order } }.
import Fuse from 'fuse.js';
import FlexSearch from 'flexsearch';
import { create as createOrama, insertMultiple, search as searchOrama } from '@orama/orama';
import MiniSearch from 'minisearch';
import { createSearchIndex } from '../packages/sdk/dist/search/index.js';
// Internal modules of our Dutch layer, for the "MiniSearch + Dutch layer" experiment only.
import { words } from '../packages/sdk/dist/search/normalize.js';
import { stem } from '../packages/sdk/dist/search/stem.js';
import { STOP_WORDS } from '../packages/sdk/dist/search/stop-words.js';

/** The text the plain baselines search: the service's name and description, and who provides it. */
const baselineText = (feed) => {
  const organizationNames = new Map((feed.organizations ?? []).map((o) => [o.id, o.name]));
  return feed.services.map((s) => ({
    id: s.id,
    name: `${s.name} ${s.alternate_name ?? ''}`,
    description: `${s.description ?? s.summary_b1 ?? ''} ${s.organization_name ?? organizationNames.get(s.organization_id) ?? ''}`,
  }));
};

/**
 * Ours: the SDK's index with the feed's taxonomy, areas and organisations; the full ranked list,
 * crisis lines left out, and whether the acute help lines show.
 */
export const ours = {
  name: 'wijkwijzer',
  build(feed) {
    const index = createSearchIndex(feed.services, feed.taxonomy, { areas: feed.areas, organizations: feed.organizations });
    return {
      search: (q) => index.searchWithHelp(q).hits.map((h) => h.service),
      alarm: (q) => index.searchWithHelp(q).help?.tier === 'acute',
    };
  },
};

/** The baseline the product brief names: plain MiniSearch, default tokenizer, prefix and fuzzy 0.2. */
export const miniSearch = {
  name: 'MiniSearch (plain)',
  build(feed) {
    const index = new MiniSearch({ fields: ['name', 'description'], storeFields: [] });
    index.addAll(baselineText(feed));
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return { search: (q) => index.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => byId.get(r.id)) };
  },
};

/** Fuse.js over the same fields, defaults except ignoreLocation (else words past ~60 characters never match). */
export const fuse = {
  name: 'Fuse.js (plain)',
  build(feed) {
    const index = new Fuse(baselineText(feed), { keys: ['name', 'description'], ignoreLocation: true });
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return { search: (q) => index.search(q).map((r) => byId.get(r.item.id)) };
  },
};

/**
 * The road not taken, kept to justify the choice (src/search/README.md): MiniSearch with our
 * normaliser, stop words and stemmer, compound ends indexed as extra terms, scaled typo tolerance.
 * No needs or thesaurus: MiniSearch has no place for them beyond query rewriting.
 */
export const miniSearchDutch = {
  name: 'MiniSearch + Dutch layer',
  build(feed) {
    const suffixes = (term) => {
      const out = [];
      for (let i = 3; term.length - i >= 4; i++) out.push(term.slice(i));
      return out;
    };
    const index = new MiniSearch({
      fields: ['name', 'summary_b1', 'description', 'ends'],
      storeFields: [],
      extractField: (doc, field) => (field === 'ends' ? `${doc.name} ${doc.description ?? ''}` : doc[field]),
      tokenize: (text) => words(text),
      processTerm: (term, field) => {
        if (term.length < 2 || STOP_WORDS.has(term)) return null;
        const stemmed = stem(term);
        return field === 'ends' ? suffixes(stemmed) : stemmed;
      },
      searchOptions: {
        boost: { name: 3, summary_b1: 1.5, ends: 0.5 },
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
      },
    });
    index.addAll(feed.services);
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return { search: (q) => index.search(q).map((r) => byId.get(r.id)) };
  },
};

/** FlexSearch 0.8, a Document index over the same fields, forward tokenizer (word starts), its default encoder. */
export const flexSearch = {
  name: 'FlexSearch (plain)',
  build(feed) {
    const index = new FlexSearch.Document({ tokenize: 'forward', document: { id: 'id', index: ['name', 'description'] } });
    // suggest: services matching some of the words too, not only those matching all.
    for (const doc of baselineText(feed)) index.add(doc);
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return {
      search: (q) => {
        // One result list per field, name first: merged in that order, each service once.
        const ids = new Set(index.search(q, { limit: 100, suggest: true }).flatMap((field) => field.result));
        return [...ids].map((id) => byId.get(id));
      },
    };
  },
};

/** Orama 3 over the same fields, its default tokenizer, typo tolerance 1. */
export const orama = {
  name: 'Orama (plain)',
  build(feed) {
    const db = createOrama({ schema: { id: 'string', name: 'string', description: 'string' } });
    insertMultiple(db, baselineText(feed));
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return {
      search: (q) => {
        const found = searchOrama(db, { term: q, properties: ['name', 'description'], tolerance: 1, limit: 100 });
        return found.hits.map((hit) => byId.get(hit.document.id));
      },
    };
  },
};
