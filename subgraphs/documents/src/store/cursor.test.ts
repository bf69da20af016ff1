import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.ts';

test('a cursor round-trips the sort values of a hit', () => {
  const sort = [1_700_000_000_000, 'doc-7'];
  assert.deepEqual(decodeCursor(encodeCursor(sort)), sort);
});

test('a cursor that was not made by the server is a BAD_USER_INPUT error', () => {
  for (const bad of [
    'not-base64-json',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x",1]').toString('base64url'),
  ]) {
    assert.throws(
      () => decodeCursor(bad),
      (error: { extensions?: { code?: string } }) => error.extensions?.code === 'BAD_USER_INPUT',
    );
  }
});
