import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyErrors } from './errors.ts';

test('bad input becomes one message for the search box', () => {
  assert.deepEqual(
    classifyErrors([
      { code: 'BAD_USER_INPUT', message: 'The query is longer than 1000 characters.' },
      { code: 'BAD_USER_INPUT', message: 'The query is longer than 1000 characters.' },
      { code: 'BAD_USER_INPUT', message: 'createdFrom is not a date.' },
    ]),
    {
      kind: 'input',
      message: 'The query is longer than 1000 characters. createdFrom is not a date.',
    },
  );
});

test('any other code is a failure, and wins over bad input', () => {
  const unreachable = {
    code: 'GATEWAY_UNREACHABLE',
    message: 'The gateway is unreachable: refused',
  };
  assert.deepEqual(classifyErrors([unreachable]), { kind: 'failure', errors: [unreachable] });
  assert.deepEqual(classifyErrors([{ code: 'BAD_USER_INPUT', message: 'x' }, unreachable]), {
    kind: 'failure',
    errors: [unreachable],
  });
  assert.equal(classifyErrors([]).kind, 'failure');
});
