import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { typeDefs } from './app.ts';
import { resolvers } from './resolvers/index.ts';
import { freshIp, password, startTestServer, type TestServer } from './test-server.ts';
import {
  ACCOUNTS_AUDIT_CASES as CASES,
  prepareAuditFixture,
  type AuditFixture,
} from './testing/audit-cases.ts';

/**
 * The rule "every mutation writes an audit event", enforced: the list of mutations comes
 * from the built schema, so adding a mutation without a case below fails this test
 * ("no audit case for mutation X") until someone states which audit action it must write.
 */

const mutationFields = Object.keys(
  buildSubgraphSchema([{ typeDefs, resolvers }]).getMutationType()?.getFields() ?? {},
);

let server: TestServer;
let fixture: AuditFixture;
let userIds: Record<string, string> = {};
const ADMIN = 'root@example.org';

before(async () => {
  server = await startTestServer();
  const adminId = await server.createUser(ADMIN, ['admin']);
  const prepared = await prepareAuditFixture({
    prisma: server.prisma,
    adminEmail: ADMIN,
    adminPassword: password,
    adminToken: await server.tokenFor(ADMIN),
    createUser: (email, roles) => server.createUser(email, roles),
    signIn: (email) => server.tokenFor(email),
    idToken: (email) => server.oidc.idToken(email),
  });
  fixture = prepared.fixture;
  userIds = { ...prepared.userIds, [ADMIN]: adminId };
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

    const actor = auditCase.as ?? ADMIN;
    const token = auditCase.as ? await server.tokenFor(auditCase.as) : fixture.adminToken;
    const ip = freshIp();
    const done = await server.gql(auditCase.query, auditCase.variables(fixture), { token, ip });
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));
    const success = await eventsFrom(ip);
    assert.deepEqual(
      success.map((e) => [e.action, e.outcome, e.actorId]),
      [[auditCase.action, 'success', userIds[actor]]],
    );

    // Anonymous: refused (or, for a sign-in, bad credentials) and still exactly one event.
    const anonymousIp = freshIp();
    const variables = auditCase.refusedVariables?.() ?? {};
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
