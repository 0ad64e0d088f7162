import {
  DATASET_NAMES,
  Manifest,
  checkContractVersion,
  CONTRACT_VERSION,
  datasetItems,
  hashInName,
  hashMatches,
  hexOf,
  validateWith,
  type DatasetLink,
  type DatasetName,
} from '@wijkwijzer/schemas';
import { checkRecords } from '../feed/check-records.js';
import { contentHash } from '../feed/hash.js';
import { isObject, parseJson } from '../json.js';
import { checkAreaPartitions } from './check-area-partitions.js';
import { checkPartitions } from './check-partitions.js';
import { checkFreshness, type MaxAge } from './freshness.js';
import { displayLocation } from './display.js';
import type { Loader } from './loader.js';
import type { DatasetSummary, FeedFinding, FeedReport, ManifestSummary, UnusableProblem } from './report.js';

const decoder = new TextDecoder('utf-8');

function finish(report: FeedReport): FeedReport {
  report.status = report.unusable.length > 0 ? 'unusable' : report.findings.length > 0 ? 'invalid' : 'valid';
  report.exitCode = report.status === 'unusable' ? 2 : report.status === 'invalid' ? 1 : 0;
  return report;
}

/** Explains a contract version we cannot read, with what to do about it. */
function versionProblem(version: string): UnusableProblem | undefined {
  const compatibility = checkContractVersion(version);
  if (compatibility.compatible || compatibility.reason === 'malformed') return undefined;
  const ours = CONTRACT_VERSION.split('.')[0] ?? CONTRACT_VERSION;
  const message =
    compatibility.reason === 'newer-major'
      ? `the feed uses contract ${version}; this Wijkwijzer reads contract ${ours}.x, so the feed needs a newer Wijkwijzer`
      : `the feed uses contract ${version}, older than the ${ours}.x this Wijkwijzer reads; rebuild the feed with this version`;
  return { code: 'contract-unsupported', message };
}

function summarise(manifest: Manifest): ManifestSummary {
  return {
    contractVersion: manifest.contract_version,
    region: { id: manifest.region.id, name: manifest.region.name },
    publisher: {
      name: manifest.publisher.name,
      ...(manifest.publisher.url === undefined ? {} : { url: manifest.publisher.url }),
    },
    license: manifest.license,
    generatedAt: manifest.generated_at,
    sample: manifest.sample,
    ...(manifest.title === undefined ? {} : { title: manifest.title }),
  };
}

/** Reads the manifest, or says why the feed cannot be used at all. */
function fail(problem: UnusableProblem): { ok: false; problem: UnusableProblem } {
  return { ok: false, problem };
}

async function loadManifest(manifestUrl: URL, load: Loader): Promise<{ ok: true; manifest: Manifest } | { ok: false; problem: UnusableProblem }> {
  const url = manifestUrl.href;
  const loaded = await load(manifestUrl);
  if (!loaded.ok) {
    if (loaded.missing) return fail({ code: 'manifest-missing', url, message: `no manifest at ${displayLocation(url)}: a feed starts with index.json` });
    return fail({ code: loaded.refused ? 'manifest-refused' : 'manifest-unreachable', url, message: loaded.message });
  }
  const parsed = parseJson(decoder.decode(loaded.bytes));
  if (!parsed.ok) return fail({ code: 'manifest-not-json', url, message: `the manifest is not JSON: ${parsed.message}` });
  if (!isObject(parsed.value)) {
    return fail({ code: 'manifest-invalid', url, message: 'the manifest must be a JSON object' });
  }
  // The version comes first: a feed of another major may have another shape entirely.
  const version = parsed.value.contract_version;
  const tooNewOrOld = typeof version === 'string' ? versionProblem(version) : undefined;
  if (tooNewOrOld) return fail({ ...tooNewOrOld, url });
  const checked = validateWith(Manifest, parsed.value);
  if (!checked.ok) {
    const first = checked.issues[0];
    return fail({
      code: 'manifest-invalid',
      url,
      message: `the manifest is not valid: ${first ? `${first.path} ${first.message}` : 'unknown reason'}`,
      issues: checked.issues,
    });
  }
  return { ok: true, manifest: checked.value };
}

/** What reading one linked file gave: its records, findings about it, or why it could not be read. */
interface LoadedFile {
  /** The file's resolved address. */
  url: string;
  items?: unknown[];
  actualHash?: string;
  findings: FeedFinding[];
  problem?: UnusableProblem;
}

/**
 * Reads one file the manifest links and compares it with what the manifest says of it:
 * its count and hash, when it gives them: a dataset's hash is in its link, a partition file's
 * in its name (a detail shard has neither; its folder's name is its hash).
 */
