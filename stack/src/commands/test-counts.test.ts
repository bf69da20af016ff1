import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, countTests, summaryLines, ZERO } from './test-counts.ts';

test('reads node:test summaries behind turbo prefixes', () => {
  const output =
    '@quarry/auth:test:unit: ℹ pass 6\n@quarry/auth:test:unit: ℹ fail 0\n@quarry/x:test:unit: ℹ pass 3\n@quarry/x:test:unit: ℹ fail 1\nℹ skipped 2';
  assert.deepEqual(countTests(output), { passed: 9, failed: 1, skipped: 2, flaky: [] });
});

test('reads Playwright summaries', () => {
  assert.deepEqual(countTests('Running 3 tests\n  2 passed (9.1s)\n  1 failed\n'), {
    passed: 2,
    failed: 1,
    skipped: 0,
    flaky: [],
  });
});

// Playwright's list reporter, as it ends a run in which one test passed only on its retry.
const FLAKY_RUN = [
  'Running 4 tests using 1 worker',
  '  ✓  1 [chromium] › tests/search.spec.ts:10:5 › finds a document (2.1s)',
  '  ✘  2 [chromium] › tests/ingest.spec.ts:22:5 › uploads a folder (31.0s)',
  '  ✓  3 [chromium] › tests/ingest.spec.ts:22:5 › uploads a folder (retry #1) (8.2s)',
  '',
  '  1 flaky',
  '    [chromium] › tests/ingest.spec.ts:22:5 › uploads a folder ────────────────────────────',
  '  3 passed (1.1m)',
  '',
].join('\n');

test('a test that passed only on a retry is counted as passed and named', () => {
  const counts = countTests(FLAKY_RUN);
  assert.equal(counts.passed, 4);
  assert.equal(counts.failed, 0);
  assert.deepEqual(counts.flaky, ['[chromium] › tests/ingest.spec.ts:22:5 › uploads a folder']);
  assert.deepEqual(summaryLines(counts), [
    'Flaky: 1 test(s) failed, then passed on a retry (counted as passed):',
    '  [chromium] › tests/ingest.spec.ts:22:5 › uploads a folder',
    'Total: 4 passed, 0 failed',
  ]);
});

test('the total line stays the plain one when nothing was flaky', () => {
  assert.deepEqual(summaryLines({ ...ZERO, passed: 3, skipped: 1 }), [
    'Total: 3 passed, 0 failed, 1 skipped',
  ]);
});

test('finds nothing in unrelated output', () => {
  assert.deepEqual(countTests('compiled 12 files, 3 passed through'), ZERO);
});

test('adds counts', () => {
  assert.deepEqual(
    add(
      { passed: 1, failed: 2, skipped: 3, flaky: ['a'] },
      { passed: 1, failed: 1, skipped: 1, flaky: ['b'] },
    ),
    { passed: 2, failed: 3, skipped: 4, flaky: ['a', 'b'] },
  );
});
