import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failedTurboTasks, taskOutputTail } from './turbo-failures.ts';

const run = [
  '@quarry/web:lint: cache miss, executing 1234',
  '@quarry/web:lint: /repo/web/src/a.ts',
  '@quarry/web:lint:   3:7  error  x is never used  @typescript-eslint/no-unused-vars',
  '@quarry/stack:test:unit: ✔ fine (1ms)',
  '@quarry/samples:typecheck: a.ts(1,7): error TS2322',
  '',
  ' Tasks:    10 successful, 12 total',
  'Failed:    @quarry/web#lint, @quarry/samples#typecheck',
  '',
  ' ERROR  run failed: command  exited (1)',
].join('\n');

test("the failed tasks are read from Turbo's summary line", () => {
  assert.deepEqual(failedTurboTasks(run), ['@quarry/web#lint', '@quarry/samples#typecheck']);
  assert.deepEqual(failedTurboTasks(' Tasks:    3 successful, 3 total\n'), []);
});

test("a task's tail holds only that task's lines, without the prefix", () => {
  assert.deepEqual(taskOutputTail(run, '@quarry/web#lint', 2), [
    '/repo/web/src/a.ts',
    '  3:7  error  x is never used  @typescript-eslint/no-unused-vars',
  ]);
  assert.deepEqual(taskOutputTail(run, '@quarry/stack#test:unit'), ['✔ fine (1ms)']);
});

test('error lines before the tail are kept in front of it', () => {
  const unit = [
    'p:test:unit: ✔ first (1ms)',
    'p:test:unit: Error: Test "first" generated asynchronous activity after the test ended',
    'p:test:unit: ✔ second (1ms)',
    'p:test:unit: ℹ fail 0',
  ].join('\n');
  assert.deepEqual(taskOutputTail(unit, 'p#test:unit', 1), [
    'Error: Test "first" generated asynchronous activity after the test ended',
    'ℹ fail 0',
  ]);
});
