/**
 * Split against real Neo4j: existing documents are rebuilt (mentions, MENTIONS, CO_OCCURS,
 * triples), the rule holds for re-ingest and new documents, and nothing a deletion does breaks it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainValue } from '../plain-values.ts';
import { readDocumentGraph } from '../read.ts';
import { buildKnowledge } from '../testing/knowledge-fixture.ts';
import { useTestGraph } from '../testing/test-graph.ts';
import { testRun } from '../testing/test-run.ts';
import { deleteDocumentKnowledge } from '../write.ts';
import type { CurationError } from './curation-error.ts';
import { splitEntity } from './split.ts';
import { dumpRun, reingest } from './testing.ts';

const ids = testRun('curation-split');
const db = useTestGraph(ids);
const collection = ids.collection('a');
const merz = ids.key('PERSON', 'Friedrich Merz');
const cdu = ids.key('ORGANIZATION', 'CDU');
const bank = ids.key('ORGANIZATION', 'Merz Bank');
const curator = { by: 'user-analyst', at: '2026-01-01T00:00:00.000Z' };
const full = `Friedrich Merz ${ids.run}`;
const short = `Merz ${ids.run}`;

const memo = buildKnowledge({
  documentId: ids.document('memo'),
  collectionId: collection,
  sentences: 2,
  entities: [
    {
      key: merz,
      type: 'PERSON',
      mentions: [
        { text: full, sentence: 0 },
        { text: short, sentence: 1 },
      ],
    },
    {
      key: cdu,
      type: 'ORGANIZATION',
      mentions: [
        { text: 'CDU', sentence: 0 },
        { text: 'CDU', sentence: 1 },
      ],
    },
  ],
  triples: [
    {
      subject: short,
      relation: 'leads',
      object: 'CDU',
      sentence: 1,
      subjectKey: merz,
      objectKey: cdu,
    },
  ],
});
const letter = buildKnowledge({
  documentId: ids.document('letter'),
  collectionId: collection,
  sentences: 1,
  entities: [
    { key: merz, type: 'PERSON', mentions: [{ text: short, sentence: 0 }] },
    { key: bank, type: 'ORGANIZATION', mentions: [{ text: 'Merz Bank', sentence: 0 }] },
  ],
});

/** Names Merz only in full: the split cannot change it, so it is not rebuilt. */
const minutes = buildKnowledge({
  documentId: ids.document('minutes'),
  collectionId: collection,
  sentences: 1,
  entities: [{ key: merz, type: 'PERSON', mentions: [{ text: full, sentence: 0 }] }],
});

const mentionsOf = async (documentId: string) =>
  (await readDocumentGraph(db(), documentId))!.mentions.map((m) => [m['text'], m.refersTo]);
const entitiesOf = async (documentId: string) =>
  (await readDocumentGraph(db(), documentId))!.entities.map(({ mentions, entity }) => ({
    key: entity['key'],
    name: mentions['name'],
    aliases: mentions['aliases'],
    count: mentions['count'],
    firstOffset: mentions['firstOffset'],
  }));
const pairsOf = async (documentId: string) =>
  (await readDocumentGraph(db(), documentId))!.cooccurrences.map((c) => [c.a, c.b, c['count']]);

let split = '';

