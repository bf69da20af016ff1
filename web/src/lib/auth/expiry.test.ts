import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessTokenExpiresAt, isAccessTokenLive, sessionMaxAgeSeconds } from './expiry.ts';

function fakeJwt(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

test('an ISO expiresAt wins over the token claim', () => {
  const token = fakeJwt({ exp: 1 });
  assert.equal(
    accessTokenExpiresAt('2030-01-02T03:04:05.000Z', token),
    Date.UTC(2030, 0, 2, 3, 4, 5),
  );
});

test('numeric expiresAt is read as seconds or milliseconds by magnitude', () => {
  assert.equal(accessTokenExpiresAt('1900000000', 'x'), 1_900_000_000_000);
  assert.equal(accessTokenExpiresAt('1900000000123', 'x'), 1_900_000_000_123);
});

test('without expiresAt the exp claim of the token is used', () => {
  assert.equal(accessTokenExpiresAt(null, fakeJwt({ exp: 1_900_000_000 })), 1_900_000_000_000);
  assert.equal(
    accessTokenExpiresAt('not a date', fakeJwt({ exp: 1_900_000_000 })),
    1_900_000_000_000,
  );
});

test('no expiresAt and an unreadable token give null', () => {
  assert.equal(accessTokenExpiresAt(undefined, 'opaque-token'), null);
  assert.equal(accessTokenExpiresAt('', 'a.%%%.c'), null);
  assert.equal(accessTokenExpiresAt(undefined, fakeJwt({ sub: 'u1' })), null);
});

test('the session cookie never outlives the access token', () => {
  const now = 1_000_000;
  assert.equal(sessionMaxAgeSeconds(43_200, now + 900_000, now), 900);
  assert.equal(sessionMaxAgeSeconds(600, now + 900_000, now), 600);
  assert.equal(sessionMaxAgeSeconds(600, now - 1, now), 0);
  assert.equal(sessionMaxAgeSeconds(600, undefined, now), 0);
});

test('a token is live only with more than the skew left', () => {
  const now = 1_000_000;
  assert.equal(isAccessTokenLive(now + 60_000, now), true);
  assert.equal(isAccessTokenLive(now + 4_000, now), false);
  assert.equal(isAccessTokenLive(undefined, now), false);
});
