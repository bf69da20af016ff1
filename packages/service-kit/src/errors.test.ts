import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BadUserInputError,
  CLIENT_ERROR_CODES,
  ForbiddenError,
  NotFoundError,
  PipelineError,
  PipelineUnavailableError,
  UnauthenticatedError,
} from './errors.ts';

test('every client error class answers a code the gateway passes through', () => {
  const errors = [
    new UnauthenticatedError(),
    new ForbiddenError(),
    new BadUserInputError('bad', 'x'),
    new NotFoundError('gone', 'id'),
    new PipelineUnavailableError('down'),
    new PipelineError('refused', 'TOO_LARGE'),
  ];
  const codes = errors.map((error) => error.extensions.code);
  assert.deepEqual([...codes].sort(), [...CLIENT_ERROR_CODES].sort());
});
