import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partitionPoint } from './partition-point.ts';

test('partitionPoint finds the first item past the prefix', () => {
  const ends = [3, 5, 5, 9, 12];
  assert.equal(
    partitionPoint(ends, (end) => end <= 5),
    3,
  );
  assert.equal(
    partitionPoint(ends, (end) => end <= 0),
    0,
  );
  assert.equal(
    partitionPoint(ends, (end) => end <= 100),
    5,
  );
  assert.equal(
    partitionPoint([], () => true),
    0,
  );
});
