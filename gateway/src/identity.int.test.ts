import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { signAccessToken } from '@quarry/auth';
import { freshIp, startFederation, type Federation } from './testing/federation.ts';

// Credentials through the gateway: sessions and API tokens resolved by the accounts service,
// scopes, expiry, revocation and the cache, collection restriction across the documents subgraph,
// introspection by role, and which X-Forwarded-For the gateway believes.

const run = randomUUID().slice(0, 8);
const docA = `doc-a-${run}`;
const docB = `doc-b-${run}`;
let fed: Federation;
const ids = { a: '', b: '', jobA: '', jobB: '', itemB: '' };
let anaSession = '';

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions?.code;

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id } } }`;

async function createToken(
  session: string,
  input: Record<string, unknown>,
): Promise<{ secret: string; id: string }> {
  const { body } = await fed.gql<{ createApiToken: { secret: string; token: { id: string } } }>(
    CREATE_TOKEN,
    { input: { name: `t-${randomUUID().slice(0, 6)}`, expiresInDays: 30, ...input } },
    session,
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return { secret: body.data!.createApiToken.secret, id: body.data!.createApiToken.token.id };
}

before(async () => {
  // No authentication cache on the main gateway: each request asks the accounts service.
  fed = await startFederation(process.env, { AUTH_CACHE_MS: '0' });
  ids.a = (await fed.prisma.collection.create({ data: { name: `A ${run}` } })).id;
  ids.b = (await fed.prisma.collection.create({ data: { name: `B ${run}` } })).id;
  await fed.createUser(
    `ana-${run}@example.org`,
    ['analyst'],
    [
      { id: ids.a, access: 'write' },
      { id: ids.b, access: 'write' },
    ],
  );
  anaSession = await fed.signIn(`ana-${run}@example.org`);
  await fed.indexDocument(docA, ids.a, 'Alpha report', 'Shared word in alpha.');
  await fed.indexDocument(docB, ids.b, 'Beta report', 'Shared word in beta.');
  const jobA = await fed.prisma.ingestJob.create({ data: { collectionId: ids.a, source: 'api' } });
  const jobB = await fed.prisma.ingestJob.create({ data: { collectionId: ids.b, source: 'api' } });
  const itemB = await fed.prisma.ingestItem.create({
    data: {
      jobId: jobB.id,
      collectionId: ids.b,
      documentId: docB,
      name: 'b.txt',
      path: 'b.txt',
      sha256: '0'.repeat(64),
      sizeBytes: 1,
      status: 'failed',
    },
  });
  Object.assign(ids, { jobA: jobA.id, jobB: jobB.id, itemB: itemB.id });
});

after(async () => {
  await fed?.close();
});

test('a token restricted to A cannot reach B through search, facets, document(id) or ingest records', async () => {
  const { secret } = await createToken(anaSession, { scopes: ['READ'], collectionIds: [ids.a] });
  const query = `query ($b: ID!, $jobB: ID!, $itemB: ID!) {
    search(query: "shared") { totalCount hits { document { id } } facets { collections { value count } } }
    scoped: search(query: "shared", filter: { collectionIds: [$b] }) { totalCount }
    document(id: "${docB}") { id }
    documents { nodes { id } }
    ingestJobs { nodes { id } }
    ingestJob(id: $jobB) { id }
    ingestItem(id: $itemB) { id }
    collections { id }
  }`;
  const variables = { b: ids.b, jobB: ids.jobB, itemB: ids.itemB };
  const { body } = await fed.gql<Record<string, unknown>>(query, variables, secret);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.deepEqual(body.data, {
    search: {
      totalCount: 1,
      hits: [{ document: { id: docA } }],
      facets: { collections: [{ value: ids.a, count: 1 }] },
    },
    scoped: { totalCount: 0 },
    document: null,
    documents: { nodes: [{ id: docA }] },
    ingestJobs: { nodes: [{ id: ids.jobA }] },
    ingestJob: null,
    ingestItem: null,
    collections: [{ id: ids.a }],
  });
  // The same user's session sees both: the restriction is the token's.
  const full = await fed.gql<{ search: { totalCount: number } }>(
    '{ search(query: "shared") { totalCount } }',
    {},
    anaSession,
  );
  assert.equal(full.body.data?.search.totalCount, 2);
});

test('a READ token cannot mutate or upload (FORBIDDEN, audited as denied); a WRITE token can', async () => {
  const read = await createToken(anaSession, { scopes: ['READ'] });
  const ip = freshIp();
  const mutation = 'mutation ($c: ID!) { createIngestJob(input: { collectionId: $c }) { id } }';
  const refused = await fed.gql(mutation, { c: ids.a }, read.secret, ip);
  assert.equal(refused.status, 403);
  assert.equal(codeOf(refused.body), 'FORBIDDEN');
  const denied = await fed.prisma.auditEvent.findMany({ where: { ip } });
  assert.deepEqual(
    denied.map((e) => [e.action, e.outcome, e.target]),
    [['api.denied', 'denied', 'mutation:createIngestJob']],
  );
  assert.equal((JSON.parse(denied[0]!.details) as { cid?: string }).cid, read.id);

  const upload = await fetch(`${fed.gateway.url}/ingest/jobs/${ids.jobA}/files?path=x.txt`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${read.secret}`, 'x-forwarded-for': ip },
    body: 'hello',
  });
  assert.equal(upload.status, 403);
  assert.equal(
    await fed.prisma.auditEvent.count({
      where: { ip, action: 'api.denied', target: { startsWith: 'upload:' } },
    }),
    1,
  );

  const write = await createToken(anaSession, { scopes: ['WRITE'] });
  const done = await fed.gql<{ createIngestJob: { id: string } }>(
    mutation,
    { c: ids.a },
    write.secret,
  );
  assert.equal(done.body.errors, undefined, JSON.stringify(done.body.errors));
  assert.ok(done.body.data?.createIngestJob.id);
  // WRITE is still bounded by the owner's access: READ access to a collection refuses writes.
  const reader = `reader-${run}@example.org`;
  await fed.createUser(reader, ['analyst'], [{ id: ids.a, access: 'read' }]);
  const readerWrite = await createToken(await fed.signIn(reader), { scopes: ['WRITE'] });
  const noAccess = await fed.gql(mutation, { c: ids.a }, readerWrite.secret);
  assert.equal(codeOf(noAccess.body), 'FORBIDDEN');
});

