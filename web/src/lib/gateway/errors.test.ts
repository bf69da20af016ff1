import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { gatewayErrors, toGraphqlResult } from './errors.ts';

const response = (status: number) => new Response(null, { status });

test("the gateway's GraphQL errors keep their codes", () => {
  const error = new CombinedGraphQLErrors({
    data: null,
    errors: [
      { message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'Something broke.' },
    ],
  });
  assert.deepEqual(gatewayErrors(error), [
    { message: 'Sign in first.', code: 'UNAUTHENTICATED' },
    { message: 'Something broke.', code: 'INTERNAL_SERVER_ERROR' },
  ]);
});

test("an HTTP error's body is read for GraphQL errors, or our routes' own error", () => {
  const graphql = new ServerError('400', {
    response: response(400),
    bodyText: JSON.stringify({
      errors: [{ message: 'Too deep.', extensions: { code: 'QUERY_TOO_DEEP' } }],
    }),
  });
  assert.deepEqual(gatewayErrors(graphql), [{ message: 'Too deep.', code: 'QUERY_TOO_DEEP' }]);
  const route = new ServerError('401', {
    response: response(401),
    bodyText: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Expired.' } }),
  });
  assert.deepEqual(gatewayErrors(route), [{ message: 'Expired.', code: 'UNAUTHENTICATED' }]);
  const html = new ServerError('502', {
    response: response(502),
    bodyText: '<html>',
  });
  assert.equal(gatewayErrors(html)[0]?.code, 'BAD_RESPONSE');
});

test('an answer that is not JSON is BAD_RESPONSE; no answer at all is GATEWAY_UNREACHABLE', () => {
  const parse = new ServerParseError(new SyntaxError('x'), {
    response: response(200),
    bodyText: 'x',
  });
  assert.equal(gatewayErrors(parse)[0]?.code, 'BAD_RESPONSE');
  const [down] = gatewayErrors(new TypeError('fetch failed'));
  assert.equal(down?.code, 'GATEWAY_UNREACHABLE');
  assert.match(down?.message ?? '', /fetch failed/);
});

test('data only without any error; no data is BAD_RESPONSE', () => {
  assert.deepEqual(toGraphqlResult({ a: 1 }, undefined), { ok: true, data: { a: 1 } });
  assert.equal(toGraphqlResult(undefined, undefined).ok, false);
  const failed = toGraphqlResult({ a: 1 }, new TypeError('fetch failed'));
  assert.equal(failed.ok, false);
});
