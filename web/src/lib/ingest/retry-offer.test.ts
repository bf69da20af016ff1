import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryOffer } from './retry-offer.ts';

test('only a failed item the API calls retryable offers Retry', () => {
  assert.equal(retryOffer({ status: 'FAILED', retryable: true }), 'retry');
  assert.equal(retryOffer({ status: 'FAILED', retryable: false }), 'final');
  assert.equal(retryOffer({ status: 'DONE', retryable: false }), 'none');
  assert.equal(retryOffer({ status: 'QUEUED', retryable: true }), 'none');
});
