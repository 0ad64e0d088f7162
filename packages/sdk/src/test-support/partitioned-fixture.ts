import type { Area, AvailabilityObservation, DetailShards, Manifest, PartitionFile, PartitionLink, Service } from '@wijkwijzer/schemas';
import { contentHash, detailShardFile, detailShardOf, hexOf, NAME_HASH_DIGITS } from '@wijkwijzer/schemas/records';

/**
 * A small partitioned feed (contract 1.1), written by hand so each test knows where every
 * service lives. Region X has subregio West (gemeenten A and B) and gemeente C; gemeente A
 * has wijken A1 and A2.
 *
 *   services partitions   gm-a: s-a1, s-a, s-ab · gm-b: s-ab, s-b · gm-c: s-c
 *                         shared-sr-west: s-west · shared-regio-x: s-regio · shared-nl: s-nl
 *   availability          gm-a: s-a · gm-b: s-b · shared-regio-x: s-regio
 *   areas                 shared-areas: regio-x, sr-west, gm-a, gm-b, gm-c
 *                         gm-a: wk-a-1, wk-a-2 · gm-b: wk-b-1 · gm-c: wk-c-1
 *
 * Plain data and Web APIs only: browser tests may use it too.
 */

export const AREAS: Area[] = [
  { id: 'regio-x', name: 'Regio X', kind: 'regio' },
  { id: 'sr-west', name: 'West', kind: 'subregio', parent_ids: ['regio-x'] },
  { id: 'gm-a', name: 'Aadorp', kind: 'gemeente', parent_ids: ['sr-west'] },
  { id: 'gm-b', name: 'Beekdal', kind: 'gemeente', parent_ids: ['sr-west'] },
  { id: 'gm-c', name: 'Cederveen', kind: 'gemeente', parent_ids: ['regio-x'] },
  { id: 'wk-a-1', name: 'Aadorp Noord', kind: 'wijk', parent_ids: ['gm-a'] },
  { id: 'wk-a-2', name: 'Aadorp Zuid', kind: 'wijk', parent_ids: ['gm-a'] },
  { id: 'wk-b-1', name: 'Beekdal Centrum', kind: 'wijk', parent_ids: ['gm-b'] },
  { id: 'wk-c-1', name: 'Cederveen Centrum', kind: 'wijk', parent_ids: ['gm-c'] },
];

/** The area partitions: the frame (areas in no gemeente) and a file per gemeente. */
const AREA_PLAN: { id: string; scope: 'local' | 'shared'; area_ids: string[]; areas: string[] }[] = [
  { id: 'shared-areas', scope: 'shared', area_ids: [], areas: ['regio-x', 'sr-west', 'gm-a', 'gm-b', 'gm-c'] },
  { id: 'gm-a', scope: 'local', area_ids: ['gm-a'], areas: ['wk-a-1', 'wk-a-2'] },
  { id: 'gm-b', scope: 'local', area_ids: ['gm-b'], areas: ['wk-b-1'] },
  { id: 'gm-c', scope: 'local', area_ids: ['gm-c'], areas: ['wk-c-1'] },
];

const service = (id: string, name: string, areaIds: string[]): Service => ({
  id,
  organization_id: 'org',
  name,
  status: 'active',
  summary_b1: `${name}: hulp bij geldzorgen.`,
  needs: ['schulden'],
  phones: [{ number: '030 123 4567' }],
  service_areas: areaIds.map((area_id) => ({ area_id })),
  // Only in the full record: a card leaves it out.
  description: `Uitgebreide beschrijving van ${name}.`,
});

export const SERVICES: Service[] = [
  service('s-a1', 'Hulp Aadorp Noord', ['wk-a-1']),
  service('s-a', 'Hulp Aadorp', ['gm-a']),
  service('s-ab', 'Hulp Aadorp en Beekdal', ['gm-a', 'gm-b']),
  service('s-b', 'Hulp Beekdal', ['gm-b']),
  service('s-c', 'Hulp Cederveen', ['gm-c']),
  service('s-west', 'Hulp West', ['sr-west']),
  service('s-regio', 'Hulp Regio X', ['regio-x']),
  service('s-nl', 'Landelijke hulplijn', []),
];

const observation = (serviceId: string): AvailabilityObservation => ({
  id: `wacht-${serviceId}`,
  service_id: serviceId,
  metric: 'aanmeldwachttijd',
  value: 3,
  unit: 'weken',
  reference_date: '2026-11-01',
  refresh_interval_days: 30,
  source: { name: 'Test' },
});

export const OBSERVATIONS: AvailabilityObservation[] = ['s-a', 's-b', 's-regio'].map(observation);

