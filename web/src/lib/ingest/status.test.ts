import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countKey,
  EMPTY_COUNTS,
  hasUnfinished,
  INGEST_STATUSES,
  isIngestStatus,
  progressOf,
  sameCounts,
  statusLabel,
  statusTone,
  unfinishedCount,
} from './status.ts';

const counts = (over: Partial<typeof EMPTY_COUNTS>) => ({ ...EMPTY_COUNTS, ...over });

test('every status has a label, a tone and a counts field', () => {
  for (const status of INGEST_STATUSES) {
    assert.ok(statusLabel(status).length > 0);
    assert.ok(countKey(status) in EMPTY_COUNTS);
  }
  assert.equal(countKey('ENRICHING'), 'enriching');
  assert.equal(statusTone('DONE'), 'ok');
  assert.equal(statusTone('FAILED'), 'bad');
  assert.equal(statusTone('QUEUED'), 'neutral');
  assert.equal(statusTone('INDEXING'), 'busy');
});

test('isIngestStatus accepts only the schema values', () => {
  assert.equal(isIngestStatus('FAILED'), true);
  assert.equal(isIngestStatus('failed'), false);
  assert.equal(isIngestStatus(''), false);
  assert.equal(isIngestStatus(undefined), false);
});

test('unfinished work keeps polling alive; done and failed do not', () => {
  assert.equal(hasUnfinished(counts({ total: 3, done: 2, failed: 1 })), false);
  assert.equal(hasUnfinished(counts({ total: 3, done: 2, indexing: 1 })), true);
  assert.equal(unfinishedCount(counts({ queued: 1, cracking: 2, enriching: 3, indexing: 4 })), 10);
  assert.equal(hasUnfinished(EMPTY_COUNTS), false);
});

test('progress counts failed files as finished', () => {
  const p = progressOf(counts({ total: 10, done: 6, failed: 2, queued: 2 }));
  assert.deepEqual(p, { finished: 8, total: 10, fraction: 0.8 });
});

test('progress never exceeds 100% on an inconsistent snapshot', () => {
  const p = progressOf(counts({ total: 3, done: 3, queued: 2 }));
  assert.equal(p.total, 5);
  assert.equal(p.fraction, 0.6);
});

test('an empty job is complete, not NaN', () => {
  assert.deepEqual(progressOf(EMPTY_COUNTS), { finished: 0, total: 0, fraction: 1 });
});

test('counts are the same only when every status count is', () => {
  assert.equal(sameCounts(counts({ total: 6, done: 6 }), counts({ total: 6, done: 6 })), true);
  assert.equal(sameCounts(counts({ total: 6, done: 6 }), counts({ total: 6, done: 5 })), false);
  assert.equal(sameCounts(counts({ total: 6, queued: 6 }), counts({ total: 7, queued: 6 })), false);
});
