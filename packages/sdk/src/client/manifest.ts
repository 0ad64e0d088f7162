import type { Manifest, Partitions } from '@wijkwijzer/schemas';
// The records subpath: the compact validator in browsers, zod elsewhere.
import { checkContractVersion, DATASET_NAMES, validateManifest, type RecordIssue } from '@wijkwijzer/schemas/records';
import { InvalidManifestError, UnsupportedContractError } from '../errors.js';

/**
 * Checks a parsed `index.json`: the contract version first (a newer major may have
 * changed everything else), then every field. Dataset URLs come back absolute,
 * resolved against the manifest's own URL.
 */
export function parseManifest(body: unknown, manifestUrl: string): Manifest {
  const version = (body as { contract_version?: unknown } | null)?.contract_version;
  if (typeof version === 'string') {
    const compatibility = checkContractVersion(version);
    if (!compatibility.compatible && compatibility.reason !== 'malformed') {
      throw new UnsupportedContractError({ url: manifestUrl, feedVersion: version, reason: compatibility.reason });
    }
  }
  const result = validateManifest(body);
  if (!result.ok) throw new InvalidManifestError({ url: manifestUrl, issues: result.issues });

  const manifest = result.value;
  const datasets: Manifest['datasets'] = {};
  const issues: RecordIssue[] = [];
  for (const name of DATASET_NAMES) {
    const link = manifest.datasets[name];
    if (!link) continue;
    try {
      datasets[name] = { ...link, url: new URL(link.url, manifestUrl).href };
    } catch {
      issues.push({ path: `datasets.${name}.url`, message: 'is not a valid URL' });
    }
  }
  const partitions = manifest.partitions && resolvePartitions(manifest.partitions, manifestUrl, issues);
  if (issues.length > 0) throw new InvalidManifestError({ url: manifestUrl, issues });
  return { ...manifest, datasets, ...(partitions ? { partitions } : {}) };
}

/** The partitions (contract 1.1) with every file URL made absolute; a URL that is not one is an issue. */
function resolvePartitions(partitions: Partitions, manifestUrl: string, issues: RecordIssue[]): Partitions {
  const absolute = <F extends { url: string }>(file: F, path: string): F => {
    try {
      return { ...file, url: new URL(file.url, manifestUrl).href };
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
