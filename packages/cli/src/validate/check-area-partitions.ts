import { recordId, type Area, type PartitionLink } from '@wijkwijzer/schemas';
import { planAreaPartitions } from '../feed/area-partitions.js';
import { loadAll, type LoadLinked, type PartitionCheck } from './check-partitions.js';
import type { Loader } from './loader.js';

/** True when a link is the partition the plan expects under its id: same scope, same areas. */
function sameKey(link: PartitionLink, expected: { scope: string; area_ids: readonly string[] } | undefined): boolean {
  return expected !== undefined && link.scope === expected.scope && link.area_ids.join('\n') === expected.area_ids.join('\n');
}

/**
 * Checks the area partitions of a contract 1.1 feed: each file as the manifest lists it (count,
 * and the hash its name carries), and every area of the full dataset in exactly the partitions its place in the area
 * tree puts it in (the frame, or the file of each gemeente it lies in), nowhere else.
 */
export async function checkAreaPartitions(
  links: readonly PartitionLink[] | undefined,
  manifestUrl: URL,
  load: Loader,
  loadLinked: LoadLinked,
  fullAreas: unknown[] | undefined,
): Promise<PartitionCheck> {
  const result: PartitionCheck = { findings: [], unusable: [] };
  if (!links) return result;
  const loaded = await loadAll(links.map((link) => ({ dataset: 'areas' as const, link })), manifestUrl, load, loadLinked);
  for (const file of loaded) {
    result.findings.push(...file.findings);
    if (file.problem) result.unusable.push(file.problem);
  }

  const plan = planAreaPartitions((fullAreas ?? []).filter((record) => recordId(record) !== undefined) as Area[]);
  const keys = new Map(plan.partitions.map((key) => [key.id, key]));
  const idsIn = new Map<string, Set<string> | undefined>();
  links.forEach((link, index) => {
    const ids = loaded[index]?.ids;
    if (sameKey(link, keys.get(link.id))) idsIn.set(link.id, ids);
    // A file an unknown partition (or one about the wrong areas) holds belongs elsewhere.
    else for (const id of ids ?? []) result.findings.push({ kind: 'partition-misplaced-area', dataset: 'areas', id, partition: link.id, problem: 'extra' });
  });
  for (const [partition, areas] of plan.areasOf) {
    const ids = idsIn.get(partition);
    const expected = new Set(areas.map((area) => area.id));
    // An unreadable file is already reported; a missing partition or area is a finding.
    if (!idsIn.has(partition) || ids) {
      for (const id of expected) if (!ids?.has(id)) result.findings.push({ kind: 'partition-misplaced-area', dataset: 'areas', id, partition, problem: 'missing' });
    }
    for (const id of ids ?? []) if (!expected.has(id)) result.findings.push({ kind: 'partition-misplaced-area', dataset: 'areas', id, partition, problem: 'extra' });
  }
  return result;
}
