import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { freshIp, password, startTestServer, type TestServer } from './test-server.ts';

// Groups, grants, sessions and API tokens against a real SQLite file, through the subgraph's API
// and its /internal/authenticate route (what the gateway calls for every credential).

let server: TestServer;
const ids = { admin: '', ana: '', vic: '', a: '', b: '' };
let adminToken = '';
let anaToken = '';

async function call<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  return server.gql<T>(query, variables, { token, ip: freshIp() });
}

async function ok<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const result = await call<T>(query, variables, token);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data as T;
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

async function authenticate(credential: string) {
  const response = await fetch(`${server.app.url}/internal/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.gatewayHeaders()) },
    body: JSON.stringify({ credential }),
  });
  if (response.status === 401) return null;
  assert.equal(response.status, 200);
  return (await response.json()) as {
    viewer: {
      id: string;
      roles: string[];
      collections: string[];
      writeCollections: string[];
      via: string;
      cid: string;
    };
    scopes: string[] | null;
    ownerRoles?: string[];
  };
}

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id prefix scopes collectionIds expiresAt owner { id } } } }`;

async function createToken(token: string, input: Record<string, unknown>) {
  const data = await ok<{
    createApiToken: { secret: string; token: { id: string; prefix: string; scopes: string[] } };
  }>(CREATE_TOKEN, { input: { name: 'ci', expiresInDays: 30, ...input } }, token);
  return data.createApiToken;
}

before(async () => {
  server = await startTestServer();
  ids.admin = await server.createUser('root@example.org', ['admin']);
  ids.ana = await server.createUser('ana@example.org', ['analyst']);
  ids.vic = await server.createUser('vic@example.org', ['viewer']);
  ids.a = (await server.prisma.collection.create({ data: { name: 'A' } })).id;
  ids.b = (await server.prisma.collection.create({ data: { name: 'B' } })).id;
  // Ana reads and writes A directly (the default access of a membership is write).
  await server.prisma.collectionMember.create({ data: { userId: ids.ana, collectionId: ids.a } });
  adminToken = await server.tokenFor('root@example.org');
  anaToken = await server.tokenFor('ana@example.org');
});

after(async () => {
  await server?.close();
});

test('group grants add to direct memberships, READ below WRITE, and apply on the next request', async () => {
  const group = await ok<{ createGroup: { id: string } }>(
    'mutation { createGroup(input: { name: "Analysts", description: "All of them" }) { id } }',
    {},
    adminToken,
  );
  const groupId = group.createGroup.id;
  await ok(
    'mutation ($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }',
    { g: groupId, u: ids.ana },
    adminToken,
  );
  const grant = (access: string) =>
    ok(
      'mutation ($c: ID!, $g: ID!, $a: CollectionAccess!) { grantCollection(collectionId: $c, groupId: $g, access: $a) { id } }',
      { c: ids.b, g: groupId, a: access },
      adminToken,
    );
  await grant('READ');
  let viewer = (await authenticate(anaToken))?.viewer;
  assert.deepEqual(viewer?.collections, [ids.a, ids.b].sort());
  assert.deepEqual(viewer?.writeCollections, [ids.a]);
  const mine = await ok<{ collections: { id: string; access: string }[] }>(
    '{ collections { id access } }',
    {},
    anaToken,
  );
  assert.deepEqual(Object.fromEntries(mine.collections.map((c) => [c.id, c.access])), {
    [ids.a]: 'WRITE',
    [ids.b]: 'READ',
  });
  await grant('WRITE');
  viewer = (await authenticate(anaToken))?.viewer;
  assert.deepEqual(viewer?.writeCollections, [ids.a, ids.b].sort());

  const seen = await ok<{
    group: {
      name: string;
      members: { id: string }[];
      grants: { access: string; collection: { id: string } }[];
    };
  }>(
    'query ($id: ID!) { group(id: $id) { name members { id } grants { access collection { id } } } }',
    { id: groupId },
    anaToken,
  );
  assert.deepEqual(seen.group, {
    name: 'Analysts',
    members: [{ id: ids.ana }],
    grants: [{ access: 'WRITE', collection: { id: ids.b } }],
  });
  // Not a member, not an admin: the group does not exist for Vic.
  const vicToken = await server.tokenFor('vic@example.org');
  const hidden = await ok<{ group: null }>(
    'query ($id: ID!) { group(id: $id) { id } }',
    { id: groupId },
    vicToken,
  );
  assert.equal(hidden.group, null);

  await ok(
    'mutation ($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) { id } }',
    { g: groupId, u: ids.ana },
    adminToken,
  );
  viewer = (await authenticate(anaToken))?.viewer;
  assert.deepEqual(viewer?.collections, [ids.a]);
});

test('collection grants and the admin lists are FORBIDDEN to non-admins', async () => {
  const grants = await call('{ collections { id grants { access } } }', {}, anaToken);
  assert.equal(codeOf(grants), 'FORBIDDEN');
  for (const query of [
    '{ allCollections { totalCount } }',
    '{ groups { totalCount } }',
    '{ apiTokens { totalCount } }',
  ]) {
    assert.equal(codeOf(await call(query, {}, anaToken)), 'FORBIDDEN', query);
  }
  const all = await ok<{
    allCollections: { nodes: { name: string; viewerAccess: string | null }[] };
  }>('{ allCollections(first: 1) { nodes { name viewerAccess } } }', {}, adminToken);
  assert.deepEqual(all.allCollections.nodes, [{ name: 'A', viewerAccess: null }]);
});

test('an API token resolves to its owner narrowed by scope and collections; the secret is stored hashed', async () => {
  const created = await createToken(anaToken, { scopes: ['READ'], collectionIds: [ids.a] });
  assert.match(created.secret, /^qk_/);
  assert.ok(created.secret.startsWith(created.token.prefix));
  const row = await server.prisma.apiToken.findUniqueOrThrow({ where: { id: created.token.id } });
  // The secret is what follows `qk_<id>_` (base64url: it may itself hold '_').
  const secretPart = created.secret.slice(`qk_${created.token.id}_`.length);
  assert.equal(secretPart.length, 43);
  assert.ok(!JSON.stringify(row).includes(secretPart));
  const result = await authenticate(created.secret);
  assert.deepEqual(result?.scopes, ['read']);
  // The owner's own roles travel beside the narrowed viewer (the gateway's messages name the cause).
  assert.deepEqual(result?.ownerRoles, ['analyst']);
  assert.equal(result?.viewer.via, 'token');
  assert.equal(result?.viewer.cid, created.token.id);
  assert.deepEqual(result?.viewer.collections, [ids.a]);
  assert.deepEqual(result?.viewer.writeCollections, []);
  // lastUsedAt is written once, then not again within the minute.
  const first = (await server.prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } }))
    .lastUsedAt;
  assert.ok(first);
  await authenticate(created.secret);
  const second = (await server.prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } }))
    .lastUsedAt;
  assert.deepEqual(second, first);
  // A wrong secret for a real id is refused.
  assert.equal(await authenticate(`${created.secret.slice(0, -2)}AA`), null);
});

