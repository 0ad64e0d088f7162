// The engines compared, each as { name, build(feed) → { search(query) → services in rank order } }.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchIndex } from '../packages/sdk/dist/search/index.js';
// Internal modules of our Dutch layer, for the "MiniSearch + Dutch layer" experiment only.
import { words } from '../packages/sdk/dist/search/normalize.js';
import { stem } from '../packages/sdk/dist/search/stem.js';
import { STOP_WORDS } from '../packages/sdk/dist/search/stop-words.js';

/** Ours: the SDK's index with the feed's taxonomy and areas; the full ranked list, crisis lines left out. */
export const ours = {
  name: 'wijkwijzer',
  build(feed) {
    const index = createSearchIndex(feed.services, feed.taxonomy, { areas: feed.areas });
    return { search: (q) => index.search(q).filter((h) => !h.crisis).map((h) => h.service) };
  },
};

/** The baseline the product brief names: plain MiniSearch, default tokenizer, prefix and fuzzy 0.2. */
export const miniSearch = {
  name: 'MiniSearch (plain)',
  build(feed) {
    const index = new MiniSearch({ fields: ['name', 'description'], storeFields: [] });
    index.addAll(feed.services);
    const byId = new Map(feed.services.map((s) => [s.id, s]));
    return { search: (q) => index.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => byId.get(r.id)) };
  },
};

/** Fuse.js over the same fields, defaults except ignoreLocation (else words past ~60 characters never match). */
export const fuse = {
  name: 'Fuse.js (plain)',
  build(feed) {
    const index = new Fuse(feed.services, { keys: ['name', 'description'], ignoreLocation: true });
    return { search: (q) => index.search(q).map((r) => r.item) };
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
