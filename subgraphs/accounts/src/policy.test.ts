import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Viewer } from '@quarry/auth';
import {
  assertMayChangeActive,
  assertMayChangeRoles,
  canManageCredential,
  canReadGroup,
  collectionAccess,
  requireSession,
  canReadCollection,
  canReadUser,
  canSignIn,
  isLocked,
  passwordProblem,
  readableCollectionIds,
  requireAdmin,
  requireViewer,
} from './policy.ts';

/** 'ok', or the GraphQL error code `fn` throws. */
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

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
  const code = codeOf;
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

test('API tokens cannot do what needs a session; sessions and anonymous callers are told apart', () => {
  assert.equal(
    codeOf(() => requireSession(null)),
    'UNAUTHENTICATED',
  );
  assert.equal(
    codeOf(() => requireSession({ ...analyst, via: 'token', cid: 't1' })),
    'FORBIDDEN',
  );
  assert.equal(
    codeOf(() => requireSession({ ...analyst, via: 'session' })),
    'FORBIDDEN',
  );
  assert.equal(
    codeOf(() => requireSession({ ...analyst, via: 'session', cid: 's1' })),
    'ok',
  );
});

test('credentials are managed by their owner, or by an admin per the database', () => {
  assert.equal(canManageCredential(analyst, 'u1', false), true);
  assert.equal(canManageCredential(analyst, 'u9', false), false);
  assert.equal(canManageCredential(admin, 'u1', true), true);
});

test('groups are visible to members and to current admins only', () => {
  const current = { active: true, roles: ['admin'] };
  assert.equal(canReadGroup(analyst, { active: true, roles: ['analyst'] }, true), true);
  assert.equal(canReadGroup(analyst, { active: true, roles: ['analyst'] }, false), false);
  assert.equal(canReadGroup(admin, current, false), true);
  assert.equal(canReadGroup(admin, { active: true, roles: ['viewer'] }, false), false);
});

test('an admin cannot drop their own admin role but may change anyone else', () => {
  assert.equal(
    codeOf(() => assertMayChangeRoles(admin, 'u9', ['viewer'])),
    'BAD_USER_INPUT',
  );
  assert.equal(
    codeOf(() => assertMayChangeRoles(admin, 'u9', ['admin', 'viewer'])),
    'ok',
  );
  assert.equal(
    codeOf(() => assertMayChangeRoles(admin, 'u1', ['viewer'])),
    'ok',
  );
});

test("a collection's access comes from the token; writeCollections absent means all readable", () => {
  assert.equal(collectionAccess(analyst, 'c1'), 'write');
  assert.equal(collectionAccess({ ...analyst, writeCollections: ['c2'] }, 'c1'), 'read');
  assert.equal(collectionAccess(analyst, 'c3'), null);
});
