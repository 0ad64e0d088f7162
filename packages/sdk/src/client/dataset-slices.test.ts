import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedFixture } from '../test-support/feed-fixture.js';
import { parseDataset, parseDatasetInSlices } from './dataset.js';

test('a dataset validated in slices gives what validating it at once gives, skipped records included', async () => {
  const [first, second] = feedFixture().datasets.services as Record<string, unknown>[];
  const items = Array.from({ length: 900 }, (_, i) => {
    if (i % 50 === 7) return { ...first, id: `svc-${i}`, name: '' };
    if (i % 50 === 9) return { ...second, id: 'svc-1' };
    return { ...(i % 2 ? first : second), id: `svc-${i}` };
  });
  const body = { items };
  let ms = 0;
  let pauses = 0;
  const sliced = await parseDatasetInSlices('services', body, 'https://feed.test/services.json', 'sha256-x', {
    budgetMs: 8,
    now: () => (ms += 1),
    yieldToMain: async () => void (pauses += 1),
  });
  assert.ok(pauses > 100, `validated in ${pauses + 1} slices`);
  const whole = parseDataset('services', body, 'https://feed.test/services.json', 'sha256-x');
  assert.deepEqual(sliced, whole);
  assert.equal(whole.skipped.total, 36, 'invalid and duplicate records are in the comparison');
});
