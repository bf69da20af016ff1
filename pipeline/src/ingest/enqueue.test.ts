import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobsFor } from './enqueue.ts';

const item = (id: string, sizeBytes: number) => ({ id, runId: `run-${id}`, sizeBytes });

test('small files share batch jobs of at most `docs`; large files and leftovers of one go alone', () => {
  const jobs = jobsFor(
    [item('a', 10), item('big', 5_000), item('b', 20), item('c', 30), item('d', 40), item('e', 50)],
    { docs: 2, maxBytes: 1_000, totalBytes: 10_000 },
  );
  assert.deepEqual(
    jobs.map((job) => [
      job.name,
      job.opts.jobId,
      job.name === 'batch' ? job.data.items.map((ref) => ref.itemId) : [job.data.itemId],
    ]),
    [
      ['crack', 'crack.big.run-big', ['big']],
      ['batch', 'batch.a.run-a', ['a', 'b']],
      ['batch', 'batch.c.run-c', ['c', 'd']],
      ['crack', 'crack.e.run-e', ['e']],
    ],
  );
});

test('batches of one queue every file alone, under the id a repeat would use', () => {
  const jobs = jobsFor([item('a', 1), item('b', 1)], {
    docs: 1,
    maxBytes: 1_000,
    totalBytes: 10_000,
  });
  assert.deepEqual(
    jobs.map((job) => job.opts.jobId),
    ['crack.a.run-a', 'crack.b.run-b'],
  );
  assert.deepEqual(jobsFor([], { docs: 32, maxBytes: 1_000, totalBytes: 10_000 }), []);
});

test('a batch also ends before its files would pass `totalBytes` together', () => {
  const jobs = jobsFor(
    [item('a', 600), item('b', 300), item('c', 200), item('d', 900), item('e', 100)],
    { docs: 10, maxBytes: 1_000, totalBytes: 1_000 },
  );
  assert.deepEqual(
    jobs.map((job) =>
      job.name === 'batch' ? job.data.items.map((ref) => ref.itemId) : job.data.itemId,
    ),
    [['a', 'b'], 'c', ['d', 'e']],
  );
});
