import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shareTask } from './shared-task.js';

/** Work that finishes when told to, and notices when it is aborted. */
function controllable() {
  let finish: (value: string) => void = () => {};
  const seen: { signal?: AbortSignal } = {};
  const run = (signal: AbortSignal) => {
    seen.signal = signal;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { run, seen, finish: (value: string) => finish(value) };
}

describe('shareTask', () => {
  test('a waiter without a signal keeps the work going when the others abort', async () => {
    const work = controllable();
    const task = shareTask(work.run);
    const controller = new AbortController();
    const aborted = task.join(controller.signal);
    const pinned = task.join();
    controller.abort(new Error('gone'));
    await assert.rejects(aborted, /gone/);
    assert.equal(work.seen.signal?.aborted, false);
    work.finish('done');
    assert.equal(await pinned, 'done');
    assert.equal(task.cancelled, false);
  });

  test('the work is aborted once every waiter with a signal has aborted', async () => {
    const work = controllable();
    const task = shareTask(work.run);
    const one = new AbortController();
    const two = new AbortController();
    const first = task.join(one.signal);
    const second = task.join(two.signal);
    one.abort();
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal(work.seen.signal?.aborted, false, 'one waiter is left');
    two.abort();
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(work.seen.signal?.aborted, true);
    assert.equal(task.cancelled, true);
  });
});
