/**
 * Re-writing a document replaces its contribution and deleting it removes it, counts and weights
 * included: compared as canonical dumps of everything around the test's documents (real Neo4j).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocumentGraph } from './read.ts';
import { deleteDocumentKnowledge, writeDocumentKnowledge } from './write.ts';
import { dumpGraph } from './testing/graph-dump.ts';
import { buildKnowledge, type EntitySpec } from './testing/knowledge-fixture.ts';
import { useTestGraph } from './testing/test-graph.ts';
import { testRun } from './testing/test-run.ts';

const ids = testRun('replace');
const collection = ids.collection('a');
const merz = ids.remember(`wikipedia:Friedrich_Merz_${ids.run}`);
const hamburg = ids.remember(`geonames:${ids.run}`);
const siemens = ids.key('ORGANIZATION', 'Siemens Energy AG');
const rheinmetall = ids.key('ORGANIZATION', 'Rheinmetall');
const db = useTestGraph(ids);

const dump = () => dumpGraph(db(), ids.documentIds(), ids.keys());

/** Friedrich Merz, linked with this score, named once per sentence in the given forms. */
const merzSaidAs = (score: number, ...forms: string[]): EntitySpec => ({
  key: merz,
  type: 'PERSON',
  mentions: forms.map((text, sentence) => ({ text, sentence })),
  link: { kb: 'wikipedia', id: merz.slice('wikipedia:'.length), title: 'Friedrich Merz', score },
});

const memoA = () =>
  buildKnowledge({
    documentId: ids.document('a'),
    collectionId: collection,
    sentences: 3,
    entities: [
      merzSaidAs(0.9, 'Bundeskanzler Friedrich Merz', 'Merz'),
      {
        key: hamburg,
        type: 'LOCATION',
        mentions: [{ text: 'Hamburg', sentence: 0 }],
        link: {
          kb: 'geonames',
          id: ids.run,
          title: 'Hamburg',
          score: 0.8,
          latitude: 53.55,
          longitude: 9.99,
        },
      },
      { key: siemens, type: 'ORGANIZATION', mentions: [{ text: 'Siemens Energy', sentence: 1 }] },
    ],
    triples: [
      {
        subject: 'Merz',
        relation: 'visited',
        object: 'Siemens Energy',
        sentence: 1,
        subjectKey: merz,
        objectKey: siemens,
      },
      {
        subject: 'the memo',
        relation: 'was sent to',
        object: 'Hamburg',
        sentence: 2,
        objectKey: hamburg,
      },
    ],
  });

const memoB = () =>
  buildKnowledge({
    documentId: ids.document('b'),
    collectionId: collection,
    sentences: 2,
    entities: [
      merzSaidAs(0.7, 'Merz', 'Friedrich Merz'),
      {
        key: siemens,
        type: 'ORGANIZATION',
        mentions: [{ text: 'Siemens Energy AG', sentence: 0 }],
      },
      { key: rheinmetall, type: 'ORGANIZATION', mentions: [{ text: 'Rheinmetall', sentence: 1 }] },
    ],
  });

test('writing the same knowledge twice leaves the graph exactly as one write does', async () => {
  const knowledge = memoA();
  await writeDocumentKnowledge(db(), knowledge, { title: 'Memo', date: '2025-03-01' });
  const once = await dump();
  // 1 document, 3 entities, 4 mentions, 2 triples
  assert.equal(once.length, 10);
  await writeDocumentKnowledge(db(), knowledge, { title: 'Memo', date: '2025-03-01' });
  assert.deepEqual(await dump(), once);
  await deleteDocumentKnowledge(db(), knowledge.documentId);
});

