import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countsFrom,
  etaSeconds,
  fromApiStatus,
  NO_ACTIVITY,
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

test('throughput is per minute of the time the recent work took; the ETA follows from it', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  // Still running: 10 finished since the first start 2 minutes ago.
  assert.equal(
    throughputPerMinute({ finished: 10, firstStartedAt: at(2), lastFinishedAt: at(0) }, 3, now),
    5,
  );
  // All done: measured to the last finish, not to now.
  assert.equal(
    throughputPerMinute({ finished: 24, firstStartedAt: at(3), lastFinishedAt: at(2) }, 0, now),
    24,
  );
  // Work that started before the window counts from the window's start.
  assert.equal(
    throughputPerMinute({ finished: 10, firstStartedAt: at(60), lastFinishedAt: at(0) }, 1, now),
    2,
  );
  // An instant burst is stretched to ten seconds; nothing finished is zero.
  assert.equal(
    throughputPerMinute({ finished: 5, firstStartedAt: at(0), lastFinishedAt: at(0) }, 0, now),
    30,
  );
  assert.equal(throughputPerMinute(NO_ACTIVITY, 4, now), 0);
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
