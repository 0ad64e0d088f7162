import type { Area, Organization, Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { searchIndexInParts } from '../search/search-index.js';
import type { SearchIndex } from '../search/index.js';
import { runInSlices } from '../time-slices.js';

interface Built {
  taxonomy: readonly TaxonomyTerm[];
  areas: readonly Area[];
  organizations: readonly Organization[];
  index: Promise<SearchIndex>;
}

/** One index per loaded services dataset, shared by every client of the page. */
const built = new WeakMap<readonly Service[], Built>();

/**
 * Stops the text part of the index built last (see createSearchIndexInSlices) when another is
 * started: while a region's partitions arrive, each new index replaces the one before, whose
 * text part would be wasted work. An index whose text part was stopped finishes it on its first
 * text query.
 */
let textBuilding: AbortController | undefined;

async function indexInSlices(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[],
  areas: readonly Area[],
  organizations: readonly Organization[],
): Promise<SearchIndex> {
  const { index, text } = await runInSlices(searchIndexInParts(services, taxonomy, { areas, organizations }));
  textBuilding?.abort();
  const controller = new AbortController();
  textBuilding = controller;
  text.inSlices({ signal: controller.signal }).catch(() => undefined);
  return index;
}

/**
 * The same records for the index: the same loaded dataset, or no records at all. A dataset the
 * feed does not have (an HSDS import has no areas) arrives as a new empty list on every call, and
 * rebuilding the index for it made each search cost a full build.
 */
function sameRecords(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === 0 && b.length === 0);
}

/**
 * The search index over a loaded services dataset, built on first use (in slices that
 * leave the page free, once however many searches wait for it) and rebuilt only when a
 * refresh brings a new services, taxonomy, areas or organizations dataset.
 */
export function searchIndexFor(
  services: readonly Service[],
  taxonomy: readonly TaxonomyTerm[],
  areas: readonly Area[],
  organizations: readonly Organization[] = [],
): Promise<SearchIndex> {
  const cached = built.get(services);
  if (cached && sameRecords(cached.taxonomy, taxonomy) && sameRecords(cached.areas, areas) && sameRecords(cached.organizations, organizations)) {
    return cached.index;
  }
  const index = indexInSlices(services, taxonomy, areas, organizations);
  const entry = { taxonomy, areas, organizations, index };
  built.set(services, entry);
  // A build that failed is not kept: the next search tries again.
  index.catch(() => {
    if (built.get(services) === entry) built.delete(services);
  });
  return index;
}
