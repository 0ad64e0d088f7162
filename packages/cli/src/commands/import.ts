import { Id, SafeUrl, Text, validateWith } from '@wijkwijzer/schemas';
import { expectPositionals, parseCommandArgs, partitionByOption, usageError, wantsHelp } from '../cli/args.js';
import { IMPORT_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import type { FeedMeta } from '../feed/write-feed.js';
import { importHsds } from '../hsds/import-hsds.js';
import { printable } from '../json.js';
import { importSheet } from '../sheet/import-sheet.js';
import { describeError, describeWarning, SHEET_STRINGS } from '../sheet/sheet-messages.js';

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
    taxonomy: { type: 'string' },
    lang: { type: 'string' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const [format = '', input = ''] = expectPositionals('import', positionals, ['the format (hsds or sheet)', '<file|dir>']);
  if (format !== 'hsds' && format !== 'sheet') throw usageError('import', `unknown format '${format}'; use hsds or sheet`);
  if (values.out === undefined) throw usageError('import', 'missing --out <feed-dir>');
  if (format === 'hsds' && (values.taxonomy !== undefined || values.lang !== undefined)) {
    throw usageError('import', '--taxonomy and --lang are options of import sheet');
  }
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw usageError('import', `--lang takes nl or en, not '${lang}'`);

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
  const target = {
    outDir: values.out,
    meta,
    partitionBy: partitionByOption('import', values['partition-by']),
    ...(generatedAt === undefined ? {} : { generatedAt }),
  };
  const placeholders = values['publisher-name'] === undefined || values.license === undefined;
  if (format === 'sheet') {
    return runSheetImport({ ...target, input, lang, ...(values.taxonomy === undefined ? {} : { taxonomy: values.taxonomy }) }, placeholders, io);
  }
  const result = await importHsds({ ...target, input });

  const { organizations, services, taxonomy } = result.counts;
  io.stdout.write(
    `Imported ${input} into ${result.feed.outDir}: ${organizations} organisation(s), ${services} service(s), ${taxonomy} taxonomy term(s)\n`,
  );
  const notes = [...result.notes];
  if (placeholders) notes.push(SHEET_STRINGS.en.placeholders);
  writeList(io.stdout, `Notes (${notes.length}):`, notes);
  // Data was lost on the way in: the feed holds the rest, but a script must notice.
  if (result.unreadable.length > 0) {
    writeList(io.stderr, `wijkwijzer: ${result.unreadable.length} part(s) of the input could not be read and are not in the feed:`, result.unreadable);
    return 1;
  }
  return 0;
}

/** A heading and one line per item; nothing when there are no items. */
function writeList(stream: Io['stdout'], heading: string, items: readonly string[]): void {
  if (items.length === 0) return;
  stream.write(`${heading}\n`);
  // Items quote the input's own values, which may hold terminal escape sequences.
  for (const item of items) stream.write(`  - ${printable(item)}\n`);
}

/**
 * `import sheet`: the summary and notes on stdout, the rows left out on stderr, in the
 * chosen language. Exit 1 when rows were left out, 2 when none could be read.
 */
async function runSheetImport(options: Parameters<typeof importSheet>[0], placeholders: boolean, io: Io): Promise<number> {
  const strings = SHEET_STRINGS[options.lang];
  const result = await importSheet(options);
  if (result.feed) {
    const { organizations, services, taxonomy } = result.counts;
    io.stdout.write(`${strings.imported(options.input, result.feed.outDir, organizations, services, taxonomy)}\n`);
  }
  const notes = [
    ...(result.unusedColumns.length > 0 ? [strings.unusedColumns(result.unusedColumns)] : []),
    ...result.warnings.map((warning) => describeWarning(warning, options.lang)),
    ...result.notes,
    ...(placeholders && result.feed ? [strings.placeholders] : []),
  ];
  writeList(io.stdout, strings.warningsHeading(notes.length), notes);
  writeList(io.stderr, `wijkwijzer: ${strings.errorsHeading(result.errors.length)}`, result.errors.map((error) => describeError(error, options.lang)));
  if (!result.feed) {
    io.stderr.write(`wijkwijzer: ${strings.nothingRead(options.input)}\n`);
    return 2;
  }
  return result.errors.length > 0 ? 1 : 0;
}
