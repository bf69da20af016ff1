import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from '@quarry/service-kit';
import { createFormatError, INTERNAL_ERROR_MESSAGE } from './format-error.ts';

const formatError = createFormatError(createLogger('gateway-test', 'silent'));

test('client errors keep message and code but lose every other extension', () => {
  const formatted = formatError(
    {
      message: 'Sign in to use the API.',
      path: ['me'],
      extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'], serviceName: 'accounts' },
    },
    new Error('x'),
  );
  assert.deepEqual(formatted, {
    message: 'Sign in to use the API.',
    path: ['me'],
    extensions: { code: 'UNAUTHENTICATED' },
  });
});

test('unexpected errors and messages naming addresses become a generic error with a request id', () => {
  for (const input of [
    { message: 'connect ECONNREFUSED 127.0.0.1:9', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    { message: 'request to http://graph.internal/graphql failed', extensions: {} },
    { message: 'bad input near http://127.0.0.1:4002', extensions: { code: 'BAD_USER_INPUT' } },
  ]) {
    const formatted = formatError(
      { ...input, extensions: { ...input.extensions, exception: { stacktrace: ['at y'] } } },
      new Error(input.message),
    );
    assert.equal(formatted.message, INTERNAL_ERROR_MESSAGE);
    assert.equal(formatted.extensions?.code, 'INTERNAL_SERVER_ERROR');
    assert.equal(typeof formatted.extensions?.requestId, 'string');
    assert.doesNotMatch(
      JSON.stringify(formatted),
      /127\.0\.0\.1|graph\.internal|stacktrace|exception/,
    );
  }
});
