/**
 * Two documents share an entity; one is deleted (its last mention of the entity goes, so the entity
 * is an orphan candidate) while the other is written. Whatever the interleaving, the written
 * document ends up linked to a live entity, and neither call fails. Two writers of one document
 * leave exactly one of the versions (real Neo4j).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocumentGraph } from './read.ts';
import { dumpGraph } from './testing/graph-dump.ts';
import { deleteDocumentKnowledge, writeDocumentKnowledge } from './write.ts';
import { buildKnowledge } from './testing/knowledge-fixture.ts';
import { useTestGraph } from './testing/test-graph.ts';
import { testRun } from './testing/test-run.ts';

const ids = testRun('race');
const key = ids.key('PERSON', 'Shared Person');
const leaving = ids.document('leaving');
const arriving = ids.document('arriving');
const ROUNDS = 15;
const db = useTestGraph(ids);

const mentioning = (documentId: string) =>
  buildKnowledge({
    documentId,
    collectionId: ids.collection('a'),
    sentences: 1,
    entities: [{ key, type: 'PERSON', mentions: [{ text: 'Shared', sentence: 0 }] }],
  });

test('deleting the last other mention while a document is written never loses its entity', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    await deleteDocumentKnowledge(db(), arriving);
    await writeDocumentKnowledge(db(), mentioning(leaving), {});
    await Promise.all([
      deleteDocumentKnowledge(db(), leaving),
      writeDocumentKnowledge(db(), mentioning(arriving), {}),
    ]);
    const graph = await readDocumentGraph(db(), arriving);
    assert.deepEqual(
      [graph?.entities.map((e) => e.entity['key']), graph?.mentions.map((m) => m.refersTo)],
      [[key], [key]],
      `round ${round}`,
    );
  }
});

test('two concurrent writes of one document leave exactly one version, not a mix', async () => {
  const documentId = ids.document('twice');
  const version = (names: string[]) =>
    buildKnowledge({
      documentId,
      collectionId: ids.collection('a'),
      sentences: 1,
      entities: names.map((name) => ({
        key: ids.key('PERSON', name),
        type: 'PERSON' as const,
        mentions: [{ text: name, sentence: 0 }],
      })),
    });
  const one = version(['One', 'Uno']);
  const two = version(['Two', 'Dos', 'Deux']);
  const dump = () => dumpGraph(db(), [documentId], ids.keys());
  const alone = async (knowledge: typeof one) => {
    await writeDocumentKnowledge(db(), knowledge, {});
    const state = await dump();
    await deleteDocumentKnowledge(db(), documentId);
    return state;
  };
  const states = [await alone(one), await alone(two)];
  for (let round = 0; round < 5; round++) {
    await Promise.all([
      writeDocumentKnowledge(db(), one, {}),
      writeDocumentKnowledge(db(), two, {}),
    ]);
    const state = await dump();
    assert.ok(
      states.some((expected) => JSON.stringify(expected) === JSON.stringify(state)),
      `round ${round}: ${JSON.stringify(state).slice(0, 300)}`,
    );
    await deleteDocumentKnowledge(db(), documentId);
  }
});
