import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { EXPORT_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { exportHsds } from '../hsds-export/export-hsds.js';

export async function runExport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, { out: { type: 'string', short: 'o' } });
  if (wantsHelp(values)) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const [format = '', feed = ''] = expectPositionals('export', positionals, ['the format (hsds)', '<feed>']);
  if (format !== 'hsds') throw usageError('export', `unknown format '${format}'; only 'hsds' is supported`);
  if (values.out === undefined) throw usageError('export', 'missing --out <dir>');
  const { outDir, counts } = await exportHsds({ feed, outDir: values.out });
  io.stdout.write(
    `Exported ${feed} as HSDS 3.0 into ${outDir}: ${counts.services} service(s), ${counts.organizations} organisation(s), ` +
      `${counts.taxonomyTerms} taxonomy term(s); ${counts.tables} CSV table(s) in tabular/\n`,
  );
  return 0;
}
