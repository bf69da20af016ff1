import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptedFileLabel } from './accepted-file.ts';
import { EMPTY_COUNTS } from './status.ts';

const counts = (over: Partial<typeof EMPTY_COUNTS>) => ({ ...EMPTY_COUNTS, ...over });

test('a sent file is processing until the job has finished every file', () => {
  assert.deepEqual(acceptedFileLabel(null), { text: 'Sent, processing', tone: 'busy' });
  assert.equal(acceptedFileLabel(counts({ total: 6, queued: 6 })).text, 'Sent, processing');
  assert.equal(acceptedFileLabel(counts({ total: 6, done: 5, indexing: 1 })).tone, 'busy');
});

test('6 of 6 done: the row says Done, not Queued', () => {
  const label = acceptedFileLabel(counts({ total: 6, done: 6 }));
  assert.deepEqual(label, { text: 'Done', tone: 'ok' });
  assert.notEqual(label.text, 'Queued');
});

test('finished with failures: the rows point to the job monitor', () => {
  const label = acceptedFileLabel(counts({ total: 6, done: 5, failed: 1 }));
  assert.equal(label.tone, 'bad');
  assert.match(label.text, /job monitor/);
});
