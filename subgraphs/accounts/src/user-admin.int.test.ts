import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCOUNT_DISABLED, TOO_MANY_ATTEMPTS } from './login.ts';
import { freshIp, password, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
const ids = { admin: '', analyst: '', collection: '' };
let adminToken = '';
let analystToken = '';

before(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: 2 });
  ids.admin = await server.createUser('root@example.org', ['admin']);
  ids.analyst = await server.createUser('ana@example.org', ['analyst']);
  ids.collection = (await server.prisma.collection.create({ data: { name: 'Cases' } })).id;
  adminToken = await server.tokenFor('root@example.org');
  analystToken = await server.tokenFor('ana@example.org');
});

after(async () => {
  await server?.close();
});

const USER_FIELDS = 'id email name roles active lockedUntil createdAt';

async function asAdmin<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await server.gql<T>(query, variables, { token: adminToken, ip: freshIp() });
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data as T;
}

async function login(email: string, pw: string) {
  const result = await server.gql<{ login: { ok: boolean; error: string | null } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ok error } }',
    { e: email, p: pw },
    { ip: freshIp() },
  );
  return result.data!.login;
}

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { password user { ${USER_FIELDS} } } }`;

test('an admin creates a user with a one-time generated password that signs in', async () => {
  const { createUser } = await asAdmin<{
    createUser: { password: string; user: Record<string, unknown> };
  }>(CREATE, {
    input: {
      email: ' New.Person@Example.org ',
      name: 'New Person',
      roles: ['ANALYST', 'VIEWER'],
      collectionIds: [ids.collection],
    },
  });
  assert.ok(createUser.password.length >= 20);
  assert.equal(createUser.user.email, 'new.person@example.org');
  assert.deepEqual(new Set(createUser.user.roles as string[]), new Set(['ANALYST', 'VIEWER']));
  assert.equal(createUser.user.active, true);
  assert.equal(createUser.user.lockedUntil, null);
  const token = await server.tokenFor('new.person@example.org', createUser.password);
  const me = await server.gql<{ collections: { id: string }[] }>(
    '{ collections { id } }',
    {},
    {
      token,
    },
  );
  assert.deepEqual(me.data?.collections, [{ id: ids.collection }]);
  // The generated password is in the response only, never in the audit log.
  const events = await server.prisma.auditEvent.findMany({ where: { action: 'user.create' } });
  assert.equal(events.length, 1);
  assert.equal(events[0]?.actorId, ids.admin);
  assert.doesNotMatch(events[0].details, new RegExp(createUser.password));
});

test('createUser refuses duplicates, unknown collections and users without roles', async () => {
  const cases = [
    { email: 'ana@example.org', name: 'Dup', roles: ['VIEWER'] },
    { email: 'x@example.org', name: 'X', roles: ['VIEWER'], collectionIds: ['nope'] },
    { email: 'y@example.org', name: 'Y', roles: [] },
    { email: 'not-an-email', name: 'Z', roles: ['VIEWER'] },
  ];
  for (const input of cases) {
    const result = await server.gql(CREATE, { input }, { token: adminToken });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', input.email);
  }
});

test('non-admins get FORBIDDEN for every admin operation, and the refusal is audited', async () => {
  const operations = [
    ['{ users { totalCount } }', {}],
    [CREATE, { input: { email: 'z@example.org', name: 'Z', roles: ['ADMIN'] } }],
    ['mutation ($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: ids.admin }],
    ['mutation ($id: ID!) { resetUserPassword(id: $id) { password } }', { id: ids.admin }],
    ['mutation ($id: ID!) { unlockUser(id: $id) { id } }', { id: ids.admin }],
  ] as const;
  for (const [query, variables] of operations) {
    const result = await server.gql(query, variables, { token: analystToken });
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN', query);
    assert.equal(result.data, null);
    const anonymous = await server.gql(query, variables);
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', query);
  }
  const denied = await server.prisma.auditEvent.count({
    where: { actorId: ids.analyst, outcome: 'denied' },
  });
  assert.equal(denied, 4, 'one denied event per refused mutation');
});

test('users lists everyone a page at a time', async () => {
  const PAGE = `query ($after: String) { users(first: 2, after: $after) {
    nodes { email } totalCount endCursor hasNextPage } }`;
  type Page = {
    users: {
      nodes: { email: string }[];
      totalCount: number;
      endCursor: string;
      hasNextPage: boolean;
    };
  };
  const emails: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let guard = 0; guard < 10; guard++) {
    const { users }: Page = await asAdmin<Page>(PAGE, { after });
    emails.push(...users.nodes.map((n) => n.email));
    total = users.totalCount;
    if (!users.hasNextPage) break;
    after = users.endCursor;
  }
  const stored = await server.prisma.user.findMany({ select: { email: true } });
  assert.equal(total, stored.length);
  assert.deepEqual([...emails].sort(), stored.map((u) => u.email).sort());
  assert.equal(new Set(emails).size, emails.length, 'no user twice');
});

test('a deactivated user cannot sign in; an admin cannot deactivate themself', async () => {
  const id = await server.createUser('leaver@example.org', ['viewer']);
  const { setUserActive } = await asAdmin<{ setUserActive: { active: boolean } }>(
    'mutation ($id: ID!) { setUserActive(id: $id, active: false) { active } }',
    { id },
  );
  assert.equal(setUserActive.active, false);
  assert.deepEqual(await login('leaver@example.org', password), {
    ok: false,
    error: ACCOUNT_DISABLED,
  });
  await asAdmin('mutation ($id: ID!) { setUserActive(id: $id, active: true) { id } }', { id });
  assert.equal((await login('leaver@example.org', password)).ok, true);

  const self = await server.gql(
    'mutation ($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    { id: ids.admin },
    { token: adminToken },
  );
  assert.equal(self.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const row = await server.prisma.user.findUniqueOrThrow({ where: { id: ids.admin } });
  assert.equal(row.active, true);
});

test('resetUserPassword and unlockUser lift a lockout', async () => {
  const email = 'stuck@example.org';
  const id = await server.createUser(email, ['viewer']);
  const lockOut = async () => {
    await login(email, 'wrong 1');
    assert.equal((await login(email, 'wrong 2')).error, TOO_MANY_ATTEMPTS);
  };
  await lockOut();
  const { unlockUser } = await asAdmin<{ unlockUser: { lockedUntil: string | null } }>(
    'mutation ($id: ID!) { unlockUser(id: $id) { lockedUntil } }',
    { id },
  );
  assert.equal(unlockUser.lockedUntil, null);
  assert.equal((await login(email, password)).ok, true);

  await lockOut();
  const { users } = await asAdmin<{ users: { nodes: { id: string; lockedUntil: string }[] } }>(
    '{ users(first: 200) { nodes { id lockedUntil } } }',
  );
  assert.ok(users.nodes.find((u) => u.id === id)?.lockedUntil, 'the listing shows the lock');
  const { resetUserPassword } = await asAdmin<{ resetUserPassword: { password: string } }>(
    'mutation ($id: ID!) { resetUserPassword(id: $id) { password user { id } } }',
    { id },
  );
  assert.equal((await login(email, password)).ok, false, 'the old password is gone');
  assert.equal((await login(email, resetUserPassword.password)).ok, true);
});

test('unknown user ids are BAD_USER_INPUT and audited as failures', async () => {
  const result = await server.gql(
    'mutation { unlockUser(id: "missing") { id } }',
    {},
    {
      token: adminToken,
    },
  );
  assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const event = await server.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'user.unlock', target: 'user:missing' },
  });
  assert.deepEqual(
    [event.outcome, JSON.parse(event.details)],
    ['failure', { reason: 'BAD_USER_INPUT' }],
  );
});
