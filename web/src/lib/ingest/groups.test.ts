import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spreadProgress, uploadGroups } from './groups.ts';

const files = (...sizes: number[]) => sizes.map((size, i) => ({ name: `f${i}`, size }));
const names = (groups: Array<Array<{ name: string }>>) => groups.map((g) => g.map((f) => f.name));

test('small files share forms up to the file and byte limits; large files go alone', () => {
  const limits = { smallBytes: 100, maxFiles: 3, maxBytes: 150 };
  assert.deepEqual(names(uploadGroups(files(10, 20, 30, 40, 500, 60, 100, 0), limits)), [
    ['f0', 'f1', 'f2'],
    ['f4'],
    ['f3', 'f5'],
    ['f6', 'f7'],
  ]);
  assert.deepEqual(uploadGroups([], limits), []);
});

test('a form’s progress fills its files in order', () => {
  assert.deepEqual(spreadProgress([10, 20, 30], 0, 600), [0, 0, 0]);
  assert.deepEqual(spreadProgress([10, 20, 30], 200, 600), [10, 10, 0]);
  assert.deepEqual(spreadProgress([10, 20, 30], 600, 600), [10, 20, 30]);
  assert.deepEqual(spreadProgress([10], 5, 0), [0]);
});
