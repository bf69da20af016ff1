import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Viewer } from '@quarry/auth';
import {
  assertCanWrite,
  canWrite,
  readableCollections,
  scopedEsQuery,
  scopedWhere,
  searchableCollections,
} from './policy.ts';

const viewer = (roles: Viewer['roles'], collections: string[]): Viewer => ({
  id: 'u',
  email: 'u@example.org',
  name: 'U',
  roles,
  collections,
});

test('readable collections are exactly the token list, admins included', () => {
  assert.deepEqual(readableCollections(viewer(['admin'], ['a', 'b', 'a'])), ['a', 'b']);
  assert.deepEqual(readableCollections(viewer(['admin'], [])), []);
});

test('writing takes admin or analyst AND the collection in the token', () => {
  assert.equal(canWrite(viewer(['analyst'], ['a']), 'a'), true);
  assert.equal(canWrite(viewer(['admin'], ['a']), 'a'), true);
  assert.equal(canWrite(viewer(['viewer'], ['a']), 'a'), false);
  assert.equal(canWrite(viewer(['admin'], ['a']), 'b'), false);
});

test('writing also needs the collection in writeCollections when the token carries it', () => {
  const analyst = viewer(['analyst'], ['a', 'b']);
  assert.equal(canWrite({ ...analyst, writeCollections: ['a'] }, 'a'), true);
  assert.equal(canWrite({ ...analyst, writeCollections: ['a'] }, 'b'), false);
  // A READ-scoped API token: no writes at all, whatever the role.
  assert.equal(canWrite({ ...viewer(['admin'], ['a']), writeCollections: [] }, 'a'), false);
  // Write access never extends beyond what may be read.
  assert.equal(canWrite({ ...analyst, writeCollections: ['c'] }, 'c'), false);
  const code = (() => {
    try {
      assertCanWrite({ ...analyst, writeCollections: [] }, 'a');
      return 'allowed';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  })();
  assert.equal(code, 'FORBIDDEN');
});

test('a refused write says the same whether the collection exists or not', () => {
  const messages = [
    [viewer(['viewer'], ['a']), 'a'],
    [viewer(['admin'], ['a']), 'no-such-collection'],
  ].map(([v, id]) => {
    try {
      assertCanWrite(v as Viewer, id as string);
      return 'allowed';
    } catch (error) {
      assert.equal((error as { extensions: { code: string } }).extensions.code, 'FORBIDDEN');
      return (error as Error).message;
    }
  });
  assert.equal(messages[0], messages[1]);
  assert.doesNotMatch(messages[0]!, /exist/i);
});

test('requested collections are intersected with the readable ones', () => {
  assert.deepEqual(searchableCollections(['a', 'b'], null), ['a', 'b']);
  assert.deepEqual(searchableCollections(['a', 'b'], []), ['a', 'b']);
  assert.deepEqual(searchableCollections(['a', 'b'], ['b', 'x']), ['b']);
  assert.deepEqual(searchableCollections(['a', 'b'], ['x']), []);
});

test('scoped Elasticsearch queries always carry the collection filter first', () => {
  const query = scopedEsQuery(['a'], { filter: [{ term: { id: 'd' } }], must_not: [{ x: 1 }] });
  assert.deepEqual(query, {
    bool: {
      must_not: [{ x: 1 }],
      filter: [{ terms: { collectionId: ['a'] } }, { term: { id: 'd' } }],
    },
  });
  assert.deepEqual(scopedEsQuery([]).bool.filter, [{ terms: { collectionId: [] } }]);
});

test('scoped Prisma wheres AND the collection list with the caller condition', () => {
  assert.deepEqual(scopedWhere(viewer(['viewer'], ['a']), { collectionId: 'b' }), {
    AND: [{ collectionId: 'b' }, { collectionId: { in: ['a'] } }],
  });
});
