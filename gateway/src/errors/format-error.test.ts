import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CLIENT_ERROR_CODES,
  createLogger,
  NotFoundError,
  PipelineError,
  PipelineUnavailableError,
} from '@quarry/service-kit';
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

test('every code a subgraph answers on purpose reaches the client as itself, with its safe extensions', () => {
  for (const code of CLIENT_ERROR_CODES) {
    const formatted = formatError(
      { message: `refused: ${code}`, path: ['x'], extensions: { code, serviceName: 'documents' } },
      new Error('x'),
    );
    assert.deepEqual(formatted, { message: `refused: ${code}`, path: ['x'], extensions: { code } });
  }
  for (const error of [
    new NotFoundError('No ingest job with this id.', 'jobId'),
    new PipelineUnavailableError('The pipeline is not reachable; try again.'),
    new PipelineError('The pipeline refused the files.', 'TOO_LARGE'),
  ]) {
    const { extensions } = formatError(error.toJSON(), error);
    assert.equal(extensions?.code, error.extensions.code);
    assert.notEqual(extensions?.code, 'INTERNAL_SERVER_ERROR');
  }
  const withField = formatError(new NotFoundError('gone', 'jobId').toJSON(), new Error('x'));
  assert.equal(withField.extensions?.field, 'jobId');
  const pipeline = formatError(new PipelineError('no', 'TOO_LARGE').toJSON(), new Error('x'));
  assert.equal(pipeline.extensions?.pipelineCode, 'TOO_LARGE');
});
