import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { createLogger } from '@quarry/service-kit';
import { start } from './app.ts';
import type { PipelineEnv } from './env.ts';
import { createTestWorld, type TestWorld } from './test-support.ts';

const logger = createLogger('pipeline-test', 'silent');
let world: TestWorld;
let base: PipelineEnv;
let pipeline: Awaited<ReturnType<typeof start>>;
let events: QueueEvents;
let eventsConnection: Redis;

before(async () => {
  world = await createTestWorld(process.env);
  base = world.env;
  pipeline = await start(base, {
    logger,
    stages: {
      echo: async (job) => ({ echoed: job.data }),
      explode: async () => {
        throw new Error('this document is broken');
      },
    },
  });
  eventsConnection = new Redis(base.REDIS_URL, { maxRetriesPerRequest: null });
  events = new QueueEvents(base.PIPELINE_QUEUE, { connection: eventsConnection });
  // Fail fast (not hang) when the test stack's Redis is not there.
  await Promise.race([
    events.waitUntilReady(),
    new Promise((_, reject) =>
      setTimeout(
        () =>
          reject(
            new Error(`Redis at ${base.REDIS_URL.replace(/:[^:@]*@/, ':***@')} did not answer`),
          ),
        10_000,
      ).unref(),
    ),
  ]);
});

after(async () => {
  await events.close();
  eventsConnection.disconnect();
  await pipeline.close();
  await world.cleanup();
});

test('/readyz reports redis, elasticsearch, neo4j and corenlp reachable', async () => {
  const response = await fetch(`${pipeline.url}/readyz`);
  const body = (await response.json()) as {
    ready: boolean;
    checks: Record<string, { ok: boolean }>;
  };
  assert.equal(response.status, 200);
  assert.deepEqual(Object.keys(body.checks).sort(), ['corenlp', 'elasticsearch', 'neo4j', 'redis']);
  assert.ok(Object.values(body.checks).every((c) => c.ok));
});

test('a job runs through the durable queue on real Redis', async () => {
  const job = await pipeline.queue.add('echo', { n: 42 });
  assert.deepEqual(await job.waitUntilFinished(events, 10_000), { echoed: { n: 42 } });
});

test('a failing job fails alone, with its reason, and the next job still runs', async () => {
  const bad = await pipeline.queue.add('explode', {}, { attempts: 1 });
  await assert.rejects(bad.waitUntilFinished(events, 10_000), /this document is broken/);
  const good = await pipeline.queue.add('echo', { after: 'failure' }, { attempts: 1 });
  assert.deepEqual(await good.waitUntilFinished(events, 10_000), { echoed: { after: 'failure' } });
});

test('a job nobody handles fails with a clear reason', async () => {
  const job = await pipeline.queue.add('no-such-stage', {}, { attempts: 1 });
  await assert.rejects(
    job.waitUntilFinished(events, 10_000),
    /no pipeline stage handles jobs named "no-such-stage"/,
  );
});

test('/readyz refuses CoreNLP with wrong credentials', async () => {
  const wrong = await start({ ...base, CORENLP_PASSWORD: 'not-the-right-password' }, { logger });
  try {
    const response = await fetch(`${wrong.url}/readyz`);
    const body = (await response.json()) as {
      checks: Record<string, { ok: boolean; error?: string }>;
    };
    assert.equal(response.status, 503);
    assert.match(body.checks.corenlp?.error ?? '', /401/);
  } finally {
    await wrong.close();
  }
});

test('/readyz names the store that is down', async () => {
  const broken = await start({ ...base, CORENLP_URL: 'http://127.0.0.1:9' }, { logger });
  try {
    const response = await fetch(`${broken.url}/readyz`);
    const body = (await response.json()) as {
      ready: boolean;
      checks: Record<string, { ok: boolean; error?: string }>;
    };
    assert.equal(response.status, 503);
    assert.equal(body.checks.corenlp?.ok, false);
    assert.equal(body.checks.redis?.ok, true);
  } finally {
    await broken.close();
  }
});

test('/readyz leaves the NLP service out when none is deployed', async () => {
  const without = await start({ ...base, CORENLP_URL: '' }, { logger });
  try {
    const response = await fetch(`${without.url}/readyz`);
    const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(body.checks).sort(), ['elasticsearch', 'neo4j', 'redis']);
  } finally {
    await without.close();
  }
});
