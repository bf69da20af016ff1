import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.ts';

const isBadInput = (error: { extensions?: { code?: string; field?: string } }) =>
  error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === 'after';

test('a cursor round-trips the sort values of a hit', () => {
  const sort = [1_700_000_000_000, 'doc-7'];
  assert.deepEqual(decodeCursor(encodeCursor(sort)), sort);
  assert.deepEqual(decodeCursor(encodeCursor([2.5, 'd']), 'number'), [2.5, 'd']);
  assert.deepEqual(decodeCursor(encodeCursor(['annual report', 'd']), 'string'), [
    'annual report',
    'd',
  ]);
  // A document without a sort key sorts last with null.
  assert.deepEqual(decodeCursor(encodeCursor([null, 'd']), 'string'), [null, 'd']);
});

test('a cursor that was not made by the server is a BAD_USER_INPUT error', () => {
  for (const bad of [
    'not-base64-json',
    '',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x",1]').toString('base64url'),
    Buffer.from('[1,"a","b"]').toString('base64url'),
    Buffer.from('[null,"a"]').toString('base64url'),
    Buffer.from('[{"script":1},"a"]').toString('base64url'),
  ]) {
    assert.throws(() => decodeCursor(bad), isBadInput, bad);
  }
});

test('the shape is checked per sort order', () => {
  assert.throws(() => decodeCursor(encodeCursor(['title', 'd']), 'number'), isBadInput);
  assert.throws(() => decodeCursor(encodeCursor([12, 'd']), 'string'), isBadInput);
});
