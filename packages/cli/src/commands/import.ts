import { Id, SafeUrl, Text, validateWith } from '@wijkwijzer/schemas';
import { expectPositionals, parseCommandArgs, partitionByOption, usageError, wantsHelp } from '../cli/args.js';
import { IMPORT_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import type { FeedMeta } from '../feed/write-feed.js';
import { importHsds } from '../hsds/import-hsds.js';
import { printable } from '../json.js';

const DEFAULTS = {
  regionId: 'imported',
  regionName: 'Geïmporteerde gegevens',
  publisherName: 'Onbekende uitgever',
  license: 'Onbekend',
};

type Check = Parameters<typeof validateWith>[0];

/** Checks a flag's value against the contract now, so the error names the flag rather than a manifest path. */
function flag(name: string, value: string | undefined, schema: Check): string | undefined {
  if (value === undefined) return undefined;
  const result = validateWith(schema, value);
  if (!result.ok) throw usageError('import', `--${name} '${value}' ${result.issues[0]?.message ?? 'is not valid'}`);
  return value;
}

export async function runImport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, {
    out: { type: 'string', short: 'o' },
    'region-id': { type: 'string' },
    'region-name': { type: 'string' },
    'publisher-name': { type: 'string' },
    'publisher-url': { type: 'string' },
    license: { type: 'string' },
    sample: { type: 'boolean' },
    'generated-at': { type: 'string' },
    'partition-by': { type: 'string' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const [format = '', input = ''] = expectPositionals('import', positionals, ['the format (hsds)', '<file|dir>']);
  if (format !== 'hsds') throw usageError('import', `unknown format '${format}'; only 'hsds' is supported`);
  if (values.out === undefined) throw usageError('import', 'missing --out <feed-dir>');

  const publisherUrl = flag('publisher-url', values['publisher-url'], SafeUrl);
  const meta: FeedMeta = {
    region: {
      id: flag('region-id', values['region-id'], Id) ?? DEFAULTS.regionId,
      name: flag('region-name', values['region-name'], Text) ?? DEFAULTS.regionName,
    },
    publisher: {
      name: flag('publisher-name', values['publisher-name'], Text) ?? DEFAULTS.publisherName,
      ...(publisherUrl === undefined ? {} : { url: publisherUrl }),
    },
    license: flag('license', values.license, Text) ?? DEFAULTS.license,
    sample: values.sample === true,
  };
  const generatedAt = values['generated-at'];
  const partitionBy = partitionByOption('import', values['partition-by']);
  const result = await importHsds({ input, outDir: values.out, meta, partitionBy, ...(generatedAt === undefined ? {} : { generatedAt }) });

  const { organizations, services, taxonomy } = result.counts;
  io.stdout.write(
    `Imported ${input} into ${result.feed.outDir}: ${organizations} organisation(s), ${services} service(s), ${taxonomy} taxonomy term(s)\n`,
  );
  const notes = [...result.notes];
  if (values['publisher-name'] === undefined || values.license === undefined) {
    notes.push('publisher and/or license are placeholders: pass --publisher-name and --license before publishing');
  }
  if (notes.length > 0) {
    io.stdout.write(`Notes (${notes.length}):\n`);
    // Notes quote the input's own values, which may hold terminal escape sequences.
    for (const note of notes) io.stdout.write(`  - ${printable(note)}\n`);
  }
  // Data was lost on the way in: the feed holds the rest, but a script must notice.
  if (result.unreadable.length > 0) {
    io.stderr.write(`wijkwijzer: ${result.unreadable.length} part(s) of the input could not be read and are not in the feed:\n`);
    for (const problem of result.unreadable) io.stderr.write(`  - ${printable(problem)}\n`);
    return 1;
  }
  return 0;
}
