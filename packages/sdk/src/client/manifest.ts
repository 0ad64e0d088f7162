import type { Manifest, PartitionLink, Partitions } from '@wijkwijzer/schemas';
// The records subpath: the compact validator in browsers, zod elsewhere.
import { checkContractVersion, DATASET_NAMES, validateManifest, validatePartitionLink, WHOLE_RECORD, type RecordIssue } from '@wijkwijzer/schemas/records';
import { InvalidManifestError, UnsupportedContractError } from '../errors.js';
import type { SlicedWork } from '../time-slices.js';
import { urlResolver } from './resolve-url.js';

/** The lists of partition links a manifest may hold. */
const LINK_LISTS = ['services', 'availability', 'areas'] as const;

/**
 * Checks a parsed `index.json`: the contract version first (a newer major may have
 * changed everything else), then every field. Dataset URLs come back absolute,
 * resolved against the manifest's own URL. Pausable between partition links: a
 * national manifest lists some 1,400, which took a phone 200 ms in one go.
 */
export function* checkedManifest(body: unknown, manifestUrl: string): SlicedWork<Manifest> {
  const version = (body as { contract_version?: unknown } | null)?.contract_version;
  if (typeof version === 'string') {
    const compatibility = checkContractVersion(version);
    if (!compatibility.compatible && compatibility.reason !== 'malformed') {
      throw new UnsupportedContractError({ url: manifestUrl, feedVersion: version, reason: compatibility.reason });
    }
  }
  // The manifest without its partition links first, then each link in turn.
  const partitions = (body as { partitions?: unknown } | null)?.partitions;
  const lists = isPlainObject(partitions) ? LINK_LISTS.filter((name) => Array.isArray(partitions[name])) : [];
  const withoutLinks = lists.length > 0 ? { ...(body as object), partitions: { ...(partitions as object), ...Object.fromEntries(lists.map((name) => [name, []])) } } : body;
  const result = validateManifest(withoutLinks);
  const issues: RecordIssue[] = result.ok ? [] : [...result.issues];
  const links: Partial<Record<(typeof LINK_LISTS)[number], PartitionLink[]>> = {};
  for (const name of lists) {
    const checked: PartitionLink[] = [];
    for (const [index, link] of (partitions as Record<string, unknown[]>)[name]!.entries()) {
      yield;
      const found = validatePartitionLink(link);
      const at = `partitions.${name}.${index}`;
      if (found.ok) checked.push(found.value);
      else issues.push(...found.issues.map((issue) => ({ ...issue, path: issue.path === WHOLE_RECORD ? at : `${at}.${issue.path}` })));
    }
    links[name] = checked;
  }
  if (!result.ok || issues.length > 0) throw new InvalidManifestError({ url: manifestUrl, issues });

  const manifest: Manifest = result.value.partitions ? { ...result.value, partitions: { ...result.value.partitions, ...links } } : result.value;
  const resolve = urlResolver(manifestUrl);
  const datasets: Manifest['datasets'] = {};
  for (const name of DATASET_NAMES) {
    const link = manifest.datasets[name];
    if (!link) continue;
    try {
      datasets[name] = { ...link, url: resolve(link.url) };
    } catch {
      issues.push({ path: `datasets.${name}.url`, message: 'is not a valid URL' });
    }
  }
  const resolved = manifest.partitions && resolvePartitions(manifest.partitions, resolve, issues);
  if (issues.length > 0) throw new InvalidManifestError({ url: manifestUrl, issues });
  return { ...manifest, datasets, ...(resolved ? { partitions: resolved } : {}) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The partitions (contract 1.1) with every file URL made absolute; a URL that is not one is an issue. */
function resolvePartitions(partitions: Partitions, resolve: (url: string) => string, issues: RecordIssue[]): Partitions {
  const absolute = <F extends { url: string }>(file: F, path: string): F => {
    try {
      return { ...file, url: resolve(file.url) };
    } catch {
      issues.push({ path: `partitions.${path}.url`, message: 'is not a valid URL' });
      return file;
    }
  };
  const all = <F extends { url: string }>(files: readonly F[], path: string): F[] => files.map((file, index) => absolute(file, `${path}.${index}`));
  return {
    ...partitions,
    services: all(partitions.services, 'services'),
    ...(partitions.availability ? { availability: all(partitions.availability, 'availability') } : {}),
    details: absolute(partitions.details, 'details'),
    ...(partitions.areas ? { areas: all(partitions.areas, 'areas') } : {}),
  };
}
