import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_ACTIVITY } from './ingest-stats.ts';
import {
  fromApiKnowledgeStatus,
  knowledgeCountsFrom,
  knowledgeProgress,
  knowledgeRemaining,
  toApiKnowledgeQuality,
  toApiKnowledgeStatus,
} from './knowledge-stats.ts';

const now = new Date('2026-01-01T12:00:00Z');
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);

test('knowledge counts leave out items not in the stage, in the total too', () => {
  const counts = knowledgeCountsFrom([
    { status: 'none', count: 40 },
    { status: 'queued', count: 3 },
    { status: 'running', count: 1 },
    { status: 'waiting', count: 2 },
    { status: 'done', count: 5 },
    { status: 'failed', count: 1 },
  ]);
  assert.deepEqual(counts, { total: 12, queued: 3, running: 1, waiting: 2, done: 5, failed: 1 });
  // Waiting items are still to be enriched: they resume by themselves.
  assert.equal(knowledgeRemaining(counts), 6);
});

test('knowledge throughput and ETA come from the stage’s own times, not the search stage’s', () => {
  const counts = knowledgeCountsFrom([
    { status: 'queued', count: 4 },
    { status: 'waiting', count: 2 },
    { status: 'done', count: 6 },
  ]);
  // 6 enriched since the first knowledge start 3 minutes ago: 2 a minute; 6 left: 3 minutes.
  const progress = knowledgeProgress(
    counts,
    { finished: 6, firstStartedAt: at(3), lastFinishedAt: at(0) },
    now,
  );
  assert.equal(progress.throughputPerMinute, 2);
  assert.equal(progress.etaSeconds, 180);
  assert.equal(progress.counts, counts);
});

test('with the NLP service down nothing finishes: throughput 0 and the ETA unknown', () => {
  const waiting = knowledgeCountsFrom([{ status: 'waiting', count: 5 }]);
  const progress = knowledgeProgress(waiting, NO_ACTIVITY, now);
  assert.equal(progress.throughputPerMinute, 0);
  assert.equal(progress.etaSeconds, null);
});

test('once everything is enriched there is no ETA, and throughput is measured to the last finish', () => {
  const done = knowledgeCountsFrom([{ status: 'done', count: 10 }]);
  const progress = knowledgeProgress(
    done,
    { finished: 10, firstStartedAt: at(4), lastFinishedAt: at(2) },
    now,
  );
  assert.equal(progress.throughputPerMinute, 5);
  assert.equal(progress.etaSeconds, null);
});

test('knowledge statuses and qualities map between storage and API', () => {
  assert.equal(toApiKnowledgeStatus('waiting'), 'WAITING');
  assert.equal(toApiKnowledgeStatus('none'), 'NONE');
  assert.equal(fromApiKnowledgeStatus('RUNNING'), 'running');
  assert.equal(fromApiKnowledgeStatus('BOGUS'), undefined);
  assert.equal(toApiKnowledgeQuality('fallback'), 'FALLBACK');
  assert.equal(toApiKnowledgeQuality('full'), 'FULL');
  assert.equal(toApiKnowledgeQuality(null), null);
  assert.equal(toApiKnowledgeQuality('great'), null);
});
