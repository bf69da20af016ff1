import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSemaphore } from './semaphore.ts';

test('never more than the limit run at once, and every task runs', async () => {
  const slots = createSemaphore(2);
  let running = 0;
  let peak = 0;
  const results = await Promise.all(
    Array.from({ length: 7 }, (_, i) =>
      slots.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(5);
        running -= 1;
        return i;
      }),
    ),
  );
  assert.equal(peak, 2);
  assert.deepEqual(results, [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(slots.active, 0);
});

test('a failing task frees its slot', async () => {
  const slots = createSemaphore(1);
  await assert.rejects(slots.run(() => Promise.reject(new Error('boom'))));
  assert.equal(await slots.run(() => Promise.resolve('next')), 'next');
  assert.equal(slots.active, 0);
});
