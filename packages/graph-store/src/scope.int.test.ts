/**
 * Two collections mention the same real-world thing: one Entity node, and a reader of collection A
 * learns nothing from B (counts, aliases, weights, edges, mentions, triples, alias search).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { readScopedCooccurrences, readScopedEntity } from './scoped-reads.ts';
import { writeDocumentKnowledge } from './write.ts';
import { buildKnowledge } from './testing/knowledge-fixture.ts';
import { useTestGraph } from './testing/test-graph.ts';
import { testRun } from './testing/test-run.ts';

const ids = testRun('scope');
const A = ids.collection('a');
const B = ids.collection('b');
const merz = ids.key('PERSON', 'Friedrich Merz');
const siemens = ids.key('ORGANIZATION', 'Siemens Energy');
const secret = ids.key('ORGANIZATION', 'Hidden Holding');
const rheinmetall = ids.remember(`wikipedia:Rheinmetall_${ids.run}`);
const db = useTestGraph(ids);

before(async () => {
  await writeDocumentKnowledge(
    db(),
    buildKnowledge({
      documentId: ids.document('a'),
      collectionId: A,
      sentences: 2,
      entities: [
        { key: merz, type: 'PERSON', mentions: [{ text: 'Merz', sentence: 0 }] },
        { key: siemens, type: 'ORGANIZATION', mentions: [{ text: 'Siemens Energy', sentence: 0 }] },
        {
          key: rheinmetall,
          type: 'ORGANIZATION',
          mentions: [{ text: 'Rheinmetall', sentence: 1 }],
        },
      ],
    }),
    { date: '2025-01-10' },
  );
  await writeDocumentKnowledge(
    db(),
    buildKnowledge({
      documentId: ids.document('b'),
      collectionId: B,
      sentences: 4,
      entities: [
        {
          key: merz,
          type: 'PERSON',
          mentions: [
            { text: 'Kanzlerkandidat Merz', sentence: 0 },
            { text: 'Merz', sentence: 1 },
            { text: 'Merz', sentence: 2 },
          ],
        },
        {
          key: siemens,
          type: 'ORGANIZATION',
          mentions: [
            { text: 'Siemens Energy', sentence: 1 },
            { text: 'Siemens Energy', sentence: 2 },
          ],
        },
        { key: secret, type: 'ORGANIZATION', mentions: [{ text: 'Hidden Holding', sentence: 0 }] },
        // B's extractor typed it differently: a reader of A must not see B's type
        { key: rheinmetall, type: 'PERSON', mentions: [{ text: 'Rheinmetall', sentence: 3 }] },
      ],
      triples: [
        {
          subject: 'Merz',
          relation: 'met',
          object: 'Hidden Holding',
          sentence: 0,
          subjectKey: merz,
          objectKey: secret,
        },
      ],
    }),
    { date: '2025-06-30' },
  );
});

test('both collections share one Entity node per key', async () => {
  const { records } = await db().executeQuery(
    'MATCH (e:Entity {key: $merz}) RETURN count(e) AS nodes, COUNT { (e)<-[:MENTIONS]-() } AS documents',
    { merz },
  );
  assert.equal(Number(records[0]?.get('nodes')), 1);
  assert.equal(Number(records[0]?.get('documents')), 2);
});

test("a reader of A sees A's aliases, counts and dates only", async () => {
  const inA = await readScopedEntity(db(), merz, [A]);
  assert.deepEqual(
    inA && [inA.aliases, inA.mentionCount, inA.documentCount, inA.firstSeen, inA.lastSeen],
    [['Merz'], 1, 1, '2025-01-10T00:00:00.000Z', '2025-01-10T00:00:00.000Z'],
  );
  const inBoth = await readScopedEntity(db(), merz, [A, B]);
  assert.deepEqual(
    inBoth && [inBoth.aliases, inBoth.mentionCount, inBoth.documentCount, inBoth.lastSeen],
    [['Kanzlerkandidat Merz', 'Merz'], 4, 2, '2025-06-30T00:00:00.000Z'],
  );
  assert.equal(await readScopedEntity(db(), secret, [A]), null, 'known only from B');
  assert.equal(await readScopedEntity(db(), merz, []), null);
});

test('the type of an entity its key does not fix comes from readable documents', async () => {
  assert.equal((await readScopedEntity(db(), rheinmetall, [A]))?.type, 'ORGANIZATION');
  assert.equal((await readScopedEntity(db(), rheinmetall, [B]))?.type, 'PERSON');
  assert.equal((await readScopedEntity(db(), merz, [B]))?.type, 'PERSON', 'fixed by its key');
});

test("a reader of A sees A's co-occurrence edges and weights only", async () => {
  assert.deepEqual(
    (await readScopedCooccurrences(db(), merz, [A])).map((c) => [c.key, c.weight, c.documents]),
    [[siemens, 1, 1]],
  );
  assert.deepEqual(
    (await readScopedCooccurrences(db(), merz, [A, B])).map((c) => [c.key, c.weight, c.documents]),
    [
      [siemens, 3, 2],
      [secret, 1, 1],
    ],
  );
});

test("mentions, triples and the alias search filtered by A show nothing of B's", async () => {
  const count = async (cypher: string, collections: string[]) =>
    Number((await db().executeQuery(cypher, { merz, collections })).records[0]?.get('n'));
  const mentions = `MATCH (:Entity {key: $merz})<-[:REFERS_TO]-(m:Mention)
    WHERE m.collectionId IN $collections RETURN count(m) AS n`;
  assert.equal(await count(mentions, [A]), 1);
  assert.equal(await count(mentions, [A, B]), 4);
  const triples = `MATCH (:Entity {key: $merz})<-[:SUBJECT]-(t:Triple)
    WHERE t.collectionId IN $collections RETURN count(t) AS n`;
  assert.equal(await count(triples, [A]), 0);
  assert.equal(await count(triples, [B]), 1);
  const search = `CALL db.index.fulltext.queryRelationships('graph_mention_aliases', 'kanzlerkandidat')
    YIELD relationship AS r WHERE r.collectionId IN $collections AND endNode(r).key = $merz
    RETURN count(r) AS n`;
  assert.equal(await count(search, [A]), 0);
  assert.equal(await count(search, [B]), 1);
});

test('a path exists for a reader only through edges of readable documents', async () => {
  // The reference path query of docs/graph-model.md: the edge filter sits inside the pattern, so
  // the search never walks an unreadable edge (rather than filtering paths afterwards).
  const paths = async (collections: string[]) => {
    const { records } = await db().executeQuery(
      `MATCH p = SHORTEST 3 (a:Entity {key: $from})
                 (()-[c:CO_OCCURS WHERE c.collectionId IN $collections]-()){1,4}
                 (b:Entity {key: $to})
       RETURN [n IN nodes(p) | n.key] AS keys`,
      { from: siemens, to: secret, collections },
    );
    return records.map((r) => r.get('keys') as string[]);
  };
  assert.deepEqual(await paths([A]), []);
  const both = await paths([A, B]);
  assert.ok(both.length > 0);
  assert.deepEqual(both[0], [siemens, merz, secret]);
});
