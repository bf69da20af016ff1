import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { credentialKey, isReadOnly } from './accounts-client.ts';
import { rootFields, usesIntrospection } from './operation-kinds.ts';
import { mayIntrospect } from './introspection-access.ts';
import { forwardedFor, trustedProxies } from './trusted-proxies.ts';

function request(peer: string, header?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: header === undefined ? {} : { 'x-forwarded-for': header },
  } as unknown as IncomingMessage;
}

test('X-Forwarded-For is kept only from trusted peers; the peer is always appended', () => {
  const trusted = trustedProxies('127.0.0.1, ::1, 10.1.0.0/16');
  assert.equal(
    forwardedFor(request('127.0.0.1', '203.0.113.9'), trusted),
    '203.0.113.9, 127.0.0.1',
  );
  assert.equal(
    forwardedFor(request('::ffff:127.0.0.1', '203.0.113.9'), trusted),
    '203.0.113.9, ::ffff:127.0.0.1',
  );
  assert.equal(forwardedFor(request('10.1.200.3', 'a, b'), trusted), 'a, b, 10.1.200.3');
  assert.equal(forwardedFor(request('::1'), trusted), '::1');
  // An untrusted peer cannot choose the address the audit log and the throttling see.
  assert.equal(forwardedFor(request('198.51.100.7', '127.0.0.1'), trusted), '198.51.100.7');
  assert.equal(forwardedFor(request('10.2.0.1', '1.2.3.4'), trusted), '10.2.0.1');
  assert.throws(() => trustedProxies('localhost'), /not an IP address/);
  assert.doesNotThrow(() => trustedProxies(''));
});

function operationOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  assert.ok(operation);
  return { document, operation };
}

test('introspection is __schema or __type anywhere, fragments included; __typename is not', () => {
  const uses = (source: string) => usesIntrospection(parse(source));
  assert.equal(uses('{ __schema { types { name } } }'), true);
  assert.equal(uses('{ me { id } ...F } fragment F on Query { __type(name: "X") { name } }'), true);
  assert.equal(uses('{ documents { nodes { ... on Document { __typename } } } }'), false);
  assert.equal(uses('{ __typename }'), false);
});

test('root fields follow fragments and inline fragments at the root', () => {
  const { document, operation } = operationOf(
    'mutation { a: logout ...F ... on Mutation { createGroup(input: { name: "x" }) { id } } } fragment F on Mutation { revokeSession(id: "1") { id } }',
  );
  assert.deepEqual(rootFields(document, operation), ['logout', 'revokeSession', 'createGroup']);
});

test('only READ-only token scopes are read-only; sessions are not', () => {
  assert.equal(isReadOnly(null), false);
  assert.equal(isReadOnly(['read']), true);
  assert.equal(isReadOnly([]), true);
  assert.equal(isReadOnly(['read', 'write']), false);
  assert.equal(isReadOnly(['admin']), false);
});

test('the cache key is a hash, never the credential', () => {
  const key = credentialKey('qk_abc_secret');
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.notEqual(key, credentialKey('qk_abc_secreT'));
});

test('introspection is for admins and developers', () => {
  const viewer = { id: 'u', email: 'u@x.y', name: 'U', collections: [] };
  assert.equal(mayIntrospect({ ...viewer, roles: ['developer'] }), true);
  assert.equal(mayIntrospect({ ...viewer, roles: ['admin'] }), true);
  assert.equal(mayIntrospect({ ...viewer, roles: ['analyst', 'viewer'] }), false);
});
