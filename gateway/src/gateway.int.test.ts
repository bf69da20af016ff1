import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { signAccessToken } from '@quarry/auth';
import {
  createPrismaClient,
  ensureAdmin,
  migrate,
  SAMPLE_COLLECTION,
  type PrismaClient,
} from '@quarry/prisma';
import { createLogger } from '@quarry/service-kit';
import * as accounts from '@quarry/subgraph-accounts';
import * as documents from '@quarry/subgraph-documents';
import * as graph from '@quarry/subgraph-graph';
import { envSchema, start, type RunningGateway } from './app.ts';
import { postGraphql } from '@quarry/service-kit/testing';

// Every store is isolated per run: a temp SQLite file, a random index alias, unique Neo4j ids.
const secret = process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
const silent = createLogger('gateway-test', 'silent');
const run = randomUUID();
const dbDir = mkdtempSync(join(tmpdir(), 'quarry-gateway-'));
const databaseUrl = `file:${join(dbDir, 'quarry.db')}`;
const alias = `quarry-test-gw-${run.slice(0, 8)}`;
const admin = { email: `admin-${run}@example.org`, name: 'Grace Admin', password: `pw-${run}` };
const docId = `doc-${run}`;
const entityId = `ent-${run}`;
const base = { ...process.env, PORT: '0', QUARRY_JWT_SECRET: secret, LOG_LEVEL: 'silent' };

let prisma: PrismaClient;
let services: Array<{ close(): Promise<void> }> = [];
let docsApp: documents.RunningDocuments;
let graphApp: graph.RunningGraph;
let gateway: RunningGateway;


function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  bearer: string | null = null,
) {
  return postGraphql<T>(`${gateway.url}/graphql`, query, variables, bearer);
}

async function login(): Promise<string> {
  const { body } = await gql<{
    login: { ok: boolean; token: string | null; error: string | null };
  }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ok token error } }',
    { email: admin.email, password: admin.password },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data?.login.ok, true, body.data?.login.error ?? '');
  assert.ok(body.data?.login.token);
  return body.data.login.token;
}

before(async () => {
  await migrate(databaseUrl);
  prisma = createPrismaClient(databaseUrl);
  await ensureAdmin(prisma, admin);
  const sample = await prisma.collection.findUniqueOrThrow({ where: { name: SAMPLE_COLLECTION } });

  const accountsApp = await accounts.start(
    accounts.envSchema.parse({ ...base, DATABASE_URL: databaseUrl }),
    { logger: silent, prisma },
  );
  docsApp = await documents.start(documents.envSchema.parse({ ...base, DOCUMENTS_INDEX: alias }), {
    logger: silent,
  });
  graphApp = await graph.start(graph.envSchema.parse(base), { logger: silent });
  services = [accountsApp, docsApp, graphApp];

  await documents.indexDocument(
    docsApp.client,
    alias,
    {
      id: docId,
      title: 'Field report',
      collectionId: sample.id,
      mimeType: 'text/plain',
      createdAt: new Date().toISOString(),
      text: 'Ada Lovelace visited the archive.',
    },
    { refresh: true },
  );
  await graphApp.driver.executeQuery(
    'CREATE (:Document {id: $docId})-[:MENTIONS]->(:Entity {id: $entityId, name: "Ada Lovelace", type: "PERSON", collectionId: $collectionId})',
    { docId, entityId, collectionId: sample.id },
  );

  gateway = await start(
    envSchema.parse({
      ...base,
      ACCOUNTS_URL: accountsApp.url,
      DOCUMENTS_URL: docsApp.url,
      GRAPH_URL: graphApp.url,
      // Nothing listens here: the status page must report the pipeline as not ready, not fail.
      PIPELINE_URL: 'http://127.0.0.1:9',
    }),
    { logger: silent },
  );
});

after(async () => {
  await gateway?.close();
  await graphApp?.driver.executeQuery('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', {
    ids: [docId, entityId],
  });
  await docsApp?.client.indices.delete({
    index: documents.versionedIndexName(alias),
    ignore_unavailable: true,
  });
  for (const service of services) await service.close();
  await prisma?.$disconnect();
  rmSync(dbDir, { recursive: true, force: true });
});

test('without a token every operation but login is UNAUTHENTICATED (HTTP 401)', async () => {
  const { status, body } = await gql('{ me { email } }');
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const introspection = await gql('{ __schema { queryType { name } } }');
  assert.equal(introspection.status, 401);
  // Validation messages would reveal the schema too ("did you mean …").
  const invalid = await gql('{ documentz { id } }');
  assert.equal(invalid.status, 401);
  assert.equal(invalid.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('a forged token is rejected', async () => {
  const forged = await signAccessToken(
    { id: 'x', email: admin.email, name: 'Mallory', roles: ['admin'], collections: [] },
    `${secret}-forged`,
    300,
  );
  const { status, body } = await gql('{ me { email } }', {}, forged);
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('login mixed with another field is refused even though login needs no token', async () => {
  const { body } = await gql('mutation { login(email: "a@b.c", password: "x") { ok } __typename }');
  assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('login through the gateway, then the federated query spans all three subgraphs', async () => {
  const token = await login();
  const { status, body } = await gql<{
    me: { email: string };
    documents: {
      nodes: Array<{
        id: string;
        title: string;
        collection: { name: string };
        entities: Array<{ name: string; type: string }>;
      }>;
    };
  }>(
    '{ me { email } documents(first: 5) { nodes { id title collection { name } entities { name type } } } }',
    {},
    token,
  );
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data?.me.email, admin.email);
  assert.deepEqual(body.data?.documents.nodes, [
    {
      id: docId,
      title: 'Field report',
      collection: { name: SAMPLE_COLLECTION },
      entities: [{ name: 'Ada Lovelace', type: 'PERSON' }],
    },
  ]);
  const introspection = await gql<{ __schema: { queryType: { name: string } } }>(
    '{ __schema { queryType { name } } }',
    {},
    token,
  );
  assert.equal(introspection.body.data?.__schema.queryType.name, 'Query');
});

test('GET /status needs a token and reports every service', async () => {
  const anonymous = await fetch(`${gateway.url}/status`);
  assert.equal(anonymous.status, 401);
  const response = await fetch(`${gateway.url}/status`, {
    headers: { authorization: `Bearer ${await login()}` },
  });
  assert.equal(response.status, 200);
  const { services: statuses } = (await response.json()) as {
    services: Array<{ name: string; ready: boolean; error?: string }>;
  };
  const ready = Object.fromEntries(statuses.map((s) => [s.name, s.ready]));
  assert.deepEqual(ready, {
    gateway: true,
    documents: true,
    graph: true,
    accounts: true,
    pipeline: false,
  });
  assert.ok(statuses.find((s) => s.name === 'pipeline')?.error);
});

test('the gateway is ready when every subgraph is', async () => {
  const response = await fetch(`${gateway.url}/readyz`);
  assert.equal(response.status, 200);
});
