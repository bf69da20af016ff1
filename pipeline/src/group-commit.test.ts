import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupCommit } from './group-commit.ts';

test('entries that arrive while a batch runs form the next batch; each gets its own answer', async () => {
  const batches: number[][] = [];
  let release: () => void = () => {};
  const commit = groupCommit<number, number>(async (batch) => {
    batches.push(batch);
    if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return batch.map((n) => n * 10);
  });
  const first = commit(1);
  await new Promise((resolve) => setImmediate(resolve));
  // The first batch is running: these three wait for it and then go together.
  const rest = [commit(2), commit(3), commit(4)];
  release();
  assert.deepEqual(await Promise.all([first, ...rest]), [10, 20, 30, 40]);
  assert.deepEqual(batches, [[1], [2, 3, 4]]);
});

test('entries of one event-loop turn share a batch, up to the largest batch', async () => {
  const batches: number[][] = [];
  const commit = groupCommit<number, number>(
    async (batch) => {
      batches.push(batch);
      return batch;
    },
    { maxBatch: 2 },
  );
  await Promise.all([commit(1), commit(2), commit(3)]);
  assert.deepEqual(batches, [[1, 2], [3]]);
});

test('an Error answer fails its entry alone; a throwing batch fails all of its entries', async () => {
  const commit = groupCommit<number, number>(async (batch) => {
    if (batch.includes(0)) throw new Error('store down');
    return batch.map((n) => (n < 0 ? new Error(`bad ${n}`) : n));
  });
  const results = await Promise.allSettled([commit(1), commit(-1), commit(2)]);
  assert.deepEqual(
    results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
    [1, 'bad -1', 2],
  );
  await assert.rejects(Promise.all([commit(0), commit(5)]), /store down/);
  // The writer carries on after a failed batch.
  assert.equal(await commit(7), 7);
  await commit.drain();
});
