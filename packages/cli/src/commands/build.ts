import { buildFeed } from '../build/build-feed.js';
import { expectPositionals, parseCommandArgs, partitionByOption, usageError, wantsHelp } from '../cli/args.js';
import { BUILD_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { printable } from '../json.js';
import { describeFinding } from '../validate/format-report.js';

export async function runBuild(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('build', args, {
    out: { type: 'string', short: 'o' },
    'generated-at': { type: 'string' },
    'partition-by': { type: 'string' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(BUILD_HELP);
    return 0;
  }
  const [sourceDir = ''] = expectPositionals('build', positionals, ['<source-dir>']);
  if (values.out === undefined) throw usageError('build', 'missing --out <feed-dir>');
  const generatedAt = values['generated-at'];
  const partitionBy = partitionByOption('build', values['partition-by']);
  const result = await buildFeed({ sourceDir, outDir: values.out, partitionBy, ...(generatedAt === undefined ? {} : { generatedAt }) });

  for (const file of result.ignored) io.stderr.write(`note: ignored ${file}: not region.json or a dataset name\n`);
  if (!result.ok) {
    io.stderr.write(`build failed: ${result.findings.length} problem(s) in ${sourceDir}; nothing was written\n`);
    for (const { finding, origin, firstOrigin } of result.findings) {
      const from = origin ? `${origin.file} item ${origin.index}: ` : '';
      const first = firstOrigin ? ` (the first in ${firstOrigin.file} item ${firstOrigin.index})` : '';
      // A finding quotes the source's own ids and values, which may hold terminal escape sequences.
      io.stderr.write(`  ${printable(`${from}${describeFinding(finding)}${first}`)}\n`);
    }
    return 1;
  }
  const { manifest } = result.feed;
  const counts = Object.entries(manifest.datasets)
    .map(([dataset, link]) => `${dataset} ${link?.count ?? 0}`)
    .join(', ');
  io.stdout.write(`Built ${manifest.region.name} into ${result.feed.outDir}: ${counts || 'no datasets'}\n`);
  io.stdout.write(`generated_at ${manifest.generated_at} (from ${result.generatedAtSource === 'option' ? '--generated-at' : result.generatedAtSource})\n`);
  if (result.generatedAtSource === 'now') {
    io.stderr.write('note: no date in the data, so generated_at is the current time and a rebuild differs; pass --generated-at for a reproducible feed\n');
  }
  return 0;
}
