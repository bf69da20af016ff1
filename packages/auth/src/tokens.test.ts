import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignJWT } from 'jose';
import {
  bearerToken,
  InvalidTokenError,
  signAccessToken,
  verifyAccessToken,
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

test('a token with an unknown role is rejected', async () => {
  const token = await new SignJWT({ email: 'x@y.z', name: 'X', roles: ['root'], collections: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u2')
    .setIssuer('quarry')
    .setAudience('quarry-api')
    .setExpirationTime('1m')
    .sign(new TextEncoder().encode(secret));
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