test('a split re-points the mentions with the aliases and rebuilds what the documents say', async () => {
  await reingest(db(), [memo, letter, minutes]);
  const result = await splitEntity(
    db(),
    { key: merz, aliases: [` ${short} `], name: 'Merz (the banker)', type: 'PERSON' },
    curator,
  );
  split = ids.remember(result.key);
  assert.match(split, /^curated:/);
  assert.equal(result.documents, 2, 'the minutes name Merz only in full: not rebuilt');

  assert.deepEqual(await mentionsOf(memo.documentId), [
    [full, merz],
    ['CDU', cdu],
    [short, split],
    ['CDU', cdu],
  ]);
  const memoEntities = await entitiesOf(memo.documentId);
  assert.deepEqual(
    memoEntities.find((e) => e.key === split),
    { key: split, name: short, aliases: [short], count: 1, firstOffset: 1000 },
  );
  assert.deepEqual(
    memoEntities.find((e) => e.key === merz),
    { key: merz, name: full, aliases: [full], count: 1, firstOffset: 0 },
  );
  assert.deepEqual(await pairsOf(memo.documentId), [
    [split, cdu, 1],
    [cdu, merz, 1],
  ]);
  const triple = (await readDocumentGraph(db(), memo.documentId))!.triples[0]!;
  assert.equal(triple.subject, split);
  assert.equal(triple['subjectKey'], split);

  // the letter named Merz only by the split alias: it no longer mentions the original at all
  assert.deepEqual(
    (await entitiesOf(letter.documentId)).map((e) => e.key),
    [bank, split].sort(),
  );
  const { records } = await db().executeQuery(
    `MATCH (n:Entity {key: $split})-[s:SPLIT_FROM]->(a:Entity {key: $merz})
     RETURN n.curated AS curated, n.curatedName AS name, n.curatedType AS type, a.curated AS original,
       s.aliases AS aliases, s.reason AS reason, s.by AS by`,
    { split, merz },
  );
  assert.deepEqual(records[0]?.toObject(), {
    curated: true,
    name: 'Merz (the banker)',
    type: 'PERSON',
    original: true,
    aliases: [short.toLowerCase()],
    reason: 'split',
    by: curator.by,
  });
});

test('THE key test: re-ingesting the documents leaves the graph exactly as right after the split', async () => {
  const curated = await dumpRun(db(), ids);
  await reingest(db(), [memo, letter, minutes]);
  assert.deepEqual(await dumpRun(db(), ids), curated);
});

test('a new document naming the entity by a split alias lands on the split entity', async () => {
  const fresh = buildKnowledge({
    documentId: ids.document('fresh'),
    collectionId: collection,
    sentences: 1,
    entities: [
      {
        key: merz,
        type: 'PERSON',
        mentions: [
          { text: full, sentence: 0 },
          { text: short.toUpperCase(), sentence: 0 },
        ],
      },
    ],
  });
  await reingest(db(), [fresh]);
  assert.deepEqual(await mentionsOf(fresh.documentId), [
    [full, merz],
    [short.toUpperCase(), split],
  ]);
  assert.deepEqual(await pairsOf(fresh.documentId), [[split, merz, 1]]);
});

test('deleting every document keeps both entities and the rule, and a later write still applies it', async () => {
  const rule = `MATCH (:Entity {key: $split})-[s:SPLIT_FROM]->(:Entity {key: $merz}) RETURN count(s) AS rules`;
  for (const id of ids.documentIds()) await deleteDocumentKnowledge(db(), id);
  const { records } = await db().executeQuery(rule, { split, merz });
  assert.equal(plainValue(records[0]?.get('rules')), 1);
  await reingest(db(), [letter]);
  assert.deepEqual(
    (await entitiesOf(letter.documentId)).map((e) => e.key),
    [bank, split].sort(),
  );
});

test('a split that matches no mention is refused and changes nothing', async () => {
  const before = await dumpRun(db(), ids);
  await assert.rejects(
    splitEntity(db(), { key: merz, aliases: ['Somebody Else'] }, curator),
    (error) => (error as CurationError).code === 'BAD_USER_INPUT',
  );
  await assert.rejects(
    splitEntity(db(), { key: merz, aliases: [] }, curator),
    (error) => (error as CurationError).code === 'BAD_USER_INPUT',
  );
  await assert.rejects(
    splitEntity(db(), { key: merz, aliases: [short], type: 'PERSONA' }, curator),
    (error) => (error as CurationError).code === 'BAD_USER_INPUT',
  );
  await assert.rejects(
    splitEntity(db(), { key: `name:PERSON:nobody ${ids.run}`, aliases: [short] }, curator),
    (error) => (error as CurationError).code === 'NOT_FOUND',
  );
  assert.deepEqual(await dumpRun(db(), ids), before);
});
