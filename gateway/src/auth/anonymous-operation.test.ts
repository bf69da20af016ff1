import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { isAnonymousOperation } from './anonymous-operation.ts';

function operation(source: string): OperationDefinitionNode {
  const definition = parse(source).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  assert.ok(definition);
  return definition;
}

test('a login-only mutation is anonymous', () => {
  assert.equal(
    isAnonymousOperation(operation('mutation { login(email: "a", password: "b") { ok token } }')),
    true,
  );
  assert.equal(
    isAnonymousOperation(operation('mutation L { a: login(email: "a", password: "b") { ok } }')),
    true,
  );
});

test('everything else needs a token', () => {
  assert.equal(isAnonymousOperation(operation('{ me { email } }')), false);
  assert.equal(isAnonymousOperation(operation('{ __schema { types { name } } }')), false);
  assert.equal(
    isAnonymousOperation(
      operation(
        'mutation { ...F } fragment F on Mutation { login(email: "a", password: "b") { ok } }',
      ),
    ),
    false,
  );
});

const isBadInput = (error: { extensions?: { code?: string } }) =>
  error.extensions?.code === 'BAD_USER_INPUT';

test('single sign-on (loginWithOidc) is anonymous too, and equally alone', () => {
  assert.equal(
    isAnonymousOperation(operation('mutation { loginWithOidc(idToken: "t") { ok token } }')),
    true,
  );
  assert.throws(
    () => isAnonymousOperation(operation('mutation { loginWithOidc(idToken: "t") { ok } other }')),
    isBadInput,
  );
});

test('login mixed with other fields, or as a query field, is refused', () => {
  assert.throws(
    () =>
      isAnonymousOperation(operation('mutation { login(email: "a", password: "b") { ok } other }')),
    isBadInput,
  );
  assert.throws(() => isAnonymousOperation(operation('query { login { ok } }')), isBadInput);
});
