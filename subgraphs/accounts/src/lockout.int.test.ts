import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS, WRONG_CURRENT_PASSWORD } from './login.ts';
import { freshIp, password, startTestServer, type TestServer } from './test-server.ts';

// Small limits keep the test short; the code path is the one the defaults take.
const MAX = 3;
const PER_IP = 6;
let server: TestServer;

before(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: MAX, LOGIN_MAX_FAILURES_PER_IP: PER_IP });
});

after(async () => {
  await server?.close();
});

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ok error } }';

async function login(email: string, pw: string, ip = freshIp()) {
  const result = await server.gql<{ login: { ok: boolean; error: string | null } }>(
    LOGIN,
    { e: email, p: pw },
    { ip },
  );
  assert.equal(result.errors, undefined);
  return result.data!.login;
}

async function loginEvents(email: string) {
  const events = await server.prisma.auditEvent.findMany({
    where: { action: 'login', target: `user:${email}` },
    // cuid ids grow within a millisecond, so they order events that share one.
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  return events.map((e) => [e.outcome, (JSON.parse(e.details) as { reason?: string }).reason]);
}

test('consecutive wrong passwords lock the account; while locked even the right one is refused', async () => {
  const email = 'locked@example.org';
  const id = await server.createUser(email, ['viewer']);
  for (let i = 1; i < MAX; i++) {
    assert.deepEqual(await login(email, `wrong ${i}`), { ok: false, error: INVALID_CREDENTIALS });
  }
  // The attempt that reaches the limit already says so.
  const lockingStarted = Date.now();
  assert.deepEqual(await login(email, 'wrong again'), { ok: false, error: TOO_MANY_ATTEMPTS });
  const lockingEnded = Date.now();
  assert.deepEqual(await login(email, password), { ok: false, error: TOO_MANY_ATTEMPTS });
  assert.deepEqual(await login(email, 'wrong once more'), { ok: false, error: TOO_MANY_ATTEMPTS });

  const row = await server.prisma.user.findUniqueOrThrow({ where: { id } });
  assert.ok(row.lockedUntil, 'lockedUntil is set');
  // Fifteen minutes from the locking attempt, however long that attempt took.
  const lockedUntil = row.lockedUntil.getTime();
  assert.ok(
    lockedUntil >= lockingStarted + 15 * 60_000 - 1_000 &&
      lockedUntil <= lockingEnded + 15 * 60_000,
    row.lockedUntil.toISOString(),
  );
  assert.deepEqual(await loginEvents(email), [
    ['failure', 'bad-password'],
    ['failure', 'bad-password'],
    ['failure', 'bad-password'],
    ['locked', 'account-locked'],
    ['locked', 'account-locked'],
  ]);

  // Once the lock has run out (moved into the past here), the right password works again.
  await server.prisma.user.update({
    where: { id },
    data: { lockedUntil: new Date(Date.now() - 1) },
  });
  assert.deepEqual(await login(email, password), { ok: true, error: null });
  const cleared = await server.prisma.user.findUniqueOrThrow({ where: { id } });
  assert.deepEqual([cleared.failedLogins, cleared.lockedUntil], [0, null]);
});

test('a successful sign-in resets the count of wrong passwords', async () => {
  const email = 'forgetful@example.org';
  await server.createUser(email, ['viewer']);
  for (let round = 0; round < 2; round++) {
    for (let i = 1; i < MAX; i++) {
      assert.equal((await login(email, `wrong ${i}`)).error, INVALID_CREDENTIALS);
    }
    assert.equal((await login(email, password)).ok, true);
  }
});

test('an unknown email answers exactly like an existing one, lock included', async () => {
  const known = 'known@example.org';
  await server.createUser(known, ['viewer']);
  const answers = async (email: string) => {
    const out = [];
    for (let i = 0; i <= MAX; i++) out.push(await login(email, `guess ${i}`));
    return out;
  };
  const forKnown = await answers(known);
  const forUnknown = await answers('nobody@example.org');
  assert.deepEqual(forUnknown, forKnown);
  assert.deepEqual(forKnown.at(-1), { ok: false, error: TOO_MANY_ATTEMPTS });
  assert.deepEqual((await loginEvents('nobody@example.org')).at(-1), ['locked', 'account-locked']);
});

test('one client address is throttled after too many failures across emails', async () => {
  const ip = freshIp();
  const email = 'victim@example.org';
  await server.createUser(email, ['viewer']);
  // Spread over emails so that no single account locks: only the address limit applies.
  for (let i = 0; i < PER_IP; i++) {
    assert.equal((await login(`probe${i}@example.org`, 'guess', ip)).error, INVALID_CREDENTIALS);
  }
  assert.deepEqual(await login(email, password, ip), { ok: false, error: TOO_MANY_ATTEMPTS });
  const last = await server.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'login', ip },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  });
  assert.deepEqual(
    [last.outcome, JSON.parse(last.details)],
    ['locked', { reason: 'ip-throttled' }],
  );
  // Other addresses are unaffected, and so is the account itself.
  assert.equal((await login(email, password)).ok, true);
});

