/**
 * The graph subgraph federated with the documents subgraph through the real gateway: one query
 * goes document -> entities -> the other documents that mention them, each document resolved by
 * the documents subgraph with its own access check. The knowledge graph is the graph subgraph's
 * test scenario (collections A and B); the reader here may read A only.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testRun, writeScenario, type Scenario } from '@quarry/subgraph-graph/testing';
import { startFederation, type Federation } from './testing/federation.ts';

const ids = testRun('gateway-graph');
let fed: Federation;
let s: Scenario;
let readerOfA = '';

before(async () => {
  fed = await startFederation(process.env);
  // The scenario's collection ids, created in the accounts database so a user can be given A.
  const A = ids.collection('a');
  const B = ids.collection('b');
  await fed.prisma.collection.create({ data: { id: A, name: `A ${ids.run}` } });
  await fed.prisma.collection.create({ data: { id: B, name: `B ${ids.run}` } });
  s = await writeScenario(fed.graph.driver, ids);
  for (const [id, collection, title] of [
    [s.a1, s.A, 'Merz and the CDU'],
    [s.a2, s.A, 'Berlin notes'],
    [s.b1, s.B, 'Hidden Holding memo'],
  ] as const) {
    await fed.indexDocument(id, collection, title, `${title}: Merz, CDU, Berlin.`);
  }
  const email = `reader-${ids.run}@example.org`;
  await fed.createUser(email, ['viewer'], [{ id: s.A, access: 'read' }]);
  readerOfA = await fed.signIn(email);
});

after(async () => {
  await ids.cleanUp(fed.graph.driver);
  await fed.close();
});

test('document -> entities -> the documents that mention them, in one gateway query', async () => {
  const { status, body } = await fed.gql<{
    document: {
      title: string;
      entities: Array<{
        key: string;
        name: string;
        documents: Array<{ id: string; title: string }>;
      }>;
    };
  }>(
    `query($id: ID!) { document(id: $id) { title
      entities { key name mentionCount documents { id title } }
    } }`,
    { id: s.a1 },
    readerOfA,
  );
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data?.document.title, 'Merz and the CDU');
  const entities = body.data?.document.entities ?? [];
  assert.deepEqual(entities.map((e) => e.key).sort(), [s.merz, s.cdu].sort());
  for (const entity of entities) {
    // Both entities are in a1 and a2; B's b1 mentions them too but is not readable.
    assert.deepEqual(
      entity.documents.map((d) => [d.id, d.title]).sort(),
      [
        [s.a1, 'Merz and the CDU'],
        [s.a2, 'Berlin notes'],
      ].sort(),
      entity.key,
    );
  }
});

test('entity pages and mentions reach their documents and passages through the gateway', async () => {
  const { body } = await fed.gql<{
    entity: {
      mentions: Array<{
        document: { id: string; title: string };
        sentence: { documentId: string; start: number; end: number };
      }>;
    };
    b1: null;
  }>(
    `query($key: ID!, $b1: ID!) {
      entity(key: $key) { mentions(first: 1) { document { id title } sentence { documentId start end } } }
      b1: document(id: $b1) { id entities { key } }
    }`,
    { key: s.merz, b1: s.b1 },
    readerOfA,
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.deepEqual(body.data?.entity.mentions, [
    {
      document: { id: s.a2, title: 'Berlin notes' },
      sentence: { documentId: s.a2, start: 0, end: 999 },
    },
  ]);
  // B's document does not exist for a reader of A, whichever subgraph is asked first
  assert.equal(body.data?.b1, null);
});
