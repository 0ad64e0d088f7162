import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { compressedCopies } from './compress.js';

test('the manifest (first) gets brotli 11 whatever its size; another large file a lower quality', async () => {
  // 200 KB of manifest-like text: past the 128 KB under which every page-loaded file gets 11.
  const links = Array.from({ length: 1_500 }, (_, index) => ({ id: `gm-${index}`, url: `services/gm-${index}.${(index * 2654435761 >>> 0).toString(16).padStart(8, '0')}.json`, count: index % 977 }));
  const data = Buffer.from(JSON.stringify(links, null, 2));
  assert.ok(data.length > 128 * 1024);
  const best = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  const first = await compressedCopies(data, { first: true });
  const other = await compressedCopies(data);
  assert.ok(first.br.equals(best), 'quality 11');
  assert.ok(other.br.length > first.br.length, `${other.br.length} B at a lower quality, ${first.br.length} B at 11`);
  assert.ok(brotliDecompressSync(first.br).equals(data));
});
