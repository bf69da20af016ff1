import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeFailure } from './failure-message.ts';

function named(name: string, message: string, code?: string): Error {
  const error = new Error(message) as NodeJS.ErrnoException;
  error.name = name;
  if (code) error.code = code;
  return error;
}

test('store outages are named for people, without addresses', () => {
  assert.equal(
    describeFailure(3, named('ConnectionError', 'connect ECONNREFUSED 10.0.3.7:9200')),
    'gave up after 3 attempts: the search index (Elasticsearch) could not be reached',
  );
  assert.equal(
    describeFailure(2, named('PrismaClientKnownRequestError', 'SQLITE_BUSY at /srv/db')),
    'gave up after 2 attempts: the ingest database could not be reached',
  );
  assert.equal(
    describeFailure(3, named('Error', 'ENOSPC: no space left, write /data/x', 'ENOSPC')),
    'gave up after 3 attempts: storage error (ENOSPC)',
  );
});

test('a file whose worker process died under it every time says so', () => {
  assert.match(
    describeFailure(1, new Error('job stalled more than allowable limit')),
    /^gave up: the pipeline process working on it stopped every time/,
  );
});

test('any other message keeps its words but loses hosts and URLs', () => {
  const text = describeFailure(
    1,
    new Error('bad reply from http://es-0.internal:9200/x and 192.168.1.4:6379'),
  );
  assert.equal(text, 'gave up after 1 attempts: bad reply from <address> and <address>');
});
