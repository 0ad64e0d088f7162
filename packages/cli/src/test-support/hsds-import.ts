import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli, type CliRun } from './run-cli.js';

/**
 * Helpers for checking `wijkwijzer import hsds` through the real command, shared by
 * the unit tests (our fixtures) and `npm run test:conformance` (the official examples).
 */

export type FeedRecord = Record<string, unknown>;

export interface ImportCounts {
  organizations: number;
  services: number;
  taxonomy: number;
}

/** Imports, then validates the result with the real command: an import must always give a valid feed. */
export async function importAndValidate(input: string, out: string, extra: string[] = []): Promise<{ out: string; stdout: string }> {
  const imported = await runCli(['import', 'hsds', input, '--out', out, ...extra]);
  assert.equal(imported.code, 0, `import ${input}: ${imported.stderr}`);
  const validated = await runCli(['validate', out]);
  assert.equal(validated.code, 0, `validate the import of ${input}: ${validated.stdout}`);
  return { out, stdout: imported.stdout };
}

/** The counts in the import's summary line. */
export function importedCounts(stdout: string): ImportCounts | undefined {
  const match = /: (\d+) organisation\(s\), (\d+) service\(s\), (\d+) taxonomy term\(s\)/.exec(stdout);
  if (!match) return undefined;
  return { organizations: Number(match[1]), services: Number(match[2]), taxonomy: Number(match[3]) };
}

/** Checks that an import refused its input as holding nothing importable, in one line, exit 2. */
export function assertNothingToImport(run: CliRun, holds = ''): void {
  assert.equal(run.code, 2, run.stderr);
  assert.ok(run.stderr.startsWith('wijkwijzer: nothing to import from '), run.stderr);
  assert.ok(run.stderr.includes(`: it holds ${holds}`), `"${run.stderr.trim()}" says it holds ${holds}`);
  assert.equal(run.stderr.trim().split('\n').length, 1);
}

export async function readRecords(feed: string, dataset: string): Promise<FeedRecord[]> {
  return JSON.parse(await readFile(join(feed, `${dataset}.json`), 'utf8')) as FeedRecord[];
}

export async function readManifest(feed: string): Promise<FeedRecord> {
  return JSON.parse(await readFile(join(feed, 'index.json'), 'utf8')) as FeedRecord;
}

/** A record of an imported feed, found by id. */
export async function findRecord(feed: string, dataset: string, id: string): Promise<FeedRecord> {
  const record = (await readRecords(feed, dataset)).find((candidate) => candidate.id === id);
  assert.ok(record, `${dataset} ${id} is in the feed`);
  return record;
}

/** Imports the same input twice and checks that the feeds are byte for byte the same; returns the manifest text. */
export async function assertReproducible(input: string, outs: [string, string]): Promise<string> {
  const [first, second] = outs;
  await importAndValidate(input, first);
  await importAndValidate(input, second);
  for (const file of ['index.json', 'organizations.json', 'services.json', 'taxonomy.json']) {
    assert.equal(await readFile(join(first, file), 'utf8'), await readFile(join(second, file), 'utf8'), file);
  }
  return readFile(join(first, 'index.json'), 'utf8');
}
