import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { SYNTHETIC_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { writeFeed } from '../feed/write-feed.js';
import { SYNTHETIC_GENERATED_AT, SYNTHETIC_REGION, generateSyntheticFeed } from '../synthetic/generate.js';

/** A whole number within bounds, or a usage error naming the flag. */
function parseCount(flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < min || count > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw usageError('synthetic', `--${flag} takes a whole number ${range}, not '${value}'`);
  }
  return count;
}

export async function runSynthetic(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('synthetic', args, {
    services: { type: 'string' },
    gemeenten: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(SYNTHETIC_HELP);
    return 0;
  }
  expectPositionals('synthetic', positionals, []);
  const services = parseCount('services', values.services, 0);
  const gemeenten = parseCount('gemeenten', values.gemeenten, 1);
  // The generator keeps 32 bits of its seed: larger seeds would repeat smaller ones.
  const seed = parseCount('seed', values.seed, 0, 2 ** 32 - 1) ?? 1;
  if (services === undefined) throw usageError('synthetic', 'missing --services <n>');
  if (gemeenten === undefined) throw usageError('synthetic', 'missing --gemeenten <n>');
  if (values.out === undefined) throw usageError('synthetic', 'missing --out <feed-dir>');

  const datasets = generateSyntheticFeed({ services, gemeenten, seed });
  const { outDir, manifest } = await writeFeed({ outDir: values.out, meta: SYNTHETIC_REGION, generatedAt: SYNTHETIC_GENERATED_AT, datasets });
  const areaCount = manifest.datasets.areas?.count ?? 0;
  io.stdout.write(`Wrote a synthetic sample feed (seed ${seed}) into ${outDir}: ${services} services in ${gemeenten} gemeenten, ${areaCount} areas\n`);
  return 0;
}
