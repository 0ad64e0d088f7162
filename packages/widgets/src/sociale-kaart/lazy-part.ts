/**
 * The part of the finder that is of use only once data is there, in one module the element
 * imports lazily, beside the SDK client: the SDK's search and hours helpers, what works on the
 * feed's areas, the views of results, filters, need tiles and a service's details, and "help near
 * you" (postcode, near me, distances, radius and order, with its words). The first view (search
 * box, help lines, loading and error states) stays small, and this arrives
 * while the feed does (the CDN entry requests it at once, see scripts/build-cdn.mjs). The
 * bundler keeps just these functions of the SDK.
 */
export { resolveArea } from '@wijkwijzer/sdk/areas';
export { isHuisartsenpost } from '@wijkwijzer/sdk/availability';
export { openingState, weekSchedule } from '@wijkwijzer/sdk/hours';
export { MAX_QUERY_LENGTH, needNamesIn, suggestNeeds } from '@wijkwijzer/sdk/search';
export { renderDetail } from './render-detail.js';
export { renderFilters } from './render-filters.js';
export { arrangeHits, NearPanel } from './near-panel.js';
export { renderResults, resultButtonId } from './render-results.js';
export { renderTiles } from './render-tiles.js';
export { renderViewSwitch } from './render-view-switch.js';
export { firstHit, inRouteOrder, resultEntries } from './route-groups.js';
export { languageCodesOf, languageName } from './service-facts.js';
export { readUrlState, writeUrlState } from './url-state.js';

export type LazyPart = typeof import('./lazy-part.js');
