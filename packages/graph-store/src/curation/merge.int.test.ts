/**
 * Merge and unmerge against real Neo4j: the stored edges (flattened chains), the refusals, the
 * exact undo, and that re-ingest, orphan removal and new documents leave the decision alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledge } from '../testing/knowledge-fixture.ts';
import { useTestGraph } from '../testing/test-graph.ts';
import { testRun } from '../testing/test-run.ts';
import { deleteDocumentKnowledge } from '../write.ts';
import type { CurationError } from './curation-error.ts';
import { mergeEntities, unmergeEntity } from './merge.ts';
import { dumpRun, readAnswers, reingest } from './testing.ts';

const ids = testRun('curation-merge');
const db = useTestGraph(ids);
const collection = ids.collection('a');
const A = ids.key('PERSON', 'F. Merz');
const B = ids.key('PERSON', 'Friedrich Merz');
const C = ids.key('ORGANIZATION', 'CDU');
const D = ids.key('PERSON', 'Fritz Merz');
const M = ids.key('PERSON', 'Merz');
const curator = { by: 'user-analyst', at: '2026-01-01T00:00:00.000Z' };

const doc = (label: string, person: string, text: string) =>
  buildKnowledge({
    documentId: ids.document(label),
    collectionId: collection,
    sentences: 1,
    entities: [
      { key: person, type: 'PERSON', mentions: [{ text, sentence: 0 }] },
      { key: C, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 0 }] },
    ],
  });
const documents = [
  doc('a', A, 'F. Merz'),
  doc('b', B, 'Friedrich Merz'),
  doc('d', D, 'Fritz Merz'),
  doc('m', M, 'Merz'),
];

const edges = async () => {
  const { records } = await db().executeQuery(
    `MATCH (m:Entity)-[r:MERGED_INTO]->(root:Entity) WHERE m.key IN $keys
     RETURN m.key AS member, root.key AS root, r.path AS path ORDER BY member`,
    { keys: ids.keys() },
  );
  return records.map((record) => record.toObject());
};
const answers = () => readAnswers(db(), [A, B, C, D, M], [collection]);
const code = (error: unknown) => (error as CurationError).code;

test('merge stores one flattened edge per member; an unmerge answers exactly as before', async () => {
  await reingest(db(), documents);
  const before = await answers();

  await mergeEntities(db(), [M], A, curator);
  await mergeEntities(db(), [A], B, curator);
  // A's member M is re-pointed to B, remembering it came through A
  assert.deepEqual(await edges(), [
    { member: A, root: B, path: [] },
    { member: M, root: B, path: [A] },
  ]);
  // merging into a merged entity goes to its canonical root
  await mergeEntities(db(), [D], A, curator);
  assert.deepEqual(
    (await edges()).find((edge) => edge.member === D),
    { member: D, root: B, path: [A] },
  );

  // undo in any order: each unmerge gives the entity its own members back
  await unmergeEntity(db(), D);
  await unmergeEntity(db(), A);
  assert.deepEqual(await edges(), [{ member: M, root: A, path: [] }]);
  await unmergeEntity(db(), M);
  assert.deepEqual(await edges(), []);
  assert.deepEqual(await answers(), before);
});

test('merging an entity into itself or into its own member is refused; unmerging an unmerged one too', async () => {
  await assert.rejects(mergeEntities(db(), [A], A, curator), (e) => code(e) === 'BAD_USER_INPUT');
  await mergeEntities(db(), [A], B, curator);
  await assert.rejects(mergeEntities(db(), [B], A, curator), (e) => code(e) === 'BAD_USER_INPUT');
  await assert.rejects(unmergeEntity(db(), B), (e) => code(e) === 'BAD_USER_INPUT');
  await assert.rejects(
    mergeEntities(db(), [`name:PERSON:nobody ${ids.run}`], B, curator),
    (e) => code(e) === 'NOT_FOUND',
  );
  await unmergeEntity(db(), A);
  assert.deepEqual(await edges(), []);
});

test('a merge survives re-ingest, deletion of every mention, and a new document', async () => {
  await mergeEntities(db(), [A], B, curator);
  const merged = await dumpRun(db(), ids);
  await reingest(db(), documents);
  assert.deepEqual(await dumpRun(db(), ids), merged, 're-ingest leaves the graph as merged');

  // orphan removal keeps a curated entity and its edge
  await deleteDocumentKnowledge(db(), documents[0]!.documentId);
  assert.deepEqual(await edges(), [{ member: A, root: B, path: [] }]);

  // a new document that mentions A lands on A, which is still merged into B
  const fresh = doc('fresh', A, 'F. Merz');
  await reingest(db(), [fresh]);
  assert.deepEqual(await edges(), [{ member: A, root: B, path: [] }]);
  assert.equal(
    (
      (await readAnswers(db(), [A], [collection])) as Record<
        string,
        { entity: { documentCount: number } }
      >
    )[A]?.entity.documentCount,
    1,
  );
  await unmergeEntity(db(), A);
});
