import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, readFile, stat, utimes } from 'node:fs/promises';
import { platform } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { BIN } from '../test-support/run-cli.js';

const MIB = 1024 * 1024;
const FILE_MIB = 64;
const CLIENTS = 6;
/** A fixed modification time, whole seconds, so a test can put it back exactly. */
const FIXED_MTIME = new Date('2026-01-01T00:00:00Z');

let work: string;
let file: string;
let child: ChildProcess;
let base: string;

function sha256Base64(chunks: Iterable<Uint8Array>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('base64');
}

/** 64 MiB from one repeated MiB, each copy numbered so a misplaced chunk would show. */
function* bigFileChunks(): Generator<Uint8Array> {
  const chunk = Buffer.alloc(MIB, 'wijkwijzer large file test ');
  for (let index = 0; index < FILE_MIB; index += 1) {
    chunk.writeUInt32BE(index, 0);
    yield chunk;
  }
}

/** Fetches the whole file, hashing as it streams so the test itself stays small. */
async function download(url: string): Promise<{ status: number; etag: string; length: number; hash: string; contentLength: number }> {
  const response = await fetch(url);
  const hash = createHash('sha256');
  let length = 0;
  for await (const chunk of response.body ?? []) {
    hash.update(chunk);
    length += chunk.byteLength;
  }
  return {
    status: response.status,
    etag: response.headers.get('etag') ?? '',
    length,
    hash: hash.digest('base64'),
    contentLength: Number(response.headers.get('content-length')),
  };
}

async function etagOf(url: string): Promise<string> {
  const response = await fetch(url, { method: 'HEAD' });
  return response.headers.get('etag') ?? '';
}

/** The most resident memory the server process has used so far, from Linux's /proc. */
async function peakMemoryMib(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return kib / 1024;
}

before(async () => {
  work = await tempDir('wijkwijzer-large-');
  file = join(work, 'big.bin');
  const handle = await open(file, 'w');
  for (const chunk of bigFileChunks()) await handle.write(chunk);
  await handle.close();
  await utimes(file, FIXED_MTIME, FIXED_MTIME);
  child = spawn(process.execPath, [BIN, 'serve', work, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  base = await new Promise<string>((resolveUrl, rejectUrl) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)index\.json/.exec(stdout);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.on('exit', () => rejectUrl(new Error(`serve exited early: ${stdout}`)));
  });
});
after(async () => {
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  await exited;
  await removeDir(work);
});

describe('wijkwijzer serve with a large file', () => {
  test('streams it whole and right to several clients at once, in little memory', async () => {
    const expected = sha256Base64(bigFileChunks());
    const url = `${base}big.bin`;
    for (let round = 0; round < 2; round += 1) {
      const answers = await Promise.all(Array.from({ length: CLIENTS }, () => download(url)));
      for (const answer of answers) {
        assert.equal(answer.status, 200);
        assert.equal(answer.contentLength, FILE_MIB * MIB);
        assert.equal(answer.length, FILE_MIB * MIB);
        assert.equal(answer.hash, expected);
        assert.equal(answer.etag, `"sha256-${expected}"`);
      }
    }
    if (platform() === 'linux' && child.pid !== undefined) {
      // Reading the file into memory per request took 6 × 64 MiB and more.
      const peak = await peakMemoryMib(child.pid);
      assert.ok(peak < 200, `the server peaked at ${Math.round(peak)} MiB`);
    }
  });

  test('keeps the ETag while size and modification time stay, and renews it when either changes', async () => {
    const url = `${base}big.bin`;
    const before = await etagOf(url);
    assert.match(before, /^"sha256-/);

    // Same size, same time, other bytes: the cached ETag is kept, as a CDN keyed on size and mtime would.
    const handle = await open(file, 'r+');
    await handle.write(Buffer.from('CHANGED!'), 0, 8, 0);
    await handle.close();
    await utimes(file, FIXED_MTIME, FIXED_MTIME);
    assert.equal(await etagOf(url), before);
    const revalidated = await fetch(url, { headers: { 'If-None-Match': before } });
    assert.equal(revalidated.status, 304);

    // A new modification time: the ETag is computed again, from the new bytes.
    const later = new Date(FIXED_MTIME.getTime() + 60_000);
    await utimes(file, later, later);
    const changed = await download(url);
    assert.notEqual(changed.etag, before);
    assert.equal(changed.etag, `"sha256-${changed.hash}"`);

    // A new size with the same time is also a change.
    const grown = await open(file, 'a');
    await grown.write(Buffer.from('more'));
    await grown.close();
    await utimes(file, later, later);
    const bigger = await download(url);
    assert.equal(bigger.length, FILE_MIB * MIB + 4);
    assert.equal(bigger.length, (await stat(file)).size);
    assert.notEqual(bigger.etag, changed.etag);
    assert.equal(bigger.etag, `"sha256-${bigger.hash}"`);
  });
});
