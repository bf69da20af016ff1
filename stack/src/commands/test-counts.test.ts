import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, countTests } from './test-counts.ts';

test('reads node:test summaries behind turbo prefixes', () => {
  const output =
    '@quarry/auth:test:unit: ℹ pass 6\n@quarry/auth:test:unit: ℹ fail 0\n@quarry/x:test:unit: ℹ pass 3\n@quarry/x:test:unit: ℹ fail 1\nℹ skipped 2';
  assert.deepEqual(countTests(output), { passed: 9, failed: 1, skipped: 2 });
});

test('reads Playwright summaries', () => {
  assert.deepEqual(countTests('Running 3 tests\n  2 passed (9.1s)\n  1 failed\n'), {
    passed: 2,
    failed: 1,
    skipped: 0,
  });
});

test('finds nothing in unrelated output', () => {
  assert.deepEqual(countTests('compiled 12 files, 3 passed through'), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
});

test('adds counts', () => {
  assert.deepEqual(
    add({ passed: 1, failed: 2, skipped: 3 }, { passed: 1, failed: 1, skipped: 1 }),
    { passed: 2, failed: 3, skipped: 4 },
  );
});
