import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  GATEWAY_TOKEN_HEADER,
  signGatewayToken,
  verifyAccessToken,
  verifySessionToken,
} from '@quarry/auth';
import { createPrismaClient, hashPassword, migrate, type PrismaClient } from '@quarry/prisma';
import { createTestDatabase } from '@quarry/prisma/testing';
import { createLogger } from '@quarry/service-kit';
import { start, type RunningAccounts } from './app.ts';
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS } from './login.ts';

// A real database (SQLite, or PostgreSQL with QUARRY_TEST_DATABASE=postgresql) and real Prisma
// Client; the subgraph runs in-process on a free port.
const db = await createTestDatabase();
const databaseUrl = db.url;
const secret = randomBytes(32).toString('hex');
const password = 'correct horse battery staple';
let prisma: PrismaClient;
let app: RunningAccounts;
const ids = { analyst: '', other: '', readable: '', hidden: '' };

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The gateway's credential: the tests call the service as the gateway does. */
const fromGateway = async () => ({ [GATEWAY_TOKEN_HEADER]: await signGatewayToken(secret, 60) });

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await fromGateway()),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ok token expiresAt error user { id email roles } } }';

async function login(email: string, pw: string) {
  const result = await gql(LOGIN, { email, password: pw });
  assert.equal(result.errors, undefined);
  return (
    result.data as {
      login: {
        ok: boolean;
        token: string | null;
        expiresAt: string | null;
        error: string | null;
        user: { id: string; email: string; roles: string[] } | null;
      };
    }
  ).login;
}

async function tokenFor(email: string): Promise<string> {
  const result = await login(email, password);
  assert.ok(result.token, `login of ${email} failed: ${result.error}`);
  return result.token;
}

before(async () => {
  await migrate(databaseUrl);
  prisma = createPrismaClient(databaseUrl);
  // A low bcrypt cost keeps the fixtures fast; the login path is the same for any cost.
  const passwordHash = await hashPassword(password, 4);
  const readable = await prisma.collection.create({ data: { name: 'Readable' } });
  const hidden = await prisma.collection.create({ data: { name: 'Hidden' } });
  const analyst = await prisma.user.create({
    data: {
      email: 'analyst@example.org',
      name: 'Ana Lyst',
      passwordHash,
      roles: { create: [{ role: 'analyst' }] },
      memberships: { create: [{ collectionId: readable.id }] },
    },
  });
  const other = await prisma.user.create({
    data: {
      email: 'other@example.org',
      name: 'Other',
      passwordHash,
      roles: { create: [{ role: 'viewer' }] },
    },
  });
  await prisma.user.create({
    data: {
      email: 'gone@example.org',
      name: 'Gone',
      passwordHash,
      active: false,
      roles: { create: [{ role: 'viewer' }] },
    },
  });
  Object.assign(ids, {
    analyst: analyst.id,
    other: other.id,
    readable: readable.id,
    hidden: hidden.id,
  });
  app = await start(
    {
      HOST: '127.0.0.1',
      PORT: 0,
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      QUARRY_JWT_SECRET: secret,
      SESSION_TTL_SECONDS: 600,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_MINUTES: 15,
      LOGIN_MAX_FAILURES_PER_IP: 30,
      LOGIN_IP_WINDOW_MINUTES: 15,
    },
    { prisma, logger: createLogger('accounts-test', 'silent') },
  );
});

after(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await db.drop();
});

