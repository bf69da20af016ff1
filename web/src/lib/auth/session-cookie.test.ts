import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionCookieName, sessionCookieNames, sessionCookieValue } from './session-cookie.ts';

test('secure cookies carry the __Secure- prefix', () => {
  assert.equal(sessionCookieName(false), 'next-auth.session-token');
  assert.equal(sessionCookieName(true), '__Secure-next-auth.session-token');
});

test('a single cookie is returned as is, other cookies are ignored', () => {
  const cookies = [
    { name: 'other', value: 'x' },
    { name: 'next-auth.session-token', value: 'abc' },
  ];
  assert.equal(sessionCookieValue(cookies, false), 'abc');
  assert.equal(sessionCookieValue(cookies, true), null);
});

test('chunks are joined in numeric order', () => {
  const cookies = [
    { name: 'next-auth.session-token.10', value: 'K' },
    { name: 'next-auth.session-token.1', value: 'B' },
    { name: 'next-auth.session-token.0', value: 'A' },
    { name: 'next-auth.session-token.x', value: '?' },
  ];
  assert.equal(sessionCookieValue(cookies, false), 'ABK');
  assert.equal(sessionCookieValue([], false), null);
});

test('ending a session names the whole cookie and every chunk, nothing else', () => {
  const cookies = [
    { name: 'next-auth.session-token', value: 'a' },
    { name: 'next-auth.session-token.0', value: 'b' },
    { name: 'next-auth.session-token.1', value: 'c' },
    { name: 'next-auth.session-token.x', value: '?' },
    { name: 'next-auth.csrf-token', value: 'd' },
    { name: '__Secure-next-auth.session-token', value: 'e' },
  ];
  assert.deepEqual(sessionCookieNames(cookies, false), [
    'next-auth.session-token',
    'next-auth.session-token.0',
    'next-auth.session-token.1',
  ]);
  assert.deepEqual(sessionCookieNames(cookies, true), ['__Secure-next-auth.session-token']);
});
