import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyOutcome, isSendable, matchesFilter, newEntry, summarize } from './batch.ts';

const item = (duplicate: boolean) => ({
  id: 'i',
  documentId: 'doc1',
  status: 'queued',
  duplicate,
  version: 1,
  name: 'a',
  path: 'a',
});

test('outcomes update the entry', () => {
  const a = newEntry(1, 'A', 'a.pdf', 100);
  a.loaded = 40;
  applyOutcome(a, { kind: 'queued', item: item(false) });
  assert.equal(a.state, 'queued');
  assert.equal(a.loaded, 100);
  assert.equal(a.documentId, 'doc1');

  const b = newEntry(2, 'B', 'b.pdf', 10);
  applyOutcome(b, { kind: 'error', code: 'TOO_LARGE', message: 'too big', retryable: false });
  assert.equal(b.state, 'error');
  assert.deepEqual(b.error, { code: 'TOO_LARGE', message: 'too big', retryable: false });
  assert.equal(isSendable(b), false);

  const c = newEntry(3, 'C', 'c.pdf', 10);
  c.loaded = 5;
  applyOutcome(c, { kind: 'error', code: 'CANCELLED', message: 'Cancelled.', retryable: true });
  assert.equal(c.state, 'cancelled');
  assert.equal(c.loaded, 0);
  assert.equal(c.error, null);
  assert.equal(isSendable(c), true);
});

test('summary sums bytes and states', () => {
  const entries = [
    newEntry(1, null, 'a', 100),
    newEntry(2, null, 'b', 50),
    newEntry(3, null, 'c', 0),
    newEntry(4, null, 'd', 30),
    newEntry(5, null, 'e', 20),
  ];
  applyOutcome(entries[0]!, { kind: 'queued', item: item(false) });
  entries[1]!.state = 'uploading';
  entries[1]!.loaded = 25;
  applyOutcome(entries[2]!, { kind: 'duplicate', item: item(true) });
  applyOutcome(entries[3]!, { kind: 'error', code: 'NETWORK', message: 'x', retryable: true });
  const s = summarize(entries);
  assert.equal(s.files, 5);
  assert.equal(s.bytesTotal, 200);
  assert.equal(s.bytesSent, 125);
  assert.equal(s.queued, 1);
  assert.equal(s.duplicate, 1);
  assert.equal(s.uploading, 1);
  assert.equal(s.error, 1);
  assert.equal(s.pending, 1);
  assert.equal(s.answered, 3);
  assert.equal(s.sendable, 2, 'the pending file and the retryable network error');
});

test('list filters', () => {
  const e = newEntry(1, null, 'a', 1);
  assert.equal(matchesFilter(e, 'waiting'), true);
  assert.equal(matchesFilter(e, 'problems'), false);
  e.state = 'error';
  assert.equal(matchesFilter(e, 'problems'), true);
  assert.equal(matchesFilter(e, 'all'), true);
  e.state = 'duplicate';
  assert.equal(matchesFilter(e, 'sent'), true);
});
