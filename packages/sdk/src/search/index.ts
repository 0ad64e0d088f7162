/**
 * Slimmer zoeken: Dutch-aware local search over services. Nothing here touches the network: the
 * query never leaves the device.
 */
export { createSearchIndex, createSearchIndexInSlices, type SearchIndexOptions } from './search-index.js';
export type { SliceOptions } from '../time-slices.js';
export type { OneOrMore, SearchFilters, SearchHit, SearchIndex, SearchOptions } from './types.js';
export { normalize } from './normalize.js';
export { stem } from './stem.js';
export { suggestNeeds, type NeedSuggestion, type SuggestOptions } from './suggest.js';
export { detectCrisis, type CrisisKind, type CrisisSignal } from './crisis-signal.js';
export { crisisLines } from './crisis.js';
export { DEFAULT_THESAURUS, type Thesaurus, type ThesaurusConcept } from './thesaurus.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './query-limits.js';
