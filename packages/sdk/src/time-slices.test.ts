import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runInSlices, runToEnd, type SlicedWork } from './time-slices.js';

/** `steps` steps of work, each taking `costMs` on the given fake clock. */
function* work(steps: number, clock: { ms: number }, costMs: number): SlicedWork<number[]> {
  const done: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    yield;
    clock.ms += costMs;
    done.push(step);
  }
  return done;
}

describe('runInSlices', () => {
  test('gives the main thread back whenever a slice has used its budget, with the same result', async () => {
    const clock = { ms: 0 };
    const pausedAt: number[] = [];
    const result = await runInSlices(work(30, clock, 3), {
      budgetMs: 8,
      now: () => clock.ms,
      yieldToMain: async () => void pausedAt.push(clock.ms),
    });
    // Three steps of 3 ms use up an 8 ms budget.
    assert.deepEqual(pausedAt, [9, 18, 27, 36, 45, 54, 63, 72, 81]);
    assert.deepEqual(result, runToEnd(work(30, { ms: 0 }, 3)));
  });

  test('an abort stops the work at the next pause, with the signal\'s reason', async () => {
    const clock = { ms: 0 };
    const controller = new AbortController();
    const reason = new Error('widget removed');
    let pauses = 0;
    const steps = work(30, clock, 5);
    const error = await runInSlices(steps, {
      budgetMs: 8,
      now: () => clock.ms,
      signal: controller.signal,
      yieldToMain: async () => {
        pauses += 1;
        controller.abort(reason);
      },
    }).catch((e: unknown) => e);
    assert.equal(error, reason);
    assert.equal(pauses, 1);
    assert.equal(clock.ms, 10, 'no step ran after the abort');
  });
});
