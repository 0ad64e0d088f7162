import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { VALIDATE_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { formatReport } from '../validate/format-report.js';
import { DEFAULT_MAX_AGE, parseMaxAge, type MaxAge } from '../validate/freshness.js';
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

/** `--freshness` with `--max-age` (which implies it); undefined when neither is given. */
function freshnessOption(freshness: boolean | undefined, maxAge: string | undefined): { now: Date; maxAge: MaxAge } | undefined {
  if (maxAge === undefined) return freshness ? { now: new Date(), maxAge: DEFAULT_MAX_AGE } : undefined;
  const parsed = parseMaxAge(maxAge);
  if (!parsed) throw usageError('validate', `--max-age takes months, years or days such as 12m, 1y or 90d, not '${maxAge}'`);
  return { now: new Date(), maxAge: parsed };
}

export async function runValidate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    json: { type: 'boolean' },
    timeout: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    freshness: { type: 'boolean' },
    'max-age': { type: 'string' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const [source = ''] = expectPositionals('validate', positionals, ['<feed-dir|url>']);
  const timeoutMs = parseTimeout(values.timeout);
  const freshness = freshnessOption(values.freshness, values['max-age']);
  const options: ValidateOptions = {
    allowOrigins: (values['allow-origin'] ?? []).map(parseOrigin),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(freshness === undefined ? {} : { freshness }),
  };
  const report = await validateFeed(source, options);
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.exitCode;
}
