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
        'NEO4J_URI',
        'NEO4J_PASSWORD',
        'PIPELINE_CONCURRENCY="0"',
      ]) {
        assert.ok(text.includes(name), `missing ${name} in:\n${text}`);
      }
      return true;
    },
  );
});

const complete = {
  REDIS_URL: 'redis://:p@127.0.0.1:6379',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
  NEO4J_URI: 'bolt://127.0.0.1:7687',
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'secret',
  DATABASE_URL: 'file:./quarry.db',
  QUARRY_JWT_SECRET: 'x'.repeat(32),
  PIPELINE_DATA_DIR: '/srv/quarry',
};
const nlp = {
  CORENLP_URL: 'http://127.0.0.1:9000',
  CORENLP_USER: 'quarry',
  CORENLP_PASSWORD: 'a-long-enough-password',
};

test('a complete environment parses with defaults', () => {
  const env = parseEnv('pipeline', envSchema, { ...complete, ...nlp });
  assert.equal(env.PORT, 4004);
  assert.equal(env.PIPELINE_INGEST_DIR, '', 'the ingest folder is off unless set');
  assert.equal(env.PIPELINE_MAX_FILE_BYTES, 200 * 1024 * 1024);
  assert.equal(env.HOST, '127.0.0.1');
  assert.equal(env.PIPELINE_CONCURRENCY, 2);
});

test('the NLP service is optional, but when it is named its credentials are required', () => {
  const without = parseEnv('pipeline', envSchema, complete);
  assert.equal(without.CORENLP_URL, '', 'not deployed: the knowledge stage stores its fallback');
  assert.equal(without.PIPELINE_KNOWLEDGE_CONCURRENCY, 1);
  assert.throws(
    () => parseEnv('pipeline', envSchema, { ...complete, CORENLP_URL: nlp.CORENLP_URL }),
    (error: unknown) => {
      assert.ok(error instanceof EnvError);
      assert.match(error.problems.join('\n'), /CORENLP_USER[\s\S]*CORENLP_PASSWORD/);
      return true;
    },
  );
});
