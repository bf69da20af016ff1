import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionError, fromResult } from './action-state.ts';

test('passes the API errors through with their codes', () => {
  const state = fromResult(
    { ok: false, errors: [{ code: 'FORBIDDEN', message: 'Admins only.' }] },
    () => 'never',
  );
  assert.equal(state.status, 'error');
  assert.deepEqual(state.status === 'error' && state.errors, [
    { code: 'FORBIDDEN', message: 'Admins only.' },
  ]);
  assert.deepEqual(actionError('BAD_USER_INPUT', 'x').status, 'error');
});

test('builds the success message, with a shown-once secret when there is one', () => {
  const plain = fromResult({ ok: true, data: { n: 2 } }, ({ n }) => `Revoked ${n}.`);
  assert.equal(plain.status === 'ok' && plain.message, 'Revoked 2.');
  assert.equal(plain.status === 'ok' && plain.secret, undefined);
  const secret = fromResult({ ok: true, data: { pw: 's3cret' } }, ({ pw }) => ({
    message: 'Created.',
    secret: { label: 'Password', value: pw },
  }));
  assert.deepEqual(secret.status === 'ok' && secret.secret, { label: 'Password', value: 's3cret' });
});