interface PartitionPlan {
  id: string;
  scope: 'local' | 'shared';
  area_ids: string[];
  services: string[];
}

const PLAN: PartitionPlan[] = [
  { id: 'gm-a', scope: 'local', area_ids: ['gm-a'], services: ['s-a1', 's-a', 's-ab'] },
  { id: 'gm-b', scope: 'local', area_ids: ['gm-b'], services: ['s-ab', 's-b'] },
  { id: 'gm-c', scope: 'local', area_ids: ['gm-c'], services: ['s-c'] },
  { id: 'shared-sr-west', scope: 'shared', area_ids: ['sr-west'], services: ['s-west'] },
  { id: 'shared-regio-x', scope: 'shared', area_ids: ['regio-x'], services: ['s-regio'] },
  { id: 'shared-nl', scope: 'shared', area_ids: [], services: ['s-nl'] },
];

export const DETAIL_SHARDS = 3;

/** The card of a service in this fixture: the full record without its description. */
export function cardOf(full: Service): Service {
  const { description: _description, ...card } = full;
  return card;
}

/** Every file of the feed by its path under the feed's folder, `index.json` included. */
/** The feed's files; `published` replaces the fixture's services (a feed published again). */
export async function partitionedFeedFiles(published: readonly Service[] = SERVICES): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  /** The first hex digits of a content hash, for a file or folder name, as the CLI names them. */
  const hashPart = (hash: string): string => hexOf(hash).slice(0, NAME_HASH_DIGITS);
  const add = async (folder: string, name: string, records: readonly unknown[]): Promise<PartitionFile & { hash: string }> => {
    const body = JSON.stringify(records);
    const hash = await contentHash(body);
    const url = `${folder}${name}.${hashPart(hash)}.json`;
    files.set(url, body);
    return { url, count: records.length, hash, bytes: new TextEncoder().encode(body).length };
  };
  /** A partition file's link: its name carries its hash (contract 1.1), the link none. */
  const addPartition = async (folder: string, name: string, records: readonly unknown[]): Promise<PartitionFile> => {
    const { hash: _hash, ...link } = await add(folder, name, records);
    return link;
  };
  const byId = new Map(published.map((each) => [each.id, each]));
  const partitionLinks = async (folder: string, recordsOf: (plan: PartitionPlan) => unknown[]): Promise<PartitionLink[]> =>
    Promise.all(
      PLAN.map(async (plan) => ({ ...(await addPartition(folder, plan.id, recordsOf(plan))), id: plan.id, scope: plan.scope, area_ids: plan.area_ids })),
    );
  const services = await partitionLinks('services/', (plan) => plan.services.map((id) => cardOf(byId.get(id) as Service)));
  const availability = (await partitionLinks('availability/', (plan) => OBSERVATIONS.filter((each) => plan.services.includes(each.service_id)))).filter(
    (link) => link.count > 0,
  );
  // The shards in one folder named by a hash over them all, each named by its number.
  const shards = Array.from({ length: DETAIL_SHARDS }, (_, shard) =>
    JSON.stringify(published.filter((each) => detailShardOf(each.id, DETAIL_SHARDS) === shard)),
  );
  const details: DetailShards = { url: `details/${hashPart(await contentHash(shards.join('\n')))}/`, shards: DETAIL_SHARDS, count: published.length };
  shards.forEach((body, shard) => files.set(`${details.url}${detailShardFile(shard, DETAIL_SHARDS)}`, body));
  const areas = await Promise.all(
    AREA_PLAN.map(async (plan) => ({
      ...(await addPartition('areas/', plan.id, AREAS.filter((area) => plan.areas.includes(area.id)))),
      id: plan.id,
      scope: plan.scope,
      area_ids: plan.area_ids,
    })),
  );
  const datasets: Manifest['datasets'] = {};
  for (const [name, records] of [
    ['areas', AREAS],
    ['services', published],
    ['availability', OBSERVATIONS],
  ] as const) {
    datasets[name] = await add('', name, records).then((link) => {
      // The 1.0 datasets keep their plain names.
      const plain = `${name}.json`;
      files.set(plain, files.get(link.url) as string);
      files.delete(link.url);
      return { url: plain, count: link.count, hash: link.hash };
    });
  }
  const manifest: Manifest = {
    contract_version: '1.1.0',
    region: { id: 'regio-x', name: 'Regio X (test)' },
    publisher: { name: 'Wijkwijzer tests', url: 'https://feed.test' },
    license: 'CC0-1.0',
    generated_at: '2026-11-22T10:00:00Z',
    sample: true,
    datasets,
    partitions: { by: 'gemeente', services, availability, details, areas },
  };
  files.set('index.json', JSON.stringify(manifest));
  return files;
}
