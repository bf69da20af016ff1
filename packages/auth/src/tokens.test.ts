import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignJWT } from 'jose';
import {
  bearerToken,
  InvalidTokenError,
  signAccessToken,
  signSessionToken,
  verifyAccessToken,
  verifySessionToken,
  writableCollections,
  type Viewer,
} from './index.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const viewer: Viewer = {
  id: 'u1',
  email: 'a@example.org',
  name: 'Ada',
  roles: ['analyst'],
  collections: ['c1'],
};

test('a signed token verifies back to the same viewer', async () => {
  const token = await signAccessToken(viewer, secret, 60);
  assert.deepEqual(await verifyAccessToken(token, secret), viewer);
});

test('a token signed with another secret is rejected', async () => {
  const token = await signAccessToken(viewer, `${secret}-other`, 60);
  await assert.rejects(verifyAccessToken(token, secret), InvalidTokenError);
});

test('an expired token is rejected as expired', async () => {
  const token = await signAccessToken(viewer, secret, -10);
  await assert.rejects(verifyAccessToken(token, secret), /expired/);
});

/** An access token with arbitrary claims, correctly signed. */
function rawToken(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u2')
    .setIssuer('quarry')
    .setAudience('quarry-api')
    .setExpirationTime('1m')
    .sign(new TextEncoder().encode(secret));
}

test('a token with an unknown role is rejected', async () => {
  const token = await rawToken({ email: 'x@y.z', name: 'X', roles: ['root'], collections: [] });
  await assert.rejects(verifyAccessToken(token, secret), /bad roles/);
});

test('a short secret is refused outright', async () => {
  await assert.rejects(signAccessToken(viewer, 'short', 60), /at least 32/);
});

test('bearerToken reads only well-formed Bearer headers', () => {
  assert.equal(bearerToken('Bearer abc.def'), 'abc.def');
  assert.equal(bearerToken('bearer   abc'), 'abc');
  assert.equal(bearerToken('Basic abc'), null);
  assert.equal(bearerToken(undefined), null);
  assert.equal(bearerToken('Bearer a b'), null);
});

test('optional claims round-trip: writeCollections, via and cid', async () => {
  const full: Viewer = { ...viewer, writeCollections: [], via: 'token', cid: 't1' };
  assert.deepEqual(await verifyAccessToken(await signAccessToken(full, secret, 60), secret), full);
});

test('a bad optional claim is rejected', async () => {
  const token = await rawToken({ email: 'x@y.z', name: 'X', roles: [], collections: [], via: 'x' });
  await assert.rejects(verifyAccessToken(token, secret), /bad via/);
});

test('session and access tokens are never accepted in place of each other', async () => {
  const session = await signSessionToken({ userId: 'u1', sessionId: 's1' }, secret, 60);
  assert.deepEqual(await verifySessionToken(session, secret), { userId: 'u1', sessionId: 's1' });
  await assert.rejects(verifyAccessToken(session, secret), InvalidTokenError);
  const access = await signAccessToken(viewer, secret, 60);
  await assert.rejects(verifySessionToken(access, secret), InvalidTokenError);
});

test('an expired session token is rejected as expired', async () => {
  const session = await signSessionToken({ userId: 'u1', sessionId: 's1' }, secret, -5);
  await assert.rejects(verifySessionToken(session, secret), /expired/);
});

test('writableCollections falls back to the readable list', () => {
  assert.deepEqual(writableCollections(viewer), ['c1']);
  assert.deepEqual(writableCollections({ ...viewer, writeCollections: [] }), []);
});