test('a token cannot mint tokens or change the password; ADMIN scope, expiry and collections are checked', async () => {
  const { secret } = await createToken(anaToken, { scopes: ['WRITE'] });
  const mint = await call(
    CREATE_TOKEN,
    { input: { name: 'x', scopes: ['READ'], expiresInDays: 1 } },
    secret,
  );
  assert.equal(codeOf(mint), 'FORBIDDEN');
  const change = await call(
    'mutation { changePassword(currentPassword: "x", newPassword: "yyyyyyyyyyyyyy") { ok } }',
    {},
    secret,
  );
  assert.equal(codeOf(change), 'FORBIDDEN');
  const events = await server.prisma.auditEvent.findMany({
    where: {
      actorId: ids.ana,
      action: { in: ['token.create', 'password.change'] },
      outcome: 'denied',
    },
  });
  assert.equal(events.length, 2);
  for (const input of [
    { scopes: ['ADMIN'] },
    { scopes: ['READ'], expiresInDays: 0 },
    { scopes: ['READ'], expiresInDays: 366 },
    { scopes: ['READ'], collectionIds: [ids.b] },
    { scopes: ['READ'], collectionIds: [] },
    { scopes: [] },
  ]) {
    const refused = await call(
      CREATE_TOKEN,
      { input: { name: 'x', expiresInDays: 5, ...input } },
      anaToken,
    );
    assert.equal(codeOf(refused), 'BAD_USER_INPUT', JSON.stringify(input));
  }
  // An admin's token keeps the admin role only with the ADMIN scope.
  const adminWrite = await createToken(adminToken, { scopes: ['WRITE'] });
  assert.equal(codeOf(await call('{ users { totalCount } }', {}, adminWrite.secret)), 'FORBIDDEN');
  const adminAdmin = await createToken(adminToken, { scopes: ['ADMIN'] });
  assert.equal(codeOf(await call('{ users { totalCount } }', {}, adminAdmin.secret)), undefined);
});

