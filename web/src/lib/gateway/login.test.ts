import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretLoginResponse } from './login.ts';

const user = { id: 'u1', email: 'ada@example.org', name: 'Ada', roles: ['ADMIN'] };

test('a successful login yields token, expiry and user', () => {
  const result = interpretLoginResponse(200, {
    data: { login: { ok: true, token: 't', expiresAt: '2030-01-01T00:00:00Z', user, error: null } },
  });
  assert.deepEqual(result, { kind: 'ok', token: 't', expiresAt: '2030-01-01T00:00:00Z', user });
});

test('ok=false is a rejection carrying the gateway reason', () => {
  const result = interpretLoginResponse(200, {
    data: {
      login: { ok: false, token: null, expiresAt: null, user: null, error: 'invalid credentials' },
    },
  });
  assert.deepEqual(result, { kind: 'rejected', reason: 'invalid credentials' });
});

test('ok=true without a token is not trusted', () => {
  const result = interpretLoginResponse(200, { data: { login: { ok: true, token: null, user } } });
  assert.equal(result.kind, 'rejected');
});

test('GraphQL errors and garbage mean the service is unavailable, not bad credentials', () => {
  const errors = interpretLoginResponse(502, {
    data: null,
    errors: [{ message: 'subgraph down' }],
  });
  assert.deepEqual(errors, { kind: 'unavailable', reason: 'login failed: subgraph down' });
  assert.equal(interpretLoginResponse(500, '<html>').kind, 'unavailable');
  assert.equal(interpretLoginResponse(500, null).kind, 'unavailable');
});
