import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorBody, httpStatusForCode } from './http-errors.ts';

test('gateway codes map to HTTP statuses; unknown ones are a bad gateway', () => {
  assert.equal(httpStatusForCode('UNAUTHENTICATED'), 401);
  assert.equal(httpStatusForCode('FORBIDDEN'), 403);
  assert.equal(httpStatusForCode('BAD_USER_INPUT'), 400);
  assert.equal(httpStatusForCode('GATEWAY_UNREACHABLE'), 502);
  assert.equal(httpStatusForCode('INTERNAL_SERVER_ERROR'), 502);
  assert.deepEqual(errorBody('X', 'y'), { error: { code: 'X', message: 'y' } });
});
