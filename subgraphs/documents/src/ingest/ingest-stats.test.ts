import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countsFrom,
  etaSeconds,
  fromApiStatus,
  throughputPerMinute,
  toApiStatus,
  windowStart,
} from './ingest-stats.ts';

test('counts add up by status and in total', () => {
  const counts = countsFrom([
    { status: 'done', count: 7 },
    { status: 'failed', count: 2 },
    { status: 'queued', count: 3 },
    { status: 'indexing', count: 1 },
  ]);
  assert.deepEqual(counts, {
    total: 13,
    queued: 3,
    cracking: 0,
    enriching: 0,
    indexing: 1,
    done: 7,
    failed: 2,
  });
});

test('throughput is items finished in five minutes per minute; the ETA follows from it', () => {
  assert.equal(throughputPerMinute(10), 2);
  const counts = countsFrom([
    { status: 'queued', count: 3 },
    { status: 'enriching', count: 1 },
    { status: 'done', count: 10 },
  ]);
  // 4 remaining at 2 per minute: two minutes.
  assert.equal(etaSeconds(counts, 2), 120);
  assert.equal(etaSeconds(counts, 0), null);
  assert.equal(etaSeconds(countsFrom([{ status: 'done', count: 5 }]), 2), null);
  assert.equal(etaSeconds(countsFrom([{ status: 'queued', count: 1 }]), 3), 20);
});

test('statuses map between storage and API', () => {
  assert.equal(toApiStatus('enriching'), 'ENRICHING');
  assert.equal(fromApiStatus('FAILED'), 'failed');
  assert.equal(fromApiStatus('BOGUS'), undefined);
});

test('the window starts five minutes back', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  assert.equal(windowStart(now).toISOString(), '2026-01-01T11:55:00.000Z');
});