test('the stored contribution says what the knowledge says', async () => {
  const knowledge = memoA();
  await writeDocumentKnowledge(db(), knowledge, {
    title: 'Memo',
    date: '2025-03-01T10:00:00+01:00',
  });
  const graph = await readDocumentGraph(db(), knowledge.documentId);
  assert.ok(graph);
  assert.equal(graph.document['collectionId'], collection);
  assert.equal(graph.document['date'], '2025-03-01T09:00:00.000Z');
  const byKey = new Map(graph.entities.map((e) => [e.entity['key'], e]));
  assert.deepEqual(byKey.get(merz)?.mentions['aliases'], ['Bundeskanzler Friedrich Merz', 'Merz']);
  assert.equal(byKey.get(merz)?.mentions['count'], 2);
  assert.equal(byKey.get(merz)?.mentions['firstOffset'], 0);
  assert.equal(byKey.get(merz)?.entity['name'], 'Friedrich Merz');
  assert.equal(byKey.get(merz)?.entity['kb'], 'wikipedia');
  assert.equal(byKey.get(hamburg)?.entity['latitude'], 53.55);
  // the unlinked entity's shared name is the normalized name its key is made of, not a mention
  assert.equal(byKey.get(siemens)?.entity['name'], siemens.slice('name:ORGANIZATION:'.length));
  assert.equal(byKey.get(siemens)?.entity['type'], 'ORGANIZATION');
  assert.deepEqual(
    graph.mentions.map((m) => [m['text'], m['refersTo'], m['sentenceStart']]),
    [
      ['Bundeskanzler Friedrich Merz', merz, 0],
      ['Hamburg', hamburg, 0],
      ['Merz', merz, 1000],
      ['Siemens Energy', siemens, 1000],
    ],
  );
  assert.deepEqual(
    graph.triples.map((t) => [t['relationText'], t['subject'], t['object']]),
    [
      ['visited', merz, siemens],
      ['was sent to', null, hamburg],
    ],
  );
  assert.deepEqual(
    graph.cooccurrences.map((c) => [c.a, c.b, c['count'], c['seenAt']]),
    [
      [hamburg, merz, 1, '2025-03-01T09:00:00.000Z'],
      [siemens, merz, 1, '2025-03-01T09:00:00.000Z'],
    ],
  );
  await deleteDocumentKnowledge(db(), knowledge.documentId);
  assert.equal(await readDocumentGraph(db(), knowledge.documentId), null);
});

test('writing A, then B, then deleting B leaves exactly the state after writing A alone', async () => {
  const a = memoA();
  await writeDocumentKnowledge(db(), a, { title: 'A', date: '2025-03-01' });
  const afterA = await dump();
  await writeDocumentKnowledge(db(), memoB(), { title: 'B', date: '2025-04-01' });
  // B adds to what A said: weights sum over both documents at query time
  const { records } = await db().executeQuery(
    `MATCH (:Entity {key: $merz})-[c:CO_OCCURS]-(:Entity {key: $siemens})
     RETURN sum(c.count) AS weight, count(c) AS documents, min(c.seenAt) AS first, max(c.seenAt) AS last`,
    { merz, siemens },
  );
  assert.deepEqual([records[0]?.get('weight'), records[0]?.get('documents')].map(Number), [2, 2]);
  assert.equal(records[0]?.get('last'), '2025-04-01T00:00:00.000Z');
  await deleteDocumentKnowledge(db(), memoB().documentId);
  assert.deepEqual(await dump(), afterA);
  await deleteDocumentKnowledge(db(), a.documentId);
  assert.deepEqual(await dump(), [], 'nothing is left once both documents are gone');
  await deleteDocumentKnowledge(db(), a.documentId);
  assert.deepEqual(await dump(), [], 'deleting an unknown document creates nothing');
});

test('a re-write that drops an entity removes it, unless curation marked it', async () => {
  const a = memoA();
  await writeDocumentKnowledge(db(), a, {});
  await db().executeQuery('MATCH (e:Entity {key: $hamburg}) SET e.curated = true', { hamburg });
  const withoutEntities = { ...a, entities: [], triples: [], cooccurrences: [] };
  await writeDocumentKnowledge(db(), withoutEntities, {});
  const { records } = await db().executeQuery(
    'MATCH (e:Entity) WHERE e.key IN $keys RETURN e.key AS key ORDER BY key',
    { keys: [merz, hamburg, siemens] },
  );
  assert.deepEqual(
    records.map((r) => r.get('key') as string),
    [hamburg],
  );
  const graph = await readDocumentGraph(db(), a.documentId);
  assert.deepEqual(
    graph?.mentions.map((m) => m['refersTo']),
    [null, null, null, null],
  );
  await deleteDocumentKnowledge(db(), a.documentId);
});

test('a Wikipedia entity keeps no shared type: each document says its own on MENTIONS', async () => {
  const wikiKey = ids.remember(`wikipedia:Memo_${ids.run}`);
  const typed = (label: string, type: 'PERSON' | 'ORGANIZATION') =>
    buildKnowledge({
      documentId: ids.document(label),
      collectionId: collection,
      sentences: 1,
      entities: [{ key: wikiKey, type, mentions: [{ text: 'Memo', sentence: 0 }] }],
    });
  await writeDocumentKnowledge(db(), typed('p', 'PERSON'), {});
  await writeDocumentKnowledge(db(), typed('o', 'ORGANIZATION'), {});
  const { records } = await db().executeQuery(
    `MATCH (e:Entity {key: $wikiKey})<-[r:MENTIONS]-()
     RETURN e.type AS shared, collect(r.type) AS perDocument`,
    { wikiKey },
  );
  assert.equal(records[0]?.get('shared'), null);
  assert.deepEqual([...(records[0]?.get('perDocument') as string[])].sort(), [
    'ORGANIZATION',
    'PERSON',
  ]);
  await deleteDocumentKnowledge(db(), typed('p', 'PERSON').documentId);
  await deleteDocumentKnowledge(db(), typed('o', 'ORGANIZATION').documentId);
});
