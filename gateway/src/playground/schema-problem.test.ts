import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSchemaRequest, schemaProblem } from './schema-problem.ts';

const refusal = (code: string, message = 'refused') => ({
  errors: [{ message, extensions: { code } }],
});

test('the playground says what is missing for the schema, and how to fix it', () => {
  assert.equal(schemaProblem(true, { data: { __schema: { types: [] } } }), null);
  assert.match(schemaProblem(false, refusal('UNAUTHENTICATED')) ?? '', /No token: paste/);
  assert.match(
    schemaProblem(true, refusal('UNAUTHENTICATED')) ?? '',
    /token was refused .*Profile → API tokens/,
  );
  // FORBIDDEN carries the gateway's own reason (role or token scope): shown as it is.
  const scope = 'its scopes (READ) lack ADMIN';
  assert.equal(schemaProblem(true, refusal('FORBIDDEN', scope)), scope);
  assert.match(
    schemaProblem(true, refusal('INTERNAL_SERVER_ERROR', 'Internal error')) ?? '',
    /could not be loaded: Internal error/,
  );
  assert.match(schemaProblem(true, null) ?? '', /without a schema/);
  assert.equal(
    isSchemaRequest({ query: 'query IntrospectionQuery { __schema { types { name } } }' }),
    true,
  );
  assert.equal(isSchemaRequest({ query: '{ me { email } }', operationName: null }), false);
});
