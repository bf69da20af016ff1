/** Rename, retype, hide and unhide against real Neo4j: stored on the entity, kept by re-ingest. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledge } from '../testing/knowledge-fixture.ts';
import { useTestGraph } from '../testing/test-graph.ts';
import { testRun } from '../testing/test-run.ts';
import { deleteDocumentKnowledge } from '../write.ts';
import type { CurationError } from './curation-error.ts';
import { mergeEntities } from './merge.ts';
import { hideEntity, renameEntity, retypeEntity, unhideEntity } from './properties.ts';
import { dumpRun, reingest } from './testing.ts';

const ids = testRun('curation-properties');
const db = useTestGraph(ids);
const collection = ids.collection('a');
const A = ids.key('ORGANIZATION', 'Acme');
const B = ids.key('ORGANIZATION', 'Acme Corp');

const memo = buildKnowledge({
  documentId: ids.document('memo'),
  collectionId: collection,
  sentences: 1,
  entities: [
    { key: A, type: 'ORGANIZATION', mentions: [{ text: 'Acme', sentence: 0 }] },
    { key: B, type: 'ORGANIZATION', mentions: [{ text: 'Acme Corp', sentence: 0 }] },
  ],
});

const stored = async (key: string) => {
  const { records } = await db().executeQuery(
    `MATCH (e:Entity {key: $key})
     RETURN e.curatedName AS curatedName, e.curatedType AS curatedType, e.hidden AS hidden,
       e.curated AS curated, e.name AS name, e.type AS type`,
    { key },
  );
  return records[0]?.toObject();
};
const code = (error: unknown) => (error as CurationError).code;

test('rename, retype and hide set curated properties beside the shared ones', async () => {
  await reingest(db(), [memo]);
  assert.deepEqual(await renameEntity(db(), A, '  ACME Holding  '), {
    key: A,
    before: { curatedName: null },
  });
  assert.deepEqual((await retypeEntity(db(), A, 'MISC')).before, { curatedType: null });
  assert.deepEqual((await hideEntity(db(), A)).before, { hidden: null });
  assert.deepEqual(await stored(A), {
    curatedName: 'ACME Holding',
    curatedType: 'MISC',
    hidden: true,
    curated: true,
    name: A.slice('name:ORGANIZATION:'.length),
    type: 'ORGANIZATION',
  });
  assert.deepEqual((await renameEntity(db(), A, 'Acme')).before, { curatedName: 'ACME Holding' });
});

test('they survive re-ingest and deletion of every mention', async () => {
  const curated = await dumpRun(db(), ids);
  await reingest(db(), [memo]);
  assert.deepEqual(await dumpRun(db(), ids), curated);
  await deleteDocumentKnowledge(db(), memo.documentId);
  assert.equal((await stored(A))?.['hidden'], true);
  await reingest(db(), [memo]);
});

test('unhide removes the flag; a merged key changes its canonical entity', async () => {
  assert.deepEqual((await unhideEntity(db(), A)).before, { hidden: true });
  assert.equal((await stored(A))?.['hidden'], null);
  await mergeEntities(db(), [B], A, { by: 'user-analyst' });
  assert.equal((await renameEntity(db(), B, 'Acme Group')).key, A);
  assert.equal((await stored(A))?.['curatedName'], 'Acme Group');
  assert.equal((await stored(B))?.['curatedName'], null);
});

test('names are 1 to 200 characters after trimming; types come from the known list', async () => {
  await assert.rejects(renameEntity(db(), A, '   '), (e) => code(e) === 'BAD_USER_INPUT');
  await assert.rejects(renameEntity(db(), A, 'x'.repeat(201)), (e) => code(e) === 'BAD_USER_INPUT');
  await assert.rejects(retypeEntity(db(), A, 'person'), (e) => code(e) === 'BAD_USER_INPUT');
  await assert.rejects(
    hideEntity(db(), `name:MISC:nobody ${ids.run}`),
    (e) => code(e) === 'NOT_FOUND',
  );
  assert.equal((await renameEntity(db(), A, 'x'.repeat(200))).key, A);
});