async function loadLinked(
  dataset: DatasetName,
  link: { url: string; count?: number; hash?: string },
  manifestUrl: URL,
  load: Loader,
): Promise<LoadedFile> {
  const url = new URL(link.url, manifestUrl);
  const loaded = await load(url);
  if (!loaded.ok) {
    const problem: UnusableProblem = loaded.missing
      ? { code: 'dataset-missing', dataset, url: url.href, message: `${dataset}: the manifest links ${link.url}, which does not exist` }
      : { code: loaded.refused ? 'dataset-refused' : 'dataset-unreachable', dataset, url: url.href, message: `${dataset}: ${loaded.message}` };
    return { url: url.href, findings: [], problem };
  }
  const findings: FeedFinding[] = [];
  const actualHash = await contentHash(loaded.bytes);
  // A dataset's link carries its hash; a partition file's name does (contract 1.1).
  const nameHash = link.hash === undefined ? hashInName(link.url) : undefined;
  const expectedHash = link.hash ?? nameHash;
  if (expectedHash !== undefined && !hashMatches(expectedHash, actualHash)) {
    // A name's hash is shown beside as many hex digits of the file's.
    const actual = nameHash === undefined ? actualHash : hexOf(actualHash).slice(0, nameHash.length);
    findings.push({ kind: 'hash-mismatch', dataset, expected: expectedHash, actual });
  }
  const parsed = parseJson(decoder.decode(loaded.bytes));
  if (!parsed.ok) {
    const problem: UnusableProblem = { code: 'dataset-not-json', dataset, url: url.href, message: `${dataset}: ${link.url} is not JSON: ${parsed.message}` };
    return { url: url.href, actualHash, findings, problem };
  }
  const items = datasetItems(parsed.value);
  if (!items) {
    const problem: UnusableProblem = {
      code: 'dataset-not-a-list',
      dataset,
      url: url.href,
      message: `${dataset}: ${link.url} is neither a JSON array nor an object with an "items" array`,
    };
    return { url: url.href, actualHash, findings, problem };
  }
  if (link.count !== undefined && items.length !== link.count) {
    findings.push({ kind: 'count-mismatch', dataset, expected: link.count, actual: items.length });
  }
  return { url: url.href, items, actualHash, findings };
}

/** Reads a full dataset, with the summary the report lists it by. */
async function loadDataset(dataset: DatasetName, link: DatasetLink, manifestUrl: URL, load: Loader): Promise<LoadedFile & { summary: DatasetSummary }> {
  const file = await loadLinked(dataset, link, manifestUrl, load);
  const summary: DatasetSummary = {
    dataset,
    url: file.url,
    declaredCount: link.count,
    declaredHash: link.hash,
    loaded: file.items !== undefined,
    ...(file.actualHash === undefined ? {} : { actualHash: file.actualHash }),
  };
  return { ...file, summary };
}

export interface CheckOptions {
  /** Also list services not checked for `maxAge` and figures past their refresh interval, as of `now`. */
  freshness?: { now: Date; maxAge?: MaxAge };
}

/**
 * Checks a feed from its manifest address with the given loader. Free of Node
 * built-ins, so the playground can run it in the browser with `fetchLoader`.
 * Never throws for a bad feed: everything wrong ends up in the report.
 */
export async function checkFeed(manifestUrl: URL, load: Loader, source: string = manifestUrl.href, options: CheckOptions = {}): Promise<FeedReport> {
  const report: FeedReport = {
    source,
    manifestUrl: manifestUrl.href,
    status: 'valid',
    exitCode: 0,
    datasets: [],
    findings: [],
    unusable: [],
  };
  const loaded = await loadManifest(manifestUrl, load);
  if (!loaded.ok) {
    report.unusable.push(loaded.problem);
    return finish(report);
  }
  const manifest = loaded.manifest;
  report.manifest = summarise(manifest);

  const linked = DATASET_NAMES.flatMap((dataset) => {
    const link = manifest.datasets[dataset];
    return link ? [{ dataset, link }] : [];
  });
  const results = await Promise.all(linked.map(({ dataset, link }) => loadDataset(dataset, link, manifestUrl, load)));

  const items: Partial<Record<DatasetName, unknown[]>> = {};
  for (const result of results) {
    report.datasets.push(result.summary);
    report.findings.push(...result.findings);
    if (result.problem) report.unusable.push(result.problem);
    if (result.items) items[result.summary.dataset] = result.items;
  }
  const checked = checkRecords(items);
  for (const summary of report.datasets) {
    const counts = checked.counts[summary.dataset];
    if (counts) Object.assign(summary, counts);
  }
  report.findings.push(...checked.findings);
  if (options.freshness) report.freshness = checkFreshness(items, options.freshness.now, options.freshness.maxAge);
  const partitions = await checkPartitions(manifest, manifestUrl, load, loadLinked, items);
  report.findings.push(...partitions.findings);
  report.unusable.push(...partitions.unusable);
  const areaPartitions = await checkAreaPartitions(manifest.partitions?.areas, manifestUrl, load, loadLinked, items.areas);
  report.findings.push(...areaPartitions.findings);
  report.unusable.push(...areaPartitions.unusable);
  return finish(report);
}
