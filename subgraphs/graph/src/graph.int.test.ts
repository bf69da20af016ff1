import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import neo4j from 'neo4j-driver';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { createLogger } from '@quarry/service-kit';
import { start, type RunningGraph } from './app.ts';
import { envSchema } from './env.ts';
import { postGraphql } from '@quarry/service-kit/testing';

const secret = process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
const env = envSchema.parse({ ...process.env, PORT: '0', QUARRY_JWT_SECRET: secret });
const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
// Unique ids isolate this run; only these nodes are deleted afterwards.
const run = randomUUID();
const collectionA = `col-a-${run}`;
const collectionB = `col-b-${run}`;
const docId = `doc-${run}`;
const entityA = {
  id: `ent-a-${run}`,
  name: 'Ada Lovelace',
  type: 'PERSON',
  collectionId: collectionA,
};
const entityB = {
  id: `ent-b-${run}`,
  name: 'Hidden Corp',
  type: 'ORGANIZATION',
  collectionId: collectionB,
};
const viewer: Viewer = {
  id: 'u1',
  email: 'ada@example.org',
  name: 'Ada',
  roles: ['analyst'],
  collections: [collectionA],
};
let app: RunningGraph;
let token: string;

interface EntityNode {
  id: string;
  name: string;
  type: string;
  collectionId: string;
}

function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  bearer: string | null = token,
) {
  return postGraphql<T>(`${app.url}/graphql`, query, variables, bearer);
}

before(async () => {
  app = await start(env, { logger: createLogger('graph-test', 'silent'), driver });
  token = await signAccessToken(viewer, secret, 300);
  await driver.executeQuery(
    `CREATE (d:Document {id: $docId})
     CREATE (a:Entity $entityA) CREATE (b:Entity $entityB)
     CREATE (d)-[:MENTIONS]->(a), (d)-[:MENTIONS]->(b)`,
    { docId, entityA, entityB },
  );
});

after(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', {
    ids: [docId, entityA.id, entityB.id],
  });
  await app?.close();
  await driver.close();
});

test('APOC is installed (@neo4j/graphql authorization needs it)', async () => {
  const { records } = await driver.executeQuery('RETURN apoc.version() AS version');
  assert.match(String(records[0]?.get('version')), /^\d+\.\d+/);
});

test('without a valid token the subgraph answers UNAUTHENTICATED', async () => {
  const none = await gql('{ entities { id } }', {}, null);
  assert.equal(none.status, 401);
  assert.equal(none.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const forged = await gql(
    '{ entities { id } }',
    {},
    await signAccessToken(viewer, `${secret}-forged`, 300),
  );
  assert.equal(forged.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test("entities returns only the viewer's collections", async () => {
  const { body } = await gql<{ entities: EntityNode[] }>(
    'query($ids: [ID!]) { entities(where: { id: { in: $ids } }) { id name type collectionId } }',
    { ids: [entityA.id, entityB.id] },
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data?.entities, [entityA]);
});

test('a viewer of both collections sees both entities', async () => {
  const both = await signAccessToken(
    { ...viewer, collections: [collectionA, collectionB] },
    secret,
    300,
  );
  const { body } = await gql<{ entities: EntityNode[] }>(
    'query($ids: [ID!]) { entities(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id } }',
    { ids: [entityA.id, entityB.id] },
    both,
  );
  assert.deepEqual(
    body.data?.entities.map((e) => e.id),
    [entityA.id, entityB.id],
  );
});

test('_entities for a Document returns its entities with the same filter', async () => {
  const { body } = await gql<{ _entities: Array<{ id: string; entities: EntityNode[] } | null> }>(
    'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document { id entities { id name type collectionId } } } }',
    {
      reps: [
        { __typename: 'Document', id: docId },
        { __typename: 'Document', id: `missing-${run}` },
      ],
    },
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data?._entities, [
    { id: docId, entities: [entityA] },
    // A document the pipeline has not enriched yet has no node: it has no entities, not an error.
    { id: `missing-${run}`, entities: [] },
  ]);
});

test('no generated mutations and no root Document queries', async () => {
  const { body } = await gql<{
    schema: {
      mutationType: null | { name: string };
      queryType: { fields: Array<{ name: string }> };
    };
  }>('{ schema: __schema { mutationType { name } queryType { fields { name } } } }');
  assert.equal(body.data?.schema.mutationType, null);
  const fields = body.data?.schema.queryType.fields.map((f) => f.name) ?? [];
  assert.ok(fields.includes('entities'));
  assert.ok(
    !fields.some((name) => /^documents/i.test(name)),
    `unexpected root fields: ${fields.join(', ')}`,
  );
});
