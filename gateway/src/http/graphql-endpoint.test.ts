import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBody } from './graphql-endpoint.ts';

const limits = { maxBodyBytes: 1000, batchEnabled: false, maxBatchSize: 2, maxQueryLength: 20 };
const op = { query: '{ me { email } }' };

test('array bodies are refused unless batching is on, and then only up to the batch size', () => {
  assert.equal(checkBody(JSON.stringify(op), limits), null);
  assert.equal(checkBody('not json', limits), null);
  assert.equal(checkBody(JSON.stringify([op]), limits)?.extensions.code, 'BATCH_NOT_ALLOWED');
  const on = { ...limits, batchEnabled: true };
  assert.equal(checkBody(JSON.stringify([op, op]), on), null);
  assert.equal(
    checkBody(` ${JSON.stringify([op, op, op])}`, on)?.extensions.code,
    'BATCH_TOO_LARGE',
  );
});

test('a query text over the length limit is refused before parsing, alone or in a batch', () => {
  const long = { query: `{ me { email } } #${'x'.repeat(10)}` };
  assert.equal(checkBody(JSON.stringify(long), limits)?.extensions.code, 'QUERY_TOO_LONG');
  const on = { ...limits, batchEnabled: true };
  assert.equal(checkBody(JSON.stringify([op, long]), on)?.extensions.code, 'QUERY_TOO_LONG');
});
