import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Viewer } from '@quarry/auth';
import {
  assertMayChangeActive,
  canReadCollection,
  canReadUser,
  canSignIn,
  isLocked,
  passwordProblem,
  readableCollectionIds,
  requireAdmin,
  requireViewer,
} from './policy.ts';

const analyst: Viewer = {
  id: 'u1',
  email: 'a@example.org',
  name: 'A',
  roles: ['analyst'],
  collections: ['c1', 'c2', 'c1'],
};
const admin: Viewer = {
  id: 'u9',
  email: 'z@example.org',
  name: 'Z',
  roles: ['admin'],
  collections: [],
};

test('requireViewer refuses anonymous callers with UNAUTHENTICATED', () => {
  assert.throws(
    () => requireViewer(null),
    (error: { extensions?: { code?: string } }) => error.extensions?.code === 'UNAUTHENTICATED',
  );
  assert.equal(requireViewer(analyst), analyst);
});

test('collections are readable only when listed in the token, admins included', () => {
  assert.equal(canReadCollection(analyst, 'c2'), true);
  assert.equal(canReadCollection(analyst, 'c3'), false);
  assert.equal(canReadCollection(admin, 'c1'), false);
  assert.deepEqual(readableCollectionIds(analyst), ['c1', 'c2']);
});

test('a user is visible to themself and to admins only', () => {
  assert.equal(canReadUser(analyst, 'u1'), true);
  assert.equal(canReadUser(analyst, 'u9'), false);
  assert.equal(canReadUser(admin, 'u1'), true);
});

test('inactive accounts cannot sign in', () => {
  assert.equal(canSignIn({ active: true }), true);
  assert.equal(canSignIn({ active: false }), false);
});

test('a lock holds until its instant has passed', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  assert.equal(isLocked({ lockedUntil: null }, now), false);
  assert.equal(isLocked({ lockedUntil: new Date('2026-01-01T12:00:01Z') }, now), true);
  assert.equal(isLocked({ lockedUntil: now }, now), false);
});

test('admin operations need the role in the token and an active admin in the database', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
      return 'ok';
    } catch (error) {
      return (error as { extensions?: { code?: string } }).extensions?.code;
    }
  };
  const current = { active: true, roles: ['admin'] };
  assert.equal(
    code(() => requireAdmin(null, current)),
    'UNAUTHENTICATED',
  );
  assert.equal(
    code(() => requireAdmin(analyst, current)),
    'FORBIDDEN',
  );
  assert.equal(
    code(() => requireAdmin(admin, null)),
    'FORBIDDEN',
  );
  assert.equal(
    code(() => requireAdmin(admin, { active: false, roles: ['admin'] })),
    'FORBIDDEN',
  );
  assert.equal(
    code(() => requireAdmin(admin, { active: true, roles: ['viewer'] })),
    'FORBIDDEN',
  );
  assert.equal(
    code(() => requireAdmin(admin, current)),
    'ok',
  );
});

test('an admin may deactivate others and reactivate anyone, but not deactivate themself', () => {
  assert.doesNotThrow(() => assertMayChangeActive(admin, 'u1', false));
  assert.doesNotThrow(() => assertMayChangeActive(admin, 'u9', true));
  assert.throws(
    () => assertMayChangeActive(admin, 'u9', false),
    (error: { extensions?: { code?: string } }) => error.extensions?.code === 'BAD_USER_INPUT',
  );
});

test('a new password needs 12 characters, at most 72 bytes, and must differ from the current one', () => {
  const current = 'the current password';
  assert.equal(passwordProblem('short', current)?.reason, 'too-short');
  // Characters, not UTF-16 units or bytes: 12 emoji are 12 characters.
  assert.equal(passwordProblem('🔑'.repeat(11), current)?.reason, 'too-short');
  assert.equal(passwordProblem('🔑'.repeat(12), current), null);
  assert.equal(passwordProblem('x'.repeat(73), current)?.reason, 'too-long');
  assert.equal(passwordProblem(current, current)?.reason, 'unchanged');
  assert.equal(passwordProblem('a different passphrase', current), null);
});
