import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { verifySessionToken } from '@quarry/auth';
import {
  ACCOUNT_DISABLED,
  OIDC_NO_ACCOUNT,
  OIDC_NOT_CONFIGURED,
  OIDC_NOT_VERIFIED,
} from './login.ts';
import { freshIp, startTestServer, type TestServer } from './test-server.ts';

// Single sign-on against a real (minimal) OIDC issuer on loopback: discovery document, published
// keys, RS256 ID tokens. Each case checks the answer AND the audit event it leaves.

const LOGIN =
  'mutation ($t: String!) { loginWithOidc(idToken: $t) { ok token error user { email } } }';
interface Payload {
  loginWithOidc: {
    ok: boolean;
    token: string | null;
    error: string | null;
    user: { email: string } | null;
  };
}

let server: TestServer;
let userId = '';
const secret = randomBytes(32).toString('hex');
const EMAIL = 'sso.user@example.org';

before(async () => {
  server = await startTestServer({ QUARRY_JWT_SECRET: secret });
  userId = await server.createUser(EMAIL, ['analyst']);
  await server.createUser('sso.inactive@example.org', ['viewer'], { active: false });
});

after(async () => {
  await server?.close();
});

async function signIn(idToken: string) {
  const ip = freshIp();
  const response = await server.gql<Payload>(LOGIN, { t: idToken }, { ip });
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const events = await server.prisma.auditEvent.findMany({ where: { ip } });
  assert.equal(events.length, 1, 'exactly one audit event per attempt');
  const details = JSON.parse(events[0]!.details) as Record<string, unknown>;
  return { payload: response.data!.loginWithOidc, event: events[0]!, details };
}

test('an ID token from the trusted provider opens a session for the account with that email', async () => {
  // Case and spacing of the provider's email do not matter.
  const { payload, event, details } = await signIn(
    await server.oidc.idToken(' SSO.User@Example.org '),
  );
  assert.equal(payload.ok, true);
  assert.equal(payload.user?.email, EMAIL);
  const session = await server.prisma.session.findFirstOrThrow({ where: { userId } });
  const claims = await verifySessionToken(payload.token!, secret);
  assert.equal(claims.sessionId, session.id);
  assert.deepEqual(
    [event.action, event.outcome, event.actorId, details.method],
    ['login', 'success', userId, 'oidc'],
  );
});

test('forged, expired, foreign and unverified tokens are refused with one message', async () => {
  const cases: [string, string][] = [
    ['forged', await server.oidc.idToken(EMAIL, { foreignKey: true })],
    [
      'expired',
      await server.oidc.idToken(EMAIL, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    ],
    ['other audience', await server.oidc.idToken(EMAIL, { audience: 'another-app' })],
    ['other issuer', await server.oidc.idToken(EMAIL, { issuer: 'https://evil.example' })],
    ['unverified email', await server.oidc.idToken(EMAIL, { claims: { email_verified: false } })],
    ['garbage', 'not.a.token'],
  ];
  for (const [name, token] of cases) {
    const { payload, event, details } = await signIn(token);
    assert.deepEqual(
      [payload.ok, payload.token, payload.error],
      [false, null, OIDC_NOT_VERIFIED],
      name,
    );
    assert.deepEqual(
      [event.outcome, event.actorId, details.reason],
      ['failure', null, 'invalid-token'],
      name,
    );
  }
});

test('no account, or an inactive one: refused, and no account is created', async () => {
  const before = await server.prisma.user.count();
  const unknown = await signIn(await server.oidc.idToken('stranger@example.org'));
  assert.deepEqual([unknown.payload.ok, unknown.payload.error], [false, OIDC_NO_ACCOUNT]);
  assert.equal(unknown.details.reason, 'unknown-user');
  const inactive = await signIn(await server.oidc.idToken('sso.inactive@example.org'));
  assert.deepEqual([inactive.payload.ok, inactive.payload.error], [false, ACCOUNT_DISABLED]);
  assert.equal(await server.prisma.user.count(), before);
});

test('without OIDC settings single sign-on is refused as not configured', async () => {
  const plain = await startTestServer({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined });
  try {
    const ip = freshIp();
    const response = await plain.gql<Payload>(
      LOGIN,
      { t: await plain.oidc.idToken(EMAIL) },
      { ip },
    );
    assert.deepEqual(response.data?.loginWithOidc.error, OIDC_NOT_CONFIGURED);
    const events = await plain.prisma.auditEvent.findMany({ where: { ip } });
    assert.deepEqual(
      events.map((e) => e.outcome),
      ['failure'],
    );
  } finally {
    await plain.close();
  }
});
