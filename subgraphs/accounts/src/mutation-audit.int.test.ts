import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { typeDefs } from './app.ts';
import { resolvers } from './resolvers/index.ts';
import { freshIp, password, startTestServer, type TestServer } from './test-server.ts';

/**
 * The rule "every mutation writes an audit event", enforced: the list of mutations comes
 * from the built schema, so adding a mutation without a case below fails this test
 * ("no audit case for mutation X") until someone states which audit action it must write.
 */

interface Fixture {
  adminToken: string;
  targetId: string;
}

interface AuditCase {
  action: string;
  /** A call that succeeds when made by an admin. */
  query: string;
  variables: (fixture: Fixture) => Record<string, unknown>;
}

const CASES: Record<string, AuditCase> = {
  login: {
    action: 'login',
    query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ok } }',
    variables: () => ({ e: 'root@example.org', p: password }),
  },
  changePassword: {
    action: 'password.change',
    query: `mutation ($c: String!, $n: String!) {
      changePassword(currentPassword: $c, newPassword: $n) { ok } }`,
    // Changes it to itself plus a suffix: still the admin's, and different from the current one.
    variables: () => ({ c: password, n: `${password} 2` }),
  },
  createUser: {
    action: 'user.create',
    query: `mutation ($input: CreateUserInput!) { createUser(input: $input) { password } }`,
    variables: () => ({ input: { email: 'made@example.org', name: 'Made', roles: ['VIEWER'] } }),
  },
  setUserActive: {
    action: 'user.setActive',
    query: 'mutation ($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    variables: (f) => ({ id: f.targetId }),
  },
  resetUserPassword: {
    action: 'user.resetPassword',
    query: 'mutation ($id: ID!) { resetUserPassword(id: $id) { password } }',
    variables: (f) => ({ id: f.targetId }),
  },
  unlockUser: {
    action: 'user.unlock',
    query: 'mutation ($id: ID!) { unlockUser(id: $id) { id } }',
    variables: (f) => ({ id: f.targetId }),
  },
};

const mutationFields = Object.keys(
  buildSubgraphSchema([{ typeDefs, resolvers }]).getMutationType()?.getFields() ?? {},
);

let server: TestServer;
const fixture: Fixture = { adminToken: '', targetId: '' };
let adminId = '';

before(async () => {
  server = await startTestServer();
  adminId = await server.createUser('root@example.org', ['admin']);
  fixture.targetId = await server.createUser('target@example.org', ['viewer']);
  fixture.adminToken = await server.tokenFor('root@example.org');
});

after(async () => {
  await server?.close();
});

/** Audit events from client address `ip`: each call gets a fresh one, so these are its own. */
function eventsFrom(ip: string) {
  return server.prisma.auditEvent.findMany({ where: { ip } });
}

test('the schema has mutations and every case names one of them', () => {
  assert.ok(mutationFields.includes('login'));
  for (const name of Object.keys(CASES)) {
    assert.ok(mutationFields.includes(name), `audit case for unknown mutation ${name}`);
  }
});

for (const name of mutationFields) {
  test(`mutation ${name} writes an audit event, whether it succeeds or is refused`, async () => {
    const auditCase = CASES[name];
    if (!auditCase) assert.fail(`no audit case for mutation ${name}`);

    const ip = freshIp();
    const done = await server.gql(auditCase.query, auditCase.variables(fixture), {
      token: fixture.adminToken,
      ip,
    });
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));
    const success = await eventsFrom(ip);
    assert.deepEqual(
      success.map((e) => [e.action, e.outcome, e.actorId]),
      [[auditCase.action, 'success', adminId]],
    );

    // Anonymous: refused (or, for login, a wrong password) and still exactly one event.
    const anonymousIp = freshIp();
    const variables = name === 'login' ? { e: 'root@example.org', p: 'wrong' } : {};
    await server.gql(
      auditCase.query,
      { ...auditCase.variables(fixture), ...variables },
      {
        ip: anonymousIp,
      },
    );
    const refused = await eventsFrom(anonymousIp);
    assert.equal(refused.length, 1, `${name}: one event for a refused call`);
    assert.equal(refused[0]?.action, auditCase.action);
    assert.notEqual(refused[0]?.outcome, 'success');
  });
}
