import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canCurate } from './curation-access.ts';

test('analysts and admins curate; viewers and developers do not', () => {
  assert.equal(canCurate(['ANALYST']), true);
  assert.equal(canCurate(['VIEWER', 'ADMIN']), true);
  assert.equal(canCurate(['VIEWER']), false);
  assert.equal(canCurate(['DEVELOPER']), false);
  assert.equal(canCurate([]), false);
});
