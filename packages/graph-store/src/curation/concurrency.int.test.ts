/**
 * A split racing a write of a new document that names the entity by a split alias: whichever
 * commits first, the new document ends up with the split entity (the writer locks the entity
 * before it reads the rules; the split holds that lock while it adds the rule and rebuilds).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocumentGraph } from '../read.ts';
import { buildKnowledge } from '../testing/knowledge-fixture.ts';
import { useTestGraph } from '../testing/test-graph.ts';
import { testRun } from '../testing/test-run.ts';
import { writeDocumentKnowledge } from '../write.ts';
import { splitEntity } from './split.ts';

const ids = testRun('curation-race');
const db = useTestGraph(ids);
const collection = ids.collection('a');
const ROUNDS = 6;

const document = (label: string, key: string, texts: string[]) =>
  buildKnowledge({
    documentId: ids.document(label),
    collectionId: collection,
    sentences: texts.length,
    entities: [
      {
        key,
        type: 'PERSON',
        mentions: texts.map((text, sentence) => ({ text, sentence })),
      },
    ],
  });

test('a document written while a split commits follows the split either way', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const key = ids.key('PERSON', `Friedrich Merz ${round}`);
    const alias = `Merz ${round} ${ids.run}`;
    await writeDocumentKnowledge(
      db(),
      document(`old-${round}`, key, ['Friedrich Merz', alias]),
      {},
    );
    const fresh = document(`new-${round}`, key, [alias]);
    // Alternate which one starts first; both run at once.
    const split = () => splitEntity(db(), { key, aliases: [alias] }, { by: 'race' });
    const write = () => writeDocumentKnowledge(db(), fresh, {});
    const [result] =
      round % 2 === 0
        ? await Promise.all([split(), write()])
        : await Promise.all([write(), split()]).then(([, s]) => [s] as const);
    ids.remember(result.key);
    const graph = await readDocumentGraph(db(), fresh.documentId);
    assert.deepEqual(
      graph?.mentions.map((m) => m.refersTo),
      [result.key],
      `round ${round}: the new document's mention went to the split entity`,
    );
  }
});
