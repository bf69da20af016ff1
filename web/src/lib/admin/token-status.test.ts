import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenStatus } from './token-status.ts';

test('revoked wins over expired; otherwise the expiry decides', () => {
  const now = Date.parse('2026-11-24T00:00:00Z');
  const past = '2026-11-01T00:00:00Z';
  const future = '2026-12-01T00:00:00Z';
  assert.equal(tokenStatus({ revokedAt: past, expiresAt: future }, now), 'revoked');
  assert.equal(tokenStatus({ revokedAt: past, expiresAt: past }, now), 'revoked');
  assert.equal(tokenStatus({ revokedAt: null, expiresAt: past }, now), 'expired');
  assert.equal(tokenStatus({ revokedAt: null, expiresAt: future }, now), 'active');
});
