import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemFilterHref, parseAfter, parseItemFilter } from './filter.ts';

test('parses status (any case) and cursor; ignores junk', () => {
  assert.deepEqual(parseItemFilter({ status: 'failed', after: 'abc' }), {
    status: 'FAILED',
    after: 'abc',
  });
  assert.deepEqual(parseItemFilter({ status: ['DONE', 'FAILED'] }), {
    status: 'DONE',
    after: null,
  });
  assert.deepEqual(parseItemFilter({ status: 'exploded', after: '  ' }), {
    status: null,
    after: null,
  });
  assert.deepEqual(parseItemFilter({ after: 'x'.repeat(513) }), { status: null, after: null });
  assert.deepEqual(parseItemFilter({}), { status: null, after: null });
});

test('round trip through the URL', () => {
  const href = itemFilterHref('job-1', { status: 'ENRICHING', after: 'c/+=' });
  assert.equal(href, '/ingest/jobs/job-1?status=enriching&after=c%2F%2B%3D');
  const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
  assert.deepEqual(parseItemFilter(params), { status: 'ENRICHING', after: 'c/+=' });
  assert.equal(itemFilterHref('job-1', { status: null, after: null }), '/ingest/jobs/job-1');
});

test('parseAfter', () => {
  assert.equal(parseAfter({ after: 'abc' }), 'abc');
  assert.equal(parseAfter({}), null);
});
