import assert from 'node:assert/strict';
import { open, stat, writeFile } from 'node:fs/promises';
import type { CliRun } from './run-cli.js';

/** Bytes a file outside the source folder holds; no message may ever quote them. */
export const FOREIGN_SECRET = 'GEHEIM-root:x:0:0';

/** JSON nested far deeper than any record: a recursive reader overflows its stack on it. */
export function deeplyNested(depth = 100_000): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** A file that claims `bytes` bytes without using the disk (sparse), to test a size limit fast. */
export async function writeSparseFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}

/** `value` as JSON in UTF-8 with a byte order mark, as Windows Notepad saves it. */
export async function writeJsonWithBom(path: string, value: unknown): Promise<void> {
  await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(value), 'utf8')]));
}

/** `value` as JSON in UTF-16 little-endian, with or without a byte order mark. */
export async function writeJsonUtf16(path: string, value: unknown, bom: boolean): Promise<void> {
  const text = Buffer.from(JSON.stringify(value), 'utf16le');
  await writeFile(path, bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), text]) : text);
}

/**
 * `value` as JSON whose first occurrence of `marker` has its first byte replaced
 * by 0xFF, which is never valid UTF-8. Returns that byte's offset.
 */
export async function writeJsonWithInvalidByte(path: string, value: unknown, marker: string): Promise<number> {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  const offset = bytes.indexOf(marker);
  if (offset < 0) throw new Error(`${marker} is not in the value`);
  bytes[offset] = 0xff;
  await writeFile(path, bytes);
  return offset;
}

/**
 * Checks that a run refused its input the way every refusal must: exit 2, one
 * line matching `pattern`, no internal error, no NUL byte, and no `out` folder written.
 */
export async function assertRefused(run: CliRun, out: string, pattern: RegExp): Promise<void> {
  assert.equal(run.code, 2, `${run.stdout}${run.stderr}`);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /internal error|please report/);
  assert.ok(!run.stderr.includes('\0'), 'no NUL bytes in the message');
  assert.equal(await stat(out).then(() => true, () => false), false, `nothing written to ${out}`);
}
