/**
 * Slimmer zoeken: Dutch-aware local search over services. Nothing here touches the network: the
 * query never leaves the device.
 */
export { createSearchIndex, createSearchIndexInSlices, type SearchIndexOptions } from './search-index.js';
export type { SliceOptions } from '../time-slices.js';
export type { HelpLines, OneOrMore, SearchFilters, SearchHit, SearchIndex, SearchOptions, SearchResults } from './types.js';
export { normalize } from './normalize.js';
export { stem } from './stem.js';
export { suggestNeeds, type NeedSuggestion, type SuggestOptions } from './suggest.js';
export { needNamesIn, type NeedName } from './need-names.js';
export { languageCodesOf } from './service-languages.js';
export { detectCrisis, type CrisisKind, type CrisisSignal, type CrisisTier } from './crisis-signal.js';
export { crisisLines } from './crisis.js';
export { DEFAULT_THESAURUS, type Thesaurus, type ThesaurusConcept } from './thesaurus.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './query-limits.js';
export { groupByPlace, isPlaceGroup, type PlaceGroup, type PlaceGroupOptions, type PlacedHit, type ResultEntry } from './place-groups.js';
