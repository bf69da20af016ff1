import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchLoader } from './batch-loader.ts';

test('keys asked for together are fetched in one call, each once', async () => {
  const calls: string[][] = [];
  const loader = new BatchLoader<string, number>(async (keys) => {
    calls.push(keys);
    return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
  });
  const values = await Promise.all(['a', 'bb', 'a', 'missing'].map((k) => loader.load(k)));
  assert.deepEqual(values, [1, 2, 1, null]);
  assert.deepEqual(calls, [['a', 'bb', 'missing']]);
  assert.equal(await loader.load('bb'), 2);
  assert.equal(calls.length, 1);
});

test('a failed fetch rejects its callers and is not cached', async () => {
  let fail = true;
  const loader = new BatchLoader<string, string>(async (keys) => {
    if (fail) throw new Error('store down');
    return new Map(keys.map((k) => [k, k]));
  });
  await assert.rejects(loader.load('x'), /store down/);
  fail = false;
  assert.equal(await loader.load('x'), 'x');
});