test('revoked and expired tokens stop working; owners and admins may revoke, others may not', async () => {
  const mine = await createToken(anaToken, { scopes: ['READ'] });
  const vicToken = await server.tokenFor('vic@example.org');
  const stranger = await call(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
    { id: mine.token.id },
    vicToken,
  );
  assert.equal(codeOf(stranger), 'BAD_USER_INPUT');
  assert.ok(await authenticate(mine.secret));
  const revoked = await ok<{ revokeApiToken: { revokedAt: string | null } }>(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
    { id: mine.token.id },
    anaToken,
  );
  assert.ok(revoked.revokeApiToken.revokedAt);
  assert.equal(await authenticate(mine.secret), null);

  const old = await createToken(anaToken, { scopes: ['READ'] });
  await server.prisma.apiToken.update({
    where: { id: old.token.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  assert.equal(await authenticate(old.secret), null);
  const listed = await ok<{ myApiTokens: { id: string; revokedAt: string | null }[] }>(
    '{ myApiTokens { id revokedAt } }',
    {},
    anaToken,
  );
  assert.ok(listed.myApiTokens.some((t) => t.id === old.token.id));
  assert.ok(listed.myApiTokens.some((t) => t.id === mine.token.id && t.revokedAt));
});

test('logout ends the session making the request; mySessions marks the current one', async () => {
  const token = await server.tokenFor('vic@example.org');
  const sessions = await ok<{ mySessions: { id: string; current: boolean; ip: string | null }[] }>(
    '{ mySessions { id current ip } }',
    {},
    token,
  );
  assert.equal(sessions.mySessions.filter((s) => s.current).length, 1);
  assert.ok(sessions.mySessions.every((s) => s.ip));
  assert.deepEqual(await ok('mutation { logout }', {}, token), { logout: true });
  assert.equal(await authenticate(token), null);
  assert.equal(codeOf(await call('{ me { id } }', {}, token)), 'UNAUTHENTICATED');
  // An API token has no session to end.
  const { secret } = await createToken(anaToken, { scopes: ['WRITE'] });
  assert.equal(codeOf(await call('mutation { logout }', {}, secret)), 'FORBIDDEN');
});

test("changing the password ends the user's other sessions, not the one that changed it", async () => {
  await server.createUser('pat@example.org', ['viewer']);
  const here = await server.tokenFor('pat@example.org');
  const elsewhere = await server.tokenFor('pat@example.org');
  const result = await ok<{ changePassword: { ok: boolean } }>(
    'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ok } }',
    { c: password, n: 'a brand new passphrase 42' },
    here,
  );
  assert.equal(result.changePassword.ok, true);
  assert.ok(await authenticate(here), 'the session that changed the password stays');
  assert.equal(await authenticate(elsewhere), null, 'the other session ended');
  const event = await server.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'password.change', outcome: 'success' },
    orderBy: { at: 'desc' },
  });
  assert.deepEqual(JSON.parse(event.details), { otherSessionsEnded: 1 });
});

test("signing in purges the user's sessions that ended more than a week ago, and only those", async () => {
  const userId = await server.createUser('old@example.org', ['viewer']);
  const day = 24 * 3600 * 1000;
  const ago = (days: number) => new Date(Date.now() - days * day);
  const make = (data: { expiresAt: Date; revokedAt?: Date }) =>
    server.prisma.session.create({ data: { userId, ...data } });
  const expiredLongAgo = await make({ expiresAt: ago(8) });
  const revokedLongAgo = await make({ expiresAt: ago(-1), revokedAt: ago(9) });
  const expiredRecently = await make({ expiresAt: ago(2) });
  await server.tokenFor('old@example.org');
  const left = await server.prisma.session.findMany({ where: { userId }, select: { id: true } });
  const ids = new Set(left.map((s) => s.id));
  assert.equal(ids.has(expiredLongAgo.id) || ids.has(revokedLongAgo.id), false);
  assert.equal(ids.has(expiredRecently.id), true);
  assert.equal(ids.size, 2, 'the recent one and the new one');
});