test('login with the right password opens a session whose token resolves to roles and collections', async () => {
  const before = Date.now();
  const result = await login(' Analyst@Example.org', password);
  const after = Date.now();
  assert.equal(result.ok, true);
  assert.equal(result.error, null);
  assert.deepEqual(result.user, {
    id: ids.analyst,
    email: 'analyst@example.org',
    roles: ['ANALYST'],
  });
  assert.ok(result.token && result.expiresAt);
  // Ten minutes from the moment of sign-in, whenever that fell between before and after (a
  // bound on the clock, not on how fast this machine is).
  const expiresAt = Date.parse(result.expiresAt);
  assert.ok(
    expiresAt >= before + 600_000 - 1_000 && expiresAt <= after + 600_000,
    result.expiresAt,
  );
  // A session token, not an internal access token: it names a Session row and nothing else.
  await assert.rejects(verifyAccessToken(result.token, secret));
  const { userId, sessionId } = await verifySessionToken(result.token, secret);
  assert.equal(userId, ids.analyst);
  const session = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
  assert.equal(session.expiresAt.toISOString(), result.expiresAt);
  assert.equal(session.revokedAt, null);
  const response = await fetch(`${app.url}/internal/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await fromGateway()) },
    body: JSON.stringify({ credential: result.token }),
  });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), {
    viewer: {
      id: ids.analyst,
      email: 'analyst@example.org',
      name: 'Ana Lyst',
      roles: ['analyst'],
      collections: [ids.readable],
      writeCollections: [ids.readable],
      via: 'session',
      cid: sessionId,
    },
    scopes: null,
  });
});

test('a wrong password and an unknown email get the same payload error, not an exception', async () => {
  const wrong = await login('analyst@example.org', 'not the password');
  const unknown = await login('nobody@example.org', password);
  for (const result of [wrong, unknown]) {
    assert.deepEqual(result, {
      ok: false,
      token: null,
      expiresAt: null,
      error: INVALID_CREDENTIALS,
      user: null,
    });
  }
});

test('an inactive account cannot sign in', async () => {
  const result = await login('gone@example.org', password);
  assert.deepEqual(
    { ok: result.ok, token: result.token, error: result.error },
    { ok: false, token: null, error: ACCOUNT_DISABLED },
  );
});

test('every login attempt leaves an audit event without the password', async () => {
  const earlier = (
    await prisma.auditEvent.findMany({ where: { action: 'login' }, select: { id: true } })
  ).map((e) => e.id);
  await login('analyst@example.org', password);
  await login('analyst@example.org', 'a wrong secret-ish value');
  await login('nobody-else@example.org', 'another wrong value');
  const events = await prisma.auditEvent.findMany({
    where: { action: 'login', id: { notIn: earlier } },
  });
  // Sorted by content, not by time: two events may share a millisecond.
  // The session id differs on each run: only its presence is checked.
  const details = (text: string) => {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return typeof parsed.sessionId === 'string' ? { ...parsed, sessionId: 'ignored' } : parsed;
  };
  const rows = events
    .map((e) => [e.target, e.outcome, e.actorId, details(e.details)])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  assert.deepEqual(rows, [
    ['user:analyst@example.org', 'failure', ids.analyst, { reason: 'bad-password' }],
    ['user:analyst@example.org', 'success', ids.analyst, { sessionId: 'ignored' }],
    ['user:nobody-else@example.org', 'failure', null, { reason: 'unknown-user' }],
  ]);
  for (const event of events) {
    assert.ok(event.ip, 'the caller address is recorded');
    assert.doesNotMatch(JSON.stringify(event), /wrong|correct horse/);
  }
});

test('me and collections require a valid token', async () => {
  for (const token of [undefined, 'not-a-jwt']) {
    const result = await gql('{ me { id } }', {}, token);
    assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const collections = await gql('{ collections { id } }', {}, token);
    assert.equal(collections.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  }
});

test('me and collections answer for the signed-in viewer only', async () => {
  const token = await tokenFor('analyst@example.org');
  const result = await gql('{ me { id email name roles } collections { id name } }', {}, token);
  assert.equal(result.errors, undefined);
  assert.deepEqual(result.data, {
    me: { id: ids.analyst, email: 'analyst@example.org', name: 'Ana Lyst', roles: ['ANALYST'] },
    collections: [{ id: ids.readable, name: 'Readable' }],
  });
});

const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on User { id email } ... on Collection { id name } } }`;

test('_entities resolves the viewer and readable collections, and null for the rest', async () => {
  const token = await tokenFor('analyst@example.org');
  const reps = [
    { __typename: 'User', id: ids.analyst },
    { __typename: 'User', id: ids.other },
    { __typename: 'Collection', id: ids.readable },
    { __typename: 'Collection', id: ids.hidden },
  ];
  const result = await gql(ENTITIES, { reps }, token);
  assert.equal(result.errors, undefined);
  assert.deepEqual(result.data, {
    _entities: [
      { id: ids.analyst, email: 'analyst@example.org' },
      null,
      { id: ids.readable, name: 'Readable' },
      null,
    ],
  });
  const anonymous = await gql(ENTITIES, { reps }, undefined);
  assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('/readyz reports the database as ready', async () => {
  const response = await fetch(`${app.url}/readyz`);
  const body = (await response.json()) as {
    ready: boolean;
    checks: Record<string, { ok: boolean }>;
  };
  assert.equal(response.status, 200);
  assert.equal(body.checks.database?.ok, true);
});
