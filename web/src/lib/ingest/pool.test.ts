import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPool } from './pool.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('never runs more than the limit at once and runs everything', async () => {
  let running = 0;
  let peak = 0;
  const done: number[] = [];
  await runPool([5, 1, 3, 2, 4, 1, 2], 3, async (ms, index) => {
    running += 1;
    peak = Math.max(peak, running);
    await tick(ms);
    running -= 1;
    done.push(index);
  });
  assert.equal(peak, 3);
  assert.deepEqual(
    [...done].sort((a, b) => a - b),
    [0, 1, 2, 3, 4, 5, 6],
  );
});

test('a failing task does not stop the others', async () => {
  const seen: number[] = [];
  const { errors, started } = await runPool([1, 2, 3, 4], 2, async (n) => {
    if (n === 2) throw new Error('boom');
    seen.push(n);
  });
  assert.equal(started, 4);
  assert.deepEqual(seen.sort(), [1, 3, 4]);
  assert.equal((errors.get(1) as Error).message, 'boom');
});

test('abort stops starting new tasks', async () => {
  const controller = new AbortController();
  const started: number[] = [];
  const result = await runPool(
    [0, 1, 2, 3, 4, 5],
    2,
    async (n) => {
      started.push(n);
      if (n === 1) controller.abort();
      await tick(2);
    },
    controller.signal,
  );
  assert.deepEqual(started, [0, 1]);
  assert.equal(result.started, 2);
});

test('empty input and odd limits', async () => {
  assert.equal((await runPool([], 3, async () => {})).started, 0);
  let peak = 0;
  let running = 0;
  await runPool([1, 1, 1], 0, async () => {
    running += 1;
    peak = Math.max(peak, running);
    await tick(1);
    running -= 1;
  });
  assert.equal(peak, 1);
});