test('revoked and expired tokens are refused; a client-made internal token is not accepted', async () => {
  const token = await createToken(anaSession, { scopes: ['READ'] });
  const me = (bearer: string) => fed.gql<{ me: { email: string } }>('{ me { email } }', {}, bearer);
  assert.equal((await me(token.secret)).status, 200);
  await fed.gql(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
    { id: token.id },
    anaSession,
  );
  assert.equal((await me(token.secret)).status, 401);

  const old = await createToken(anaSession, { scopes: ['READ'] });
  await fed.prisma.apiToken.update({
    where: { id: old.id },
    data: { expiresAt: new Date(Date.now() - 1) },
  });
  assert.equal((await me(old.secret)).status, 401);

  // Signed with the real secret, but only the gateway may mint internal tokens: callers present
  // sessions or API tokens.
  const internal = await signAccessToken(
    { id: fed.admin.id, email: fed.admin.email, name: 'Grace', roles: ['admin'], collections: [] },
    fed.secret,
    60,
  );
  assert.equal((await me(internal)).status, 401);
});

test('a revoked session stops working within AUTH_CACHE_MS; logout evicts the cache at once', async () => {
  const cached = await fed.startGateway({ AUTH_CACHE_MS: '400' });
  try {
    const call = (bearer: string) =>
      fetch(`${cached.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
    const user = `cache-${run}@example.org`;
    const userId = await fed.createUser(user, ['viewer']);
    const session = await fed.signIn(user);
    assert.equal((await call(session)).status, 200);
    await fed.prisma.session.updateMany({ where: { userId }, data: { revokedAt: new Date() } });
    // Within the cache window the answer may still be the cached one; after it, never.
    await new Promise((resolve) => setTimeout(resolve, 450));
    assert.equal((await call(session)).status, 401);

    const second = await fed.signIn(user);
    assert.equal((await call(second)).status, 200);
    const logout = await fetch(`${cached.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${second}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    assert.deepEqual(await logout.json(), { data: { logout: true } });
    assert.equal((await call(second)).status, 401);
  } finally {
    await cached.close();
  }
});

test('introspection needs the ADMIN or DEVELOPER role; __typename does not', async () => {
  const introspect = '{ __schema { queryType { name } } }';
  const viewer = `viewer-${run}@example.org`;
  const viewerId = await fed.createUser(viewer, ['viewer']);
  const session = await fed.signIn(viewer);
  const refused = await fed.gql(introspect, {}, session);
  assert.equal(refused.status, 403);
  assert.equal(codeOf(refused.body), 'FORBIDDEN');
  const typeQuery = await fed.gql('{ __type(name: "Query") { name } }', {}, session);
  assert.equal(codeOf(typeQuery.body), 'FORBIDDEN');
  const typename = await fed.gql<{ __typename: string }>('{ __typename }', {}, session);
  assert.equal(typename.body.data?.__typename, 'Query');

  // The refusal names the cause: here the user's role.
  const roleMessage = refused.body.errors?.[0]?.message ?? '';
  assert.match(roleMessage, /needs the ADMIN or DEVELOPER role, which this user does not have/);

  // An admin's WRITE token carries no admin role: the cause is the token's scope, and it says so.
  const adminSession = await fed.signIn(fed.admin.email, fed.admin.password);
  const write = await createToken(adminSession, { scopes: ['WRITE'] });
  const scoped = await fed.gql(introspect, {}, write.secret);
  assert.equal(codeOf(scoped.body), 'FORBIDDEN');
  const scopeMessage = scoped.body.errors?.[0]?.message ?? '';
  assert.match(scopeMessage, /scopes \(WRITE\) lack ADMIN/);
  assert.match(scopeMessage, /Create a token with the ADMIN scope/);
  assert.doesNotMatch(scopeMessage, /which this user does not have/);
  const full = await createToken(adminSession, { scopes: ['ADMIN'] });
  const allowedByScope = await fed.gql<{ __schema: { queryType: { name: string } } }>(
    introspect,
    {},
    full.secret,
  );
  assert.equal(allowedByScope.body.data?.__schema.queryType.name, 'Query');

  await fed.prisma.userRole.create({ data: { userId: viewerId, role: 'developer' } });
  const allowed = await fed.gql<{ __schema: { queryType: { name: string } } }>(
    introspect,
    {},
    session,
  );
  assert.equal(allowed.body.data?.__schema.queryType.name, 'Query');
});

test('X-Forwarded-For is believed only from GATEWAY_TRUSTED_PROXIES', async () => {
  const claimed = freshIp();
  const loginFrom = async (url: string) => {
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': claimed },
      body: JSON.stringify({
        query: `mutation { login(email: "nobody-${run}@example.org", password: "x") { ok } }`,
      }),
    });
  };
  // The default trusts loopback, where this test runs: the claimed address is recorded.
  await loginFrom(fed.gateway.url);
  assert.equal(await fed.prisma.auditEvent.count({ where: { ip: claimed } }), 1);
  const strict = await fed.startGateway({ GATEWAY_TRUSTED_PROXIES: '192.0.2.1' });
  try {
    const before = await fed.prisma.auditEvent.count({ where: { action: 'login' } });
    await loginFrom(strict.url);
    assert.equal(await fed.prisma.auditEvent.count({ where: { ip: claimed } }), 1);
    const latest = await fed.prisma.auditEvent.findMany({
      where: { action: 'login' },
      orderBy: { at: 'desc' },
      take: 1,
    });
    assert.equal(await fed.prisma.auditEvent.count({ where: { action: 'login' } }), before + 1);
    assert.match(latest[0]?.ip ?? '', /127\.0\.0\.1/);
  } finally {
    await strict.close();
  }
});
