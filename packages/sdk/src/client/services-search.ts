import type { Area, Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { createSearchIndex, type SearchIndex } from '../search/index.js';

interface Built {
  taxonomy: readonly TaxonomyTerm[];
  areas: readonly Area[];
  index: SearchIndex;
}

/** One index per loaded services dataset, shared by every client of the page. */
const built = new WeakMap<readonly Service[], Built>();

/**
 * The search index over a loaded services dataset, built on first use and rebuilt only
 * when a refresh brings a new services, taxonomy or areas dataset.
 */
export function searchIndexFor(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[],
  areas: readonly Area[],
): SearchIndex {
  const cached = built.get(services);
  if (cached && cached.taxonomy === taxonomy && cached.areas === areas) return cached.index;
  const index = createSearchIndex(services, taxonomy, { areas });
  built.set(services, { taxonomy, areas, index });
  return index;
}
