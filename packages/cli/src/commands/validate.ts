import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { VALIDATE_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { formatReport } from '../validate/format-report.js';
import { validateFeed, type ValidateOptions } from '../validate/validate-feed.js';

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usageError('validate', `--timeout takes a number of seconds, not '${value}'`);
  return seconds * 1000;
}

/** An http(s) origin and nothing more: a path would suggest a narrower permission than the one given. */
function parseOrigin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.href !== `${url.origin}/`) {
    throw usageError('validate', `--allow-origin takes an origin such as https://cdn.example.nl, not '${value}'`);
  }
  return url.origin;
}

export async function runValidate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    json: { type: 'boolean' },
    timeout: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
  });
  if (wantsHelp(values)) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const [source = ''] = expectPositionals('validate', positionals, ['<feed-dir|url>']);
  const timeoutMs = parseTimeout(values.timeout);
  const options: ValidateOptions = {
    allowOrigins: (values['allow-origin'] ?? []).map(parseOrigin),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
  const report = await validateFeed(source, options);
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.exitCode;
}
