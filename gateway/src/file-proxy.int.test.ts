import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@quarry/auth';
import { hashPassword } from '@quarry/prisma';
import { createLogger } from '@quarry/service-kit';
import * as pipelineApp from '@quarry/pipeline';
import { createTestWorld, upload, waitForJob, type TestWorld } from '@quarry/pipeline/test-support';
import * as accountsApp from '@quarry/subgraph-accounts';
import { envSchema, start, type RunningGateway } from './app.ts';

// Uploads and downloads through the gateway's file proxy to a real pipeline on the real stores.
// The gateway resolves the caller's session through a real accounts service on the same database
// and forwards its own internal token to the pipeline.
let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof pipelineApp.start>>;
let accounts: accountsApp.RunningAccounts;
let gateway: RunningGateway;
let collectionId: string;
const PASSWORD = 'correct horse battery staple';

function gatewayEnv(pipelineUrl: string) {
  // Only the file routes are exercised: the other subgraph URLs are never called.
  return envSchema.parse({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    QUARRY_JWT_SECRET: world.env.QUARRY_JWT_SECRET,
    DOCUMENTS_URL: 'http://127.0.0.1:9',
    GRAPH_URL: 'http://127.0.0.1:9',
    ACCOUNTS_URL: accounts.url,
    PIPELINE_URL: pipelineUrl,
  });
}

/**
 * A session token of an analyst who may write the test's collection (signed in at accounts, as
 * the gateway would: with its credential).
 */
async function analystSession(): Promise<string> {
  const email = `proxy-${Date.now()}-${Math.random()}@example.org`;
  await world.prisma.user.create({
    data: {
      email,
      name: 'Proxy',
      passwordHash: await hashPassword(PASSWORD, 4),
      roles: { create: [{ role: 'analyst' }] },
      memberships: { create: [{ collectionId }] },
    },
  });
  const response = await fetch(`${accounts.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_TOKEN_HEADER]: await signGatewayToken(world.env.QUARRY_JWT_SECRET, 60),
    },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: PASSWORD },
    }),
  });
  const token = ((await response.json()) as { data?: { login: { token: string | null } } }).data
    ?.login.token;
  assert.ok(token);
  return token;
}

before(async () => {
  world = await createTestWorld(process.env);
  pipeline = await pipelineApp.start(world.env);
  accounts = await accountsApp.start(
    accountsApp.envSchema.parse({ ...world.env, PORT: '0', LOG_LEVEL: 'silent' }),
    { prisma: world.prisma, logger: createLogger('accounts-test', 'silent') },
  );
  gateway = await start(gatewayEnv(pipeline.url));
  collectionId = (await world.prisma.collection.create({ data: { name: 'Proxy' } })).id;
});

after(async () => {
  await gateway.close();
  await accounts.close();
  await pipeline.close();
  await world.cleanup();
});

test("a file goes up and comes back through the gateway byte for byte, with the pipeline's headers", async () => {
  const token = await analystSession();
  const job = await world.prisma.ingestJob.create({
    data: { collectionId, source: 'api', skills: '["language"]' },
  });
  // Big enough to need several TCP writes: the proxy streams rather than buffers.
  const bytes = Buffer.from('Proxy check. '.repeat(200_000));
  const sent = await upload(gateway.url, token, job.id, 'big/notes.txt', bytes);
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  await waitForJob(world.prisma, job.id);
  const response = await fetch(`${gateway.url}/originals/${sent.body.item!.documentId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(response.status, 200);
  assert.match(
    response.headers.get('content-disposition') ?? '',
    /^attachment; filename="notes.txt"/,
  );
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
});

test('without a valid credential the gateway answers 401 and the pipeline is never asked', async () => {
  const before = await world.prisma.ingestItem.count();
  // An internal token signed with the right secret is no credential for callers either.
  const internal = await world.token(['analyst'], [collectionId]);
  for (const authorization of [undefined, 'Bearer forged.token.value', `Bearer ${internal}`]) {
    const response = await fetch(`${gateway.url}/ingest/jobs/any/files?path=a.txt`, {
      method: 'PUT',
      headers: authorization ? { authorization } : {},
      body: 'x',
    });
    assert.equal(response.status, 401);
    assert.equal(
      ((await response.json()) as { error: { code: string } }).error.code,
      'UNAUTHENTICATED',
    );
  }
  assert.equal(await world.prisma.ingestItem.count(), before);
  const wrongMethod = await fetch(`${gateway.url}/originals/x`, { method: 'DELETE' });
  assert.equal(wrongMethod.status, 405);
});

test('a pipeline that is down is a clear 503, not a hang or a stack trace', async () => {
  const orphan = await start(gatewayEnv('http://127.0.0.1:9'));
  try {
    const token = await analystSession();
    const response = await fetch(`${orphan.url}/originals/${'0'.repeat(32)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'PIPELINE_UNAVAILABLE');
    assert.doesNotMatch(body.error.message, /127\.0\.0\.1|ECONNREFUSED/);
  } finally {
    await orphan.close();
  }
});
