import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canWriteCollection, writableCollections, type Viewer } from './claims.ts';

const viewer = (over: Partial<Viewer>): Viewer => ({
  id: 'u1',
  email: 'u1@example.org',
  name: 'U1',
  roles: ['analyst'],
  collections: ['a', 'b'],
  ...over,
});

test('without writeCollections every readable collection is writable (older tokens)', () => {
  assert.deepEqual(writableCollections(viewer({})), ['a', 'b']);
  assert.equal(canWriteCollection(viewer({}), 'a'), true);
});

test('a READ grant makes a collection readable but not writable', () => {
  const reader = viewer({ writeCollections: ['b'] });
  assert.equal(canWriteCollection(reader, 'a'), false);
  assert.equal(canWriteCollection(reader, 'b'), true);
});

test('writing needs the collection readable too, and a role that writes', () => {
  assert.equal(canWriteCollection(viewer({ writeCollections: ['c'] }), 'c'), false);
  assert.equal(canWriteCollection(viewer({ roles: ['viewer'] }), 'a'), false);
  assert.equal(canWriteCollection(viewer({ roles: ['developer'] }), 'a'), false);
  assert.equal(canWriteCollection(viewer({ roles: ['admin'] }), 'a'), true);
});
