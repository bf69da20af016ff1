import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestItem, IngestJob } from '../../generated/sqlite/client.ts';
import { checkedItem, checkedJob, IngestRecordError, skillsJson } from './rows.ts';

const jobRow = (over: Partial<IngestJob>): IngestJob => ({
  id: 'j1',
  collectionId: 'c',
  source: 'api',
  skills: '["language","keyphrases"]',
  createdById: null,
  label: '',
  createdAt: new Date(0),
  ...over,
});

const itemRow = (over: Partial<IngestItem>) =>
  ({
    id: 'i1',
    status: 'failed',
    duplicate: false,
    sha256: 'ab',
    knowledgeStatus: 'none',
    knowledgeQuality: null,
    ...over,
  }) as IngestItem;

test('a job row comes back with its source and skills checked', () => {
  assert.deepEqual(checkedJob(jobRow({})).skills, ['language', 'keyphrases']);
  for (const bad of ['{"language":1}', '[1]', 'not json', '[""]']) {
    assert.throws(() => checkedJob(jobRow({ skills: bad })), IngestRecordError, bad);
  }
  assert.throws(() => checkedJob(jobRow({ source: 'fax' })), /job source j1/);
  assert.equal(skillsJson(['language']), '["language"]');
  assert.throws(() => skillsJson(['']), IngestRecordError);
});

test('an item row comes back with its status checked and whether a retry can succeed', () => {
  assert.equal(checkedItem(itemRow({})).retryable, true);
  assert.equal(checkedItem(itemRow({ sha256: '' })).retryable, false, 'refused: nothing stored');
  assert.equal(checkedItem(itemRow({ duplicate: true })).retryable, false, 'follows its original');
  assert.equal(checkedItem(itemRow({ status: 'done' })).retryable, false);
  assert.throws(() => checkedItem(itemRow({ status: 'exploded' })), /item status i1/);
});

test('an item row comes back with its knowledge status and quality checked', () => {
  const row = checkedItem(itemRow({ knowledgeStatus: 'waiting', knowledgeQuality: 'fallback' }));
  assert.deepEqual([row.knowledgeStatus, row.knowledgeQuality], ['waiting', 'fallback']);
  assert.throws(
    () => checkedItem(itemRow({ knowledgeStatus: 'pondering' })),
    /knowledge status i1/,
  );
  assert.throws(() => checkedItem(itemRow({ knowledgeQuality: 'great' })), /knowledge quality i1/);
});