const CHANGE = `mutation ($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { ok error } }`;

test('a login sent straight to the service, with any X-Forwarded-For, is refused: the limit cannot be dodged', async () => {
  const result = await server.gql(
    LOGIN,
    { e: 'nobody@example.org', p: 'x' },
    {
      ip: freshIp(),
      direct: true,
    },
  );
  assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.equal(result.data ?? null, null);
});

test('changePassword checks the current password, counts wrong ones toward lockout, and audits', async () => {
  const email = 'changer@example.org';
  const id = await server.createUser(email, ['analyst']);
  const token = await server.tokenFor(email);
  const change = async (c: string, n: string) => {
    const result = await server.gql<{ changePassword: { ok: boolean; error: string | null } }>(
      CHANGE,
      { c, n },
      { token, ip: freshIp() },
    );
    assert.equal(result.errors, undefined);
    return result.data!.changePassword;
  };
  assert.equal((await change(password, 'too short')).ok, false);
  assert.equal((await change(password, password)).ok, false);
  assert.deepEqual(await change('not it', 'a brand new passphrase'), {
    ok: false,
    error: WRONG_CURRENT_PASSWORD,
  });
  const newPassword = 'a brand new passphrase';
  assert.deepEqual(await change(password, newPassword), { ok: true, error: null });
  const row = await server.prisma.user.findUniqueOrThrow({ where: { id } });
  assert.ok(row.passwordChangedAt);
  assert.equal((await login(email, password)).error, INVALID_CREDENTIALS);
  assert.equal((await login(email, newPassword)).ok, true);

  // Wrong current passwords lock the account like failed sign-ins do.
  for (let i = 1; i < MAX; i++)
    assert.equal((await change('nope', 'whatever passphrase')).ok, false);
  assert.deepEqual(await change('nope', 'whatever passphrase'), {
    ok: false,
    error: TOO_MANY_ATTEMPTS,
  });
  assert.equal((await login(email, newPassword)).error, TOO_MANY_ATTEMPTS);

  const events = await server.prisma.auditEvent.findMany({
    where: { action: 'password.change', actorId: id },
    // cuid ids grow within a millisecond, so they order events that share one.
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  assert.deepEqual(
    events.map((e) => [e.outcome, (JSON.parse(e.details) as { reason?: string }).reason]),
    [
      ['failure', 'too-short'],
      ['failure', 'unchanged'],
      ['failure', 'bad-password'],
      ['success', undefined],
      ...Array.from({ length: MAX }, () => ['failure', 'bad-password']),
    ],
  );
  for (const event of events) assert.doesNotMatch(event.details, /passphrase|horse|nope/);
});

test('changePassword needs a signed-in user', async () => {
  const result = await server.gql(CHANGE, { c: password, n: 'a brand new passphrase' });
  assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});
