import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemFilterHref, parseAfter, parseItemFilter } from './filter.ts';

test('parses status (any case) and cursor; ignores junk', () => {
  const none = { status: null, knowledge: null, after: null };
  assert.deepEqual(parseItemFilter({ status: 'failed', after: 'abc' }), {
    ...none,
    status: 'FAILED',
    after: 'abc',
  });
  assert.deepEqual(parseItemFilter({ status: ['DONE', 'FAILED'] }), { ...none, status: 'DONE' });
  assert.deepEqual(parseItemFilter({ status: 'exploded', after: '  ' }), none);
  assert.deepEqual(parseItemFilter({ after: 'x'.repeat(513) }), none);
  assert.deepEqual(parseItemFilter({}), none);
  assert.deepEqual(parseItemFilter({ knowledge: 'Waiting' }), { ...none, knowledge: 'WAITING' });
  // NONE is not a filter the monitor offers (it would list files outside the stage).
  assert.deepEqual(parseItemFilter({ knowledge: 'none' }), none);
});

test('round trip through the URL', () => {
  const filter = { status: 'DONE' as const, knowledge: 'WAITING' as const, after: 'c/+=' };
  const href = itemFilterHref('job-1', filter);
  assert.equal(href, '/ingest/jobs/job-1?status=done&knowledge=waiting&after=c%2F%2B%3D');
  const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
  assert.deepEqual(parseItemFilter(params), filter);
  assert.equal(
    itemFilterHref('job-1', { status: null, knowledge: null, after: null }),
    '/ingest/jobs/job-1',
  );
});

test('parseAfter', () => {
  assert.equal(parseAfter({ after: 'abc' }), 'abc');
  assert.equal(parseAfter({}), null);
});
