import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isStageKnowledgeStatus,
  knowledgeCountKey,
  knowledgeLabel,
  knowledgeProgressOf,
  knowledgeTone,
  knowledgeUnfinished,
} from './knowledge.ts';

const counts = { total: 10, queued: 2, running: 1, waiting: 3, done: 3, failed: 1 };

test('waiting files are unfinished (they resume), so the monitor keeps polling', () => {
  assert.equal(knowledgeUnfinished(counts), 6);
  assert.equal(knowledgeUnfinished({ ...counts, queued: 0, running: 0, waiting: 0 }), 0);
});

test('knowledge progress is done and failed over the files in the stage', () => {
  assert.deepEqual(knowledgeProgressOf(counts), { finished: 4, total: 10, fraction: 0.4 });
  // A snapshot whose total lags its parts never shows more than 100%.
  assert.deepEqual(knowledgeProgressOf({ ...counts, total: 5 }).total, 10);
  assert.equal(
    knowledgeProgressOf({ total: 0, queued: 0, running: 0, waiting: 0, done: 0, failed: 0 })
      .fraction,
    1,
  );
});

test('waiting has its own label and tone: neither progress nor failure', () => {
  assert.equal(knowledgeLabel('WAITING'), 'Waiting for enrichment');
  assert.equal(knowledgeTone('WAITING'), 'wait');
  assert.equal(knowledgeTone('FAILED'), 'bad');
  assert.equal(knowledgeTone('RUNNING'), 'busy');
  assert.equal(knowledgeCountKey('WAITING'), 'waiting');
  assert.equal(isStageKnowledgeStatus('WAITING'), true);
  assert.equal(isStageKnowledgeStatus('NONE'), false);
});
