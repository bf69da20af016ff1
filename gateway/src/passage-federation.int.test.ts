/**
 * Passages through the real gateway: the graph subgraph names a mention's sentence by key
 * ({documentId, start, end}) and the documents subgraph resolves its text with the document's own
 * access check. A passage the documents subgraph cannot resolve (its document is not in the index,
 * or not readable) comes back with null text and NO error, so a page of mentions still renders.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testRun, writeDocumentEntities } from '@quarry/subgraph-graph/testing';
import { startFederation, type Federation } from './testing/federation.ts';

const ids = testRun('gateway-passage');
let fed: Federation;
let reader = '';
const A = ids.collection('a');
const indexed = ids.document('indexed');
const missing = ids.document('missing');
const key = ids.key('PERSON', 'Ada Lovelace');
// Longer than any span the fixture writes, so every sentence of `indexed` lies inside it.
const TEXT = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');

before(async () => {
  fed = await startFederation(process.env);
  await fed.prisma.collection.create({ data: { id: A, name: `A ${ids.run}` } });
  for (const id of [indexed, missing]) {
    await writeDocumentEntities(fed.graph.driver, { id, collectionId: A }, [
      { key, name: 'Ada Lovelace', type: 'PERSON' },
    ]);
  }
  // Only one of the two documents is in the search index.
  await fed.indexDocument(indexed, A, 'Indexed', TEXT);
  const email = `reader-${ids.run}@example.org`;
  await fed.createUser(email, ['viewer'], [{ id: A, access: 'read' }]);
  reader = await fed.signIn(email);
});

after(async () => {
  await ids.cleanUp(fed.graph.driver);
  await fed.close();
});

test('a mention sentence is the exact span of the indexed text; an unresolvable one is null without an error', async () => {
  const { status, body } = await fed.gql<{
    entity: {
      mentions: Array<{
        documentId: string;
        sentence: {
          start: number;
          end: number;
          text: string | null;
          before: string | null;
          after: string | null;
          page: number | null;
        };
      }>;
    };
  }>(
    `query($key: ID!) { entity(key: $key) { mentions(first: 10) {
       documentId sentence { start end text before after page } } } }`,
    { key },
    reader,
  );
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const byDocument = new Map(body.data!.entity.mentions.map((m) => [m.documentId, m.sentence]));
  const found = byDocument.get(indexed)!;
  assert.equal(found.text, TEXT.slice(found.start, found.end));
  assert.equal(found.page, 1);
  assert.ok(found.after !== null && TEXT.slice(found.end).startsWith(found.after.trimStart()));
  assert.deepEqual(byDocument.get(missing), {
    start: byDocument.get(missing)!.start,
    end: byDocument.get(missing)!.end,
    text: null,
    before: null,
    after: null,
    page: null,
  });
});
