import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessTo, effectiveAccess } from './access.ts';
import { narrowForToken, parseIdList, parseScopes, scopeLevel } from './scopes.ts';
import {
  formatToken,
  hashSecret,
  newTokenSecret,
  parseToken,
  secretMatches,
  visiblePrefix,
} from './token-format.ts';

test('effective access is the union of rows; write includes read; the stronger row wins', () => {
  const access = effectiveAccess([
    { collectionId: 'b', access: 'read' },
    { collectionId: 'a', access: 'write' },
    { collectionId: 'b', access: 'write' },
    { collectionId: 'c', access: 'read' },
    { collectionId: 'c', access: 'read' },
    { collectionId: 'd', access: 'owner' },
  ]);
  assert.deepEqual(access, { read: ['a', 'b', 'c', 'd'], write: ['a', 'b'] });
  assert.equal(accessTo(access, 'a'), 'write');
  assert.equal(accessTo(access, 'c'), 'read');
  assert.equal(accessTo(access, 'z'), null);
});

test('scope levels include the ones below; unknown or empty lists are READ', () => {
  assert.equal(scopeLevel(['read']), 'read');
  assert.equal(scopeLevel([]), 'read');
  assert.equal(scopeLevel(['read', 'write']), 'write');
  assert.equal(scopeLevel(['admin']), 'admin');
  assert.deepEqual(parseScopes('["read","root","admin"]'), ['read', 'admin']);
  assert.deepEqual(parseScopes('not json'), []);
});

test('a damaged collection restriction narrows to nothing rather than widening', () => {
  assert.equal(parseIdList(null), null);
  assert.deepEqual(parseIdList('["a",1]'), ['a']);
  assert.deepEqual(parseIdList('{"a":1}'), []);
  assert.deepEqual(parseIdList('oops'), []);
});

test('token narrowing: no ADMIN drops the admin role, READ drops writes, restriction cuts both', () => {
  const access = { read: ['a', 'b', 'c'], write: ['a', 'b'] };
  const roles = ['admin', 'analyst'] as const;
  assert.deepEqual(narrowForToken(roles, access, ['admin'], null), {
    roles: ['admin', 'analyst'],
    collections: ['a', 'b', 'c'],
    writeCollections: ['a', 'b'],
  });
  assert.deepEqual(narrowForToken(roles, access, ['write'], ['b', 'c', 'x']), {
    roles: ['analyst'],
    collections: ['b', 'c'],
    writeCollections: ['b'],
  });
  // An admin's WRITE token may still change data: the admin role becomes analyst.
  assert.deepEqual(narrowForToken(['admin', 'viewer'], access, ['write'], null).roles, [
    'viewer',
    'analyst',
  ]);
  assert.deepEqual(narrowForToken(['admin'], access, ['read'], null).roles, []);
  assert.deepEqual(narrowForToken(roles, access, ['read'], null), {
    roles: ['analyst'],
    collections: ['a', 'b', 'c'],
    writeCollections: [],
  });
});

test('API token text round-trips; only the right secret matches its hash', () => {
  const secret = newTokenSecret();
  const text = formatToken('cabc123', secret);
  assert.match(text, /^qk_cabc123_[A-Za-z0-9_-]{43}$/);
  assert.deepEqual(parseToken(text), { id: 'cabc123', secret });
  assert.equal(visiblePrefix('cabc1234567'), 'qk_cabc1234');
  assert.equal(parseToken('qk_cabc123'), null);
  assert.equal(parseToken('qk_CAPS_' + secret), null);
  assert.equal(parseToken(`${text}x`), null);
  const stored = hashSecret(secret);
  assert.notEqual(stored, secret);
  assert.equal(secretMatches(secret, stored), true);
  assert.equal(secretMatches(newTokenSecret(), stored), false);
  assert.equal(secretMatches(secret, 'short'), false);
});
