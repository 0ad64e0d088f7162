import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { VALIDATE_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { formatReport } from '../validate/format-report.js';
import { validateFeed } from '../validate/validate-feed.js';

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usageError('validate', `--timeout takes a number of seconds, not '${value}'`);
  return seconds * 1000;
}

export async function runValidate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    json: { type: 'boolean' },
    timeout: { type: 'string' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const [source = ''] = expectPositionals('validate', positionals, ['<feed-dir|url>']);
  const timeoutMs = parseTimeout(values.timeout);
  const report = await validateFeed(source, timeoutMs === undefined ? {} : { timeoutMs });
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.exitCode;
}
