/**
 * A document with 10,000 mentions: a few statements in one transaction, and all or nothing when
 * the transaction fails after some of them ran (real Neo4j).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentKnowledge } from '@quarry/knowledge';
import { BATCH_SIZE, writeDocumentKnowledge } from './write.ts';
import { countingDriver } from './testing/counting-driver.ts';
import { dumpGraph } from './testing/graph-dump.ts';
import { buildKnowledge, type EntitySpec } from './testing/knowledge-fixture.ts';
import { useTestGraph } from './testing/test-graph.ts';
import { testRun } from './testing/test-run.ts';

const ids = testRun('bulk');
const documentId = ids.document('big');
const ENTITIES = 500;
const MENTIONS_PER_ENTITY = 20;
const SENTENCES = 2_000;
const db = useTestGraph(ids);

/** 500 entities x 20 mentions over 2,000 sentences, 5 entities a sentence: many co-occurrences. */
function bigKnowledge(version: string): DocumentKnowledge {
  const entities: EntitySpec[] = Array.from({ length: ENTITIES }, (_, e) => ({
    key: ids.key('PERSON', `person ${version} ${e}`),
    type: 'PERSON',
    mentions: Array.from({ length: MENTIONS_PER_ENTITY }, (_, m) => ({
      text: `Person ${e}`,
      sentence: (e * 7 + m * 100) % SENTENCES,
    })),
  }));
  return buildKnowledge({
    documentId,
    collectionId: ids.collection('a'),
    sentences: SENTENCES,
    entities,
    triples: Array.from({ length: 200 }, (_, t) => ({
      subject: `Person ${t}`,
      relation: 'met',
      object: `Person ${t + 1}`,
      sentence: t,
      subjectKey: entities[t]!.key,
    })),
  });
}

function smallKnowledge(): DocumentKnowledge {
  return buildKnowledge({
    documentId,
    collectionId: ids.collection('a'),
    sentences: 1,
    entities: [
      { key: ids.key('PERSON', 'small a'), type: 'PERSON', mentions: [{ text: 'A', sentence: 0 }] },
      { key: ids.key('PERSON', 'small b'), type: 'PERSON', mentions: [{ text: 'B', sentence: 0 }] },
    ],
  });
}

const countNodes = async () => {
  const { records } = await db().executeQuery(
    `RETURN COUNT { (m:Mention {documentId: $documentId}) } AS mentions,
            COUNT { ()-[c:CO_OCCURS {documentId: $documentId}]->() } AS edges`,
    { documentId },
  );
  return { mentions: Number(records[0]?.get('mentions')), edges: Number(records[0]?.get('edges')) };
};

test('a 10,000-mention write that fails in its last batch leaves the previous version intact', async () => {
  // a small previous version, so that the comparison of before and after stays cheap
  await writeDocumentKnowledge(db(), smallKnowledge(), { date: '2024-12-01' });
  const before = await dumpGraph(db(), ids.documentIds(), ids.keys());
  assert.equal(before.length, 1 + 2 + 2, 'document, entities, mentions');
  const broken = bigKnowledge('v2');
  const last = broken.mentions.at(-1)!;
  // Neo4j refuses a map as a property value: the last mention batch fails on the server, after the
  // removal of v1 and the first writes of v2 already ran in the same transaction.
  (last as { text: unknown }).text = { not: 'a string' };
  const counting = countingDriver(db());
  await assert.rejects(
    writeDocumentKnowledge(counting.driver, broken, { date: '2025-02-01' }),
    /Property values can only be of primitive types/,
  );
  const ran = counting.log.statements.map((s) => s.cypher);
  const failing = ran.findLastIndex((cypher) => cypher.includes('CREATE (m:Mention'));
  assert.ok(failing >= 3, 'the failing statement came after the removal and other writes');
  assert.deepEqual(await dumpGraph(db(), ids.documentIds(), ids.keys()), before);
  const { records } = await db().executeQuery(
    'MATCH (e:Entity) WHERE e.key IN $keys RETURN count(e) AS n',
    { keys: broken.entities.map((e) => e.key) },
  );
  assert.equal(Number(records[0]?.get('n')), 0, 'no entity of the failed version exists');
});

test('10,000 mentions are written in one transaction of a few statements', async () => {
  const knowledge = bigKnowledge('v1');
  assert.equal(knowledge.mentions.length, 10_000);
  const counting = countingDriver(db());
  await writeDocumentKnowledge(counting.driver, knowledge, { date: '2025-01-01' });
  assert.equal(counting.log.transactions, 1);
  const { statements } = counting.log;
  // remove + document + entities + 2 mention batches + triples + co-occurrence batches + tidy
  const cooccurrenceBatches = Math.ceil(knowledge.cooccurrences.length / BATCH_SIZE);
  assert.equal(
    statements.length,
    7 + cooccurrenceBatches,
    JSON.stringify(statements.map((s) => s.rows)),
  );
  assert.ok(statements.length <= 8, `${statements.length} statements`);
  assert.deepEqual(await countNodes(), {
    mentions: 10_000,
    edges: knowledge.cooccurrences.length,
  });
});
