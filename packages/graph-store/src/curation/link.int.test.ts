/**
 * "Link wrong" against real Neo4j: the aliases go to their `name:<TYPE>:<normalized>` entity (the
 * pipeline's key for an unlinked name), the linked entity keeps the rest, and re-ingest and new
 * documents follow the rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeName } from '@quarry/knowledge';
import { plainValue } from '../plain-values.ts';
import { readDocumentGraph } from '../read.ts';
import { buildKnowledge } from '../testing/knowledge-fixture.ts';
import { useTestGraph } from '../testing/test-graph.ts';
import { testRun } from '../testing/test-run.ts';
import { deleteDocumentKnowledge } from '../write.ts';
import type { CurationError } from './curation-error.ts';
import { markLinkWrong } from './split.ts';
import { dumpRun, reingest } from './testing.ts';

const ids = testRun('curation-link');
const db = useTestGraph(ids);
const collection = ids.collection('a');
const title = `Friedrich_Merz_${ids.run}`;
const linked = ids.remember(`wikipedia:${title}`);
const full = `Friedrich Merz ${ids.run}`;
const short = `Merz ${ids.run}`;
const other = ids.key('ORGANIZATION', 'CDU');
const curator = { by: 'user-analyst', at: '2026-01-01T00:00:00.000Z' };
const link = { kb: 'wikipedia' as const, id: title, title: full, score: 0.8 };

// the key the pipeline gives "Merz …" when it is not linked
const unlinked = ids.remember(`name:PERSON:${normalizeName(short, 'PERSON')}`);
const unlinkedFull = ids.remember(`name:PERSON:${normalizeName(full, 'PERSON')}`);

const memo = buildKnowledge({
  documentId: ids.document('memo'),
  collectionId: collection,
  sentences: 2,
  entities: [
    {
      key: linked,
      type: 'PERSON',
      link,
      mentions: [
        { text: full, sentence: 0 },
        { text: short, sentence: 1 },
      ],
    },
    { key: other, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 1 }] },
  ],
});

const refersTo = async (documentId: string) =>
  (await readDocumentGraph(db(), documentId))!.mentions.map((m) => [m['text'], m.refersTo]);

test('the rejected alias goes to its name entity; the linked entity keeps the rest and its link', async () => {
  await reingest(db(), [memo]);
  const result = await markLinkWrong(db(), linked, [short], curator);
  assert.deepEqual(result.targets, [unlinked]);
  assert.deepEqual(await refersTo(memo.documentId), [
    [full, linked],
    [short, unlinked],
    ['CDU', other],
  ]);
  const graph = (await readDocumentGraph(db(), memo.documentId))!;
  const entities = new Map(graph.entities.map((e) => [e.entity['key'] as string, e]));
  assert.equal(entities.get(linked)?.entity['kbTitle'], full);
  assert.equal(entities.get(linked)?.mentions['linkScore'], 0.8);
  assert.equal(entities.get(unlinked)?.mentions['linkScore'], undefined, 'no link, no score');
  assert.equal(entities.get(unlinked)?.entity['type'], 'PERSON');
  assert.deepEqual(
    graph.cooccurrences.map((c) => [c.a, c.b]),
    [[other, unlinked]],
  );
  const { records } = await db().executeQuery(
    `MATCH (n:Entity {key: $unlinked})-[s:SPLIT_FROM]->(k:Entity {key: $linked})
     RETURN n.curated AS curated, k.curated AS linkedCurated, s.reason AS reason, s.aliases AS aliases`,
    { unlinked, linked },
  );
  assert.deepEqual(records[0]?.toObject(), {
    curated: true,
    linkedCurated: true,
    reason: 'link',
    aliases: [normalizeName(short, 'PERSON')],
  });
});

test('re-ingest leaves the graph exactly as right after the rejection; a new document follows it', async () => {
  const curated = await dumpRun(db(), ids);
  await reingest(db(), [memo]);
  assert.deepEqual(await dumpRun(db(), ids), curated);

  const fresh = buildKnowledge({
    documentId: ids.document('fresh'),
    collectionId: collection,
    sentences: 1,
    entities: [{ key: linked, type: 'PERSON', link, mentions: [{ text: short, sentence: 0 }] }],
  });
  await reingest(db(), [fresh]);
  assert.deepEqual(await refersTo(fresh.documentId), [[short, unlinked]]);
  await deleteDocumentKnowledge(db(), fresh.documentId);
});

test('without aliases every alias left goes; the linked entity stays (curated) with no mention', async () => {
  const result = await markLinkWrong(db(), linked, null, curator);
  assert.deepEqual(result.targets, [unlinkedFull]);
  assert.deepEqual(await refersTo(memo.documentId), [
    [full, unlinkedFull],
    [short, unlinked],
    ['CDU', other],
  ]);
  const curated = await dumpRun(db(), ids);
  await reingest(db(), [memo]);
  assert.deepEqual(await dumpRun(db(), ids), curated);
  const { records } = await db().executeQuery(
    'MATCH (k:Entity {key: $linked}) RETURN k.curated AS curated, COUNT { (k)<-[:MENTIONS]-() } AS n',
    { linked },
  );
  assert.equal(records[0]?.get('curated'), true);
  assert.equal(plainValue(records[0]?.get('n')), 0);
});

test('only a linked entity can have its link marked wrong', async () => {
  await assert.rejects(
    markLinkWrong(db(), other, null, curator),
    (error) => (error as CurationError).code === 'BAD_USER_INPUT',
  );
});
