import type { SearchHit, SearchResults, WijkwijzerClient } from '@wijkwijzer/sdk';
import type { AreaResolution } from '@wijkwijzer/sdk/areas';
import type { LazyPart } from './lazy-part.js';
import type { Area, Manifest, TaxonomyTerm } from './kaart-types.js';

/** What the finder loads once per feed. */
export interface FinderData {
  client: WijkwijzerClient;
  tools: LazyPart;
  manifest: Manifest;
  /** The feed's whole taxonomy, as the search index has it: need suggestions then share its concepts. */
  taxonomy: readonly TaxonomyTerm[];
  needs: readonly TaxonomyTerm[];
  targetGroups: readonly TaxonomyTerm[];
  /** Loading another feed aborts it, and with it this feed's searches. */
  signal: AbortSignal;
}

/** The results on screen, kept in the SDK's (relevance) order to re-order when `route-order` changes. */
export interface ShownResults {
  relevanceHits: readonly SearchHit[];
  /** In display order, help lines left out: they show in their own block. */
  hits: readonly SearchHit[];
  help: SearchResults['help'];
  /** The feed could not be refreshed: these may be out of date. */
  stale: boolean;
}

/** A gemeente, wijk or area in the snippet that the feed does not have (`gemeente`: the one used instead of an unknown wijk). */
export interface AreaProblem {
  asked: string;
  gemeente?: string;
}

/**
 * The area the snippet chose, and what to tell if the feed does not have it. Without the feed's
 * areas we cannot tell, so we only speak up when we can.
 */
export function configuredArea(resolution: AreaResolution, feedHasAreas: boolean): { area: string | undefined; problem: AreaProblem | undefined } {
  if (resolution.kind === 'found') {
    const problem = resolution.unknownWijk ? { asked: resolution.unknownWijk, gemeente: resolution.area.name } : undefined;
    return { area: resolution.area.id, problem };
  }
  return { area: undefined, problem: resolution.kind === 'unknown' && feedHasAreas ? { asked: resolution.asked } : undefined };
}

/** How far the first results are drawn (see the finder's drawInSteps): a few cards, all cards, all with language names. */
export type DrawStep = 'first' | 'all' | 'named';

/**
 * The feed's data for the finder, with the areas of `area` (a feed in parts sends a gemeente's
 * own). The search, hours and views module (`tools`) loads beside the client, not after it, and
 * the first search's data (its area's partitions) starts at once, beside the needs and areas:
 * one round trip less before the first results. Without `areasFirst` (a finder for the whole
 * region, which has no area to look up) it gets no areas here: at national scale they are a large
 * file that only fills the area choice, read once the first results are up (the finder's
 * `readAreas`).
 */
export async function loadFinderData(
  clientLoading: Promise<WijkwijzerClient>,
  area: string | undefined,
  signal: AbortSignal,
  { areasFirst }: { areasFirst: boolean },
): Promise<{ data: FinderData; areas: readonly Area[] }> {
  const toolsLoading = import('./lazy-part.js');
  toolsLoading.catch(() => undefined); // awaited below, unless the client fails first
  const client = await clientLoading;
  client.services.prepare({ area, signal }).catch(() => undefined);
  // Needs, target groups and areas make the finder richer, but search works without them.
  const optional = <T>(work: Promise<readonly T[]>): Promise<readonly T[]> => work.catch((): readonly T[] => []);
  const [tools, manifest, taxonomy, areas] = await Promise.all([
    toolsLoading,
    client.manifest({ signal }),
    optional(client.taxonomy.list({ signal })),
    areasFirst ? optional(client.areas.list({ signal, area })) : [],
  ]);
  const needs = taxonomy.filter((term) => term.kind === 'need');
  const targetGroups = taxonomy.filter((term) => term.kind === 'target-group');
  return { data: { client, tools, manifest, taxonomy, needs, targetGroups, signal }, areas };
}

/** The languages known so far and those the services of these hits are offered in, Dutch first, then by code. */
export function collectLanguages(hits: readonly SearchHit[], languageCodesOf: LazyPart['languageCodesOf']): string[] {
  const codes = new Set<string>();
  for (const { service } of hits) for (const code of languageCodesOf(service)) codes.add(code);
  // Language codes are ASCII: a plain comparison, as localeCompare's first call loads collation
  // data (about 60 ms at 4x CPU) in the task that draws the first results.
  return [...codes].sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
