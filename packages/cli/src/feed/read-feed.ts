import { datasetItems, Manifest, validateWith, type DatasetName, type DatasetRecordTypes } from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { parseJson } from '../json.js';
import { describeFinding } from '../validate/format-report.js';
import { manifestUrlOf, nodeLoader, validateFeed } from '../validate/validate-feed.js';

/** A valid feed's manifest and the full datasets it links. */
export interface ReadFeed {
  manifest: Manifest;
  datasets: { [D in DatasetName]?: DatasetRecordTypes[D][] };
}

/**
 * Reads a feed (a folder, its index.json or an http(s) address) for a command that works on its
 * records. The feed is checked as `validate` checks it first: a command never passes on a broken
 * feed, and the error says what `validate` would list first.
 */
export async function readFeed(source: string): Promise<ReadFeed> {
  const report = await validateFeed(source);
  if (report.exitCode !== 0) {
    const [unusable] = report.unusable;
    const [finding] = report.findings;
    const first = unusable?.message ?? (finding === undefined ? report.status : describeFinding(finding));
    throw new CliError(`${source} is not a valid feed (${first}); 'wijkwijzer validate ${source}' lists every problem`, report.exitCode);
  }
  const manifestUrl = await manifestUrlOf(source);
  const load = nodeLoader(manifestUrl);
  const json = async (url: URL): Promise<unknown> => {
    const loaded = await load(url);
    // validateFeed has just read these very files.
    if (!loaded.ok) throw new CliError(loaded.message);
    const parsed = parseJson(new TextDecoder().decode(loaded.bytes));
    if (!parsed.ok) throw new CliError(`${url.href} is not JSON: ${parsed.message}`);
    return parsed.value;
  };
  const manifest = validateWith(Manifest, await json(manifestUrl));
  if (!manifest.ok) throw new CliError(`${manifestUrl.href} changed while it was read`);
  const datasets: ReadFeed['datasets'] = {};
  for (const [dataset, link] of Object.entries(manifest.value.datasets) as [DatasetName, { url: string } | undefined][]) {
    if (link === undefined) continue;
    const items = datasetItems(await json(new URL(link.url, manifestUrl)));
    // Checked record by record by validateFeed.
    if (items) (datasets as Record<string, unknown[]>)[dataset] = items;
  }
  return { manifest: manifest.value, datasets };
}
