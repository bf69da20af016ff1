import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Viewer } from '@quarry/auth';
import {
  canReadCollection,
  canReadUser,
  canSignIn,
  readableCollectionIds,
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
