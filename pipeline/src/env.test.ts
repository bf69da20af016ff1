import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EnvError, parseEnv } from '@quarry/service-kit';
import { envSchema } from './env.ts';

test('every environment problem is listed at once', () => {
  assert.throws(
    () =>
      parseEnv('pipeline', envSchema, {
        PORT: 'eighty',
        REDIS_URL: 'http://x',
        PIPELINE_CONCURRENCY: '0',
      }),
    (error: unknown) => {
      assert.ok(error instanceof EnvError);
      const text = error.problems.join('\n');
      for (const name of [
        'PORT="eighty"',
        'REDIS_URL="http://x"',
        'ELASTICSEARCH_URL',
        'CORENLP_URL',
        'CORENLP_PASSWORD',
        'PIPELINE_CONCURRENCY="0"',
      ]) {
        assert.ok(text.includes(name), `missing ${name} in:\n${text}`);
      }
      return true;
    },
  );
});

test('a complete environment parses with defaults', () => {
  const env = parseEnv('pipeline', envSchema, {
    REDIS_URL: 'redis://:p@127.0.0.1:6379',
    ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
    CORENLP_URL: 'http://127.0.0.1:9000',
    CORENLP_USER: 'quarry',
    CORENLP_PASSWORD: 'a-long-enough-password',
    DATABASE_URL: 'file:./quarry.db',
    QUARRY_JWT_SECRET: 'x'.repeat(32),
    PIPELINE_DATA_DIR: '/srv/quarry',
  });
  assert.equal(env.PORT, 4004);
  assert.equal(env.PIPELINE_INGEST_DIR, '', 'the ingest folder is off unless set');
  assert.equal(env.PIPELINE_MAX_FILE_BYTES, 200 * 1024 * 1024);
  assert.equal(env.HOST, '127.0.0.1');
  assert.equal(env.PIPELINE_CONCURRENCY, 2);
});
