import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { signAccessToken } from '@quarry/auth';
import { envSchema } from './env.ts';
import { startGraphTestApp, type GraphTestApp } from './testing/graph-test-app.ts';

const secret = process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
const env = envSchema.parse({ ...process.env, PORT: '0', QUARRY_JWT_SECRET: secret });
// Unique ids isolate this run; only these nodes are deleted afterwards.
const run = randomUUID();
const collection = `col-${run}`;
const docId = `doc-${run}`;
const entity = { id: `ent-${run}`, name: 'Ada Lovelace', type: 'PERSON', collectionId: collection };
let graph: GraphTestApp;
let token: string;

before(async () => {
  graph = await startGraphTestApp(env);
  token = await graph.tokenFor([collection]);
  await graph.driver.executeQuery(
    'CREATE (d:Document {id: $docId}) CREATE (e:Entity $entity) CREATE (d)-[:MENTIONS]->(e)',
    { docId, entity },
  );
});

after(async () => {
  await graph?.close([docId, entity.id]);
});

test('APOC is installed (@neo4j/graphql authorization needs it)', async () => {
  const { records } = await graph.driver.executeQuery('RETURN apoc.version() AS version');
  assert.match(String(records[0]?.get('version')), /^\d+\.\d+/);
});

test('without a valid token the subgraph answers UNAUTHENTICATED', async () => {
  const viewer = {
    id: 'u1',
    email: 'a@example.org',
    name: 'A',
    roles: [],
    collections: [collection],
  };
  const bearers: Array<[string, string | null]> = [
    ['none', null],
    ['forged', await signAccessToken(viewer, `${secret}-forged`, 300)],
    ['expired', await signAccessToken(viewer, secret, -60)],
    ['garbage', 'not-a-jwt'],
  ];
  for (const [kind, bearer] of bearers) {
    const { status, body } = await graph.gql('{ entities { id } }', {}, bearer);
    assert.equal(status, 401, kind);
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', kind);
    assert.equal(body.data ?? null, null, kind);
  }
});

test('_entities for a Document the pipeline has not enriched yet answers "no entities"', async () => {
  const { body } = await graph.gql<{
    _entities: Array<{ id: string; entities: Array<{ id: string }> }>;
  }>(
    'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document { id entities { id } } } }',
    {
      reps: [
        { __typename: 'Document', id: docId },
        { __typename: 'Document', id: `missing-${run}` },
      ],
    },
    token,
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data?._entities, [
    { id: docId, entities: [{ id: entity.id }] },
    // No node yet means no entities, not an error that would null out the whole document.
    { id: `missing-${run}`, entities: [] },
  ]);
});

test('no generated mutations and no root Document queries', async () => {
  const { body } = await graph.gql<{
    schema: {
      mutationType: null | { name: string };
      queryType: { fields: Array<{ name: string }> };
    };
  }>('{ schema: __schema { mutationType { name } queryType { fields { name } } } }', {}, token);
  assert.equal(body.data?.schema.mutationType, null);
  const fields = body.data?.schema.queryType.fields.map((f) => f.name) ?? [];
  assert.ok(fields.includes('entities'));
  assert.ok(
    !fields.some((name) => /^documents/i.test(name)),
    `unexpected root fields: ${fields.join(', ')}`,
  );
});
