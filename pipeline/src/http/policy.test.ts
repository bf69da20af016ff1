import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Viewer } from '@quarry/auth';
import type { JobRecord } from '@quarry/prisma/ingest-records';
import { assertCanUploadTo, readableItems, writableItemIds } from './policy.ts';
import type { HttpError } from './respond.ts';

const viewer = (roles: Viewer['roles'], collections: string[], writeCollections?: string[]) =>
  ({ id: 'u', email: 'u@example.org', name: 'U', roles, collections, writeCollections }) as Viewer;

const job = (collectionId: string, source: JobRecord['source'] = 'upload') =>
  ({ id: 'j', collectionId, source, skills: [], label: '' }) as unknown as JobRecord;

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return [(error as HttpError).status, (error as HttpError).code];
  }
  return null;
};

test('files go only to an upload or api job of a collection the caller can write', () => {
  const analyst = viewer(['analyst'], ['a', 'b'], ['a']);
  assert.equal(assertCanUploadTo(analyst, job('a')).collectionId, 'a');
  assert.deepEqual(
    refusal(() => assertCanUploadTo(analyst, null)),
    [404, 'JOB_NOT_FOUND'],
  );
  // Unreadable reads exactly like missing.
  assert.deepEqual(
    refusal(() => assertCanUploadTo(analyst, job('c'))),
    [404, 'JOB_NOT_FOUND'],
  );
  assert.deepEqual(
    refusal(() => assertCanUploadTo(analyst, job('b'))),
    [403, 'FORBIDDEN'],
  );
  const reader = viewer(['viewer'], ['a']);
  assert.deepEqual(
    refusal(() => assertCanUploadTo(reader, job('a'))),
    [403, 'FORBIDDEN'],
  );
  assert.deepEqual(
    refusal(() => assertCanUploadTo(analyst, job('a', 'folder'))),
    [409, 'WRONG_JOB'],
  );
});

test('item queries are scoped to readable collections; restarts to writable ones', () => {
  const analyst = viewer(['analyst'], ['a', 'b', 'a'], ['a']);
  assert.deepEqual(readableItems(analyst, { id: 'x' }), {
    AND: [{ id: 'x' }, { collectionId: { in: ['a', 'b'] } }],
  });
  const items = [
    { id: '1', collectionId: 'a' },
    { id: '2', collectionId: 'b' },
  ];
  assert.deepEqual(writableItemIds(analyst, items), ['1']);
  assert.deepEqual(writableItemIds(viewer(['viewer'], ['a', 'b']), items), []);
});