test("deactivating a user or revokeUserSessions ends their sessions and tokens; a user cannot revoke another's session", async () => {
  const userId = await server.createUser('temp@example.org', ['analyst']);
  const session = await server.tokenFor('temp@example.org');
  const token = await createToken(session, { scopes: ['READ'] });
  const second = await server.tokenFor('temp@example.org');
  const { cid } = (await authenticate(second))!.viewer;
  const foreign = await call(
    'mutation ($id: ID!) { revokeSession(id: $id) { id } }',
    { id: cid },
    anaToken,
  );
  assert.equal(codeOf(foreign), 'BAD_USER_INPUT');
  const count = await ok<{ revokeUserSessions: number }>(
    'mutation ($id: ID!) { revokeUserSessions(userId: $id) }',
    { id: userId },
    adminToken,
  );
  assert.equal(count.revokeUserSessions, 3);
  for (const credential of [session, second, token.secret])
    assert.equal(await authenticate(credential), null);

  const again = await server.tokenFor('temp@example.org');
  const apiToken = await createToken(again, { scopes: ['READ'] });
  await ok(
    'mutation ($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    { id: userId },
    adminToken,
  );
  assert.equal(await authenticate(again), null);
  assert.equal(await authenticate(apiToken.secret), null);
});

test('setUserRoles replaces roles (DEVELOPER included) and an admin cannot drop their own', async () => {
  const changed = await ok<{ setUserRoles: { roles: string[] } }>(
    'mutation ($id: ID!) { setUserRoles(id: $id, roles: [VIEWER, DEVELOPER]) { roles } }',
    { id: ids.vic },
    adminToken,
  );
  assert.deepEqual(changed.setUserRoles.roles.sort(), ['DEVELOPER', 'VIEWER']);
  const own = await call(
    'mutation ($id: ID!) { setUserRoles(id: $id, roles: [VIEWER]) { roles } }',
    { id: ids.admin },
    adminToken,
  );
  assert.equal(codeOf(own), 'BAD_USER_INPUT');
});

test('the internal routes refuse what is not theirs to take', async () => {
  const post = async (path: string, body: unknown, bearer?: string, gateway = true) =>
    fetch(`${server.app.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(gateway ? await server.gatewayHeaders() : {}),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
    });
  assert.equal((await post('/internal/authenticate', { nothing: true })).status, 400);
  assert.equal((await post('/internal/authenticate', { credential: 'qk_nope_x' })).status, 401);
  // Only the gateway may ask: a good credential sent by any other process is not looked at.
  assert.equal((await post('/internal/authenticate', { credential: anaToken })).status, 200);
  const direct = await post('/internal/authenticate', { credential: anaToken }, undefined, false);
  assert.equal(direct.status, 401);
  // Audit entries need the gateway's internal token: a session token is not one.
  const event = { action: 'api.denied', target: 'mutation:x' };
  assert.equal((await post('/internal/audit', event)).status, 401);
  assert.equal((await post('/internal/audit', event, anaToken)).status, 401);
  const get = await fetch(`${server.app.url}/internal/authenticate`);
  assert.equal(get.status, 405);
});

test('without a credential that stands, only the gateway may call /graphql (not even _service)', async () => {
  for (const token of [undefined, 'not-a-token']) {
    const response = await fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    assert.equal(response.status, 401, `token ${token}`);
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    assert.equal(body.data ?? null, null);
  }
  const viaGateway = await server.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');
  assert.match(viaGateway.data?._service.sdl ?? '', /type User/);
});

test("X-Forwarded-For is believed from the gateway only: a direct caller's goes unrecorded", async () => {
  const ip = '203.0.113.77';
  const direct = await server.gql('mutation { logout }', {}, { token: anaToken, ip, direct: true });
  assert.equal(direct.errors, undefined, JSON.stringify(direct.errors));
  const logout = await server.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'logout', actorId: ids.ana },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  });
  assert.notEqual(logout.ip, ip);
  anaToken = await server.tokenFor('ana@example.org');
  const forwarded = '203.0.113.78';
  await server.gql('mutation { logout }', {}, { token: anaToken, ip: forwarded });
  const viaGateway = await server.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'logout', actorId: ids.ana },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  });
  assert.equal(viaGateway.ip, forwarded);
  anaToken = await server.tokenFor('ana@example.org');
});
