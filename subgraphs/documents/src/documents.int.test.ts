import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { createLogger } from '@quarry/service-kit';
import { indexDocument, start, versionedIndexName, type RunningDocuments } from './app.ts';
import { envSchema } from './env.ts';
import { postGraphql, type GraphqlResponse } from '@quarry/service-kit/testing';

// Isolated run: a random alias (and so a random versioned index), deleted at the end.
const alias = `quarry-test-docs-${randomUUID().slice(0, 8)}`;
const secret = process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
const env = envSchema.parse({
  ...process.env,
  PORT: '0',
  DOCUMENTS_INDEX: alias,
  QUARRY_JWT_SECRET: secret,
});
const client = new Client({ node: env.ELASTICSEARCH_URL });
const collectionA = `col-a-${randomUUID()}`;
const collectionB = `col-b-${randomUUID()}`;
const viewer: Viewer = {
  id: 'u1',
  email: 'ada@example.org',
  name: 'Ada',
  roles: ['analyst'],
  collections: [collectionA],
};
let app: RunningDocuments;
let token: string;

// Five documents in A (one minute apart), two in B that must never show up for the viewer.
const docsA = Array.from({ length: 5 }, (_, i) => ({
  id: `a-${i}-${randomUUID()}`,
  title: `Report ${i}`,
  collectionId: collectionA,
  mimeType: 'text/plain',
  createdAt: new Date(Date.UTC(2026, 0, 1, 12, i)).toISOString(),
  text: `body ${i}`,
}));
const docsB = Array.from({ length: 2 }, (_, i) => ({
  id: `b-${i}-${randomUUID()}`,
  title: `Secret ${i}`,
  collectionId: collectionB,
  mimeType: 'application/pdf',
  createdAt: new Date(Date.UTC(2026, 0, 2, 12, i)).toISOString(),
  text: `hidden ${i}`,
}));

type GqlBody<T> = GraphqlResponse<T>['body'];
interface Node {
  id: string;
  title: string;
  collectionId: string;
  collection: { id: string };
  mimeType?: string;
}
interface PageData {
  documents: { totalCount: number; endCursor: string | null; hasNextPage: boolean; nodes: Node[] };
}

function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  bearer: string | null = token,
) {
  return postGraphql<T>(`${app.url}/graphql`, query, variables, bearer);
}

before(async () => {
  app = await start(env, { logger: createLogger('documents-test', 'silent') });
  token = await signAccessToken(viewer, secret, 300);
  for (const doc of [...docsA, ...docsB])
    await indexDocument(client, alias, doc, { refresh: true });
});

after(async () => {
  await app?.close();
  await client.indices.delete({ index: versionedIndexName(alias), ignore_unavailable: true });
  await client.close();
});

test('start creates the versioned index behind the alias', async () => {
  const aliases = await client.indices.getAlias({ name: alias });
  assert.deepEqual(Object.keys(aliases), [versionedIndexName(alias)]);
});

test('without a token every query is UNAUTHENTICATED with HTTP 401', async () => {
  const { status, body } = await gql('{ documents { totalCount } }', {}, null);
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const forged = await gql(
    '{ documents { totalCount } }',
    {},
    await signAccessToken(viewer, `${secret}-forged`, 300),
  );
  assert.equal(forged.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test("documents pages newest first through the viewer's collections only", async () => {
  const query =
    'query($after: String) { documents(first: 2, after: $after) { totalCount endCursor hasNextPage nodes { id title collectionId collection { id } createdAt } } }';
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const { body }: { body: GqlBody<PageData> } = await gql<PageData>(query, { after: cursor });
    assert.equal(body.errors, undefined);
    const result = body.data!.documents;
    assert.equal(result.totalCount, docsA.length);
    for (const node of result.nodes) {
      assert.equal(node.collectionId, collectionA);
      assert.deepEqual(node.collection, { id: collectionA });
      seen.push(node.id);
    }
    if (!result.hasNextPage) break;
    cursor = result.endCursor;
  }
  assert.deepEqual(
    seen,
    [...docsA].reverse().map((d) => d.id),
  );
});

test("a document outside the viewer's collections is simply not found", async () => {
  const own = await gql<{ document: Partial<Node> | null }>(
    'query($id: ID!) { document(id: $id) { id title mimeType } }',
    { id: docsA[0]!.id },
  );
  assert.deepEqual(own.body.data?.document, {
    id: docsA[0]!.id,
    title: 'Report 0',
    mimeType: 'text/plain',
  });
  const other = await gql<{ document: Node | null }>(
    'query($id: ID!) { document(id: $id) { id title } }',
    { id: docsB[0]!.id },
  );
  assert.equal(other.body.errors, undefined);
  assert.equal(other.body.data?.document, null);
});

test('_entities resolves Documents with the same collection filter', async () => {
  const { body } = await gql<{ _entities: Array<Partial<Node> | null> }>(
    'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document { id title } } }',
    {
      reps: [
        { __typename: 'Document', id: docsA[1]!.id },
        { __typename: 'Document', id: docsB[1]!.id },
      ],
    },
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data?._entities, [{ id: docsA[1]!.id, title: 'Report 1' }, null]);
});

test('first above 100 and a forged cursor are BAD_USER_INPUT', async () => {
  const big = await gql('{ documents(first: 101) { totalCount } }');
  assert.equal(big.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const cursor = await gql('{ documents(after: "bm9wZQ") { totalCount } }');
  assert.equal(cursor.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});
