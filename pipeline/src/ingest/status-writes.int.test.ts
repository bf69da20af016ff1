import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPrismaClient, migrate } from '@quarry/prisma';
import { testDatabases, testProviders } from '@quarry/prisma/testing';
import { markDone, markFailed, markKnowledge, markStatus, statusWriter } from './status-writes.ts';

const databases = testDatabases();
after(() => databases.dropAll());

// On every database Quarry supports here: the batch statements are partly plain SQL.
for (const { provider, skip } of testProviders()) {
  describe(provider, { skip }, () => {
    test('one batch of status changes: each item gets its own values, other runs are untouched', async () => {
      const { url } = await databases.create(provider);
      await migrate(url);
      const prisma = createPrismaClient(url);
      try {
        const collection = await prisma.collection.create({ data: { name: 'Status' } });
        const job = await prisma.ingestJob.create({
          data: { collectionId: collection.id, source: 'api', skills: '[]' },
        });
        const item = (name: string, status = 'queued') =>
          prisma.ingestItem.create({
            data: {
              jobId: job.id,
              collectionId: collection.id,
              documentId: name,
              name,
              path: name,
              sha256: '0',
              sizeBytes: 1,
              runId: `run-${name}`,
              status,
            },
          });
        const [a, b, plain, stale, finished, waiting] = await Promise.all([
          item('a'),
          item('b'),
          item('plain'),
          item('stale'),
          item('finished', 'done'),
          item('waiting'),
        ]);
        // Duplicates waiting for the outcome of the item whose bytes they repeat.
        const duplicateOf = (name: string) =>
          prisma.ingestItem.create({
            data: {
              jobId: job.id,
              collectionId: collection.id,
              documentId: name,
              name: `copy of ${name}`,
              path: `copy of ${name}`,
              sha256: '0',
              sizeBytes: 1,
              duplicate: true,
            },
          });
        const copies = await Promise.all(['plain', 'waiting', 'stale'].map(duplicateOf));
        const write = statusWriter(() => prisma);
        // Handed in within one turn: one batch, written together.
        await Promise.all([
          markStatus(write, a.id, a.runId, 'cracking'),
          markStatus(write, b.id, b.runId, 'cracking'),
          markDone(write, a.id, a.runId, { chunks: 2, mediaType: 'text/plain' }),
          markDone(write, b.id, b.runId, { chunks: 1, mediaType: 'text/html' }),
          markDone(write, plain.id, plain.runId),
          markDone(write, stale.id, 'an-older-run', { chunks: 9, mediaType: 'text/csv' }),
          markStatus(write, finished.id, finished.runId, 'cracking'),
          markFailed(write, finished.id, finished.runId, 'internal', 'late', {
            unlessFinished: true,
          }),
          markFailed(write, waiting.id, waiting.runId, 'internal', 'gave up', {
            unlessFinished: true,
          }),
        ]);
        const rows = new Map(
          (await prisma.ingestItem.findMany()).map((row) => [row.documentId, row]),
        );
        const pick = (name: string) => {
          const row = rows.get(name)!;
          return [row.status, row.chunksTotal, row.chunksDone, row.mediaType, row.attempts];
        };
        assert.deepEqual(pick('a'), ['done', 2, 2, 'text/plain', 1]);
        assert.ok(rows.get('a')!.startedAt && rows.get('a')!.finishedAt);
        assert.deepEqual(pick('b'), ['done', 1, 1, 'text/html', 1]);
        assert.deepEqual(pick('plain'), ['done', 0, 0, null, 0]);
        assert.deepEqual(pick('stale'), ['queued', 0, 0, null, 0], 'another run: untouched');
        assert.deepEqual(pick('finished'), ['done', 0, 0, null, 0], 'never rewound');
        assert.equal(rows.get('waiting')!.status, 'failed');
        assert.equal(rows.get('waiting')!.message, 'gave up');
        const outcome = async (id: string) => {
          const row = await prisma.ingestItem.findUniqueOrThrow({ where: { id } });
          return [row.status, row.reason, row.message, row.finishedAt !== null];
        };
        assert.deepEqual(await outcome(copies[0]!.id), ['done', null, null, true]);
        assert.deepEqual(await outcome(copies[1]!.id), ['failed', 'internal', 'gave up', true]);
        assert.deepEqual(
          await outcome(copies[2]!.id),
          ['queued', null, null, false],
          'its original is still waiting',
        );
      } finally {
        await prisma.$disconnect();
      }
    });

    test('the knowledge stage has its own status: queued with done, then waiting, running, done', async () => {
      const { url } = await databases.create(provider);
      await migrate(url);
      const prisma = createPrismaClient(url);
      try {
        const collection = await prisma.collection.create({ data: { name: 'Knowledge' } });
        const job = await prisma.ingestJob.create({
          data: { collectionId: collection.id, source: 'api', skills: '["entities"]' },
        });
        const item = (name: string) =>
          prisma.ingestItem.create({
            data: {
              jobId: job.id,
              collectionId: collection.id,
              documentId: name,
              name,
              path: name,
              sha256: '0',
              sizeBytes: 1,
              runId: `run-${name}`,
            },
          });
        const [enriched, searchOnly, broken] = await Promise.all([
          item('enriched'),
          item('search-only'),
          item('broken'),
        ]);
        const write = statusWriter(() => prisma);
        const read = async (id: string) => {
          const row = await prisma.ingestItem.findUniqueOrThrow({ where: { id } });
          return [row.status, row.knowledgeStatus, row.knowledgeQuality, row.knowledgeMessage];
        };
        await Promise.all([
          markDone(write, enriched.id, enriched.runId, { knowledgeQueued: true }),
          markDone(write, searchOnly.id, searchOnly.runId),
          markDone(write, broken.id, broken.runId, { knowledgeQueued: true }),
        ]);
        assert.deepEqual(await read(enriched.id), ['done', 'queued', null, null]);
        assert.deepEqual(await read(searchOnly.id), ['done', 'none', null, null]);

        // The NLP service is down: a fallback is stored and the item waits, not failed.
        await markKnowledge(write, enriched.id, enriched.runId, { status: 'running' });
        await markKnowledge(write, enriched.id, enriched.runId, {
          status: 'waiting',
          message: 'the NLP service is not reachable',
        });
        assert.deepEqual(await read(enriched.id), [
          'done',
          'waiting',
          'fallback',
          'the NLP service is not reachable',
        ]);
        await markKnowledge(write, enriched.id, enriched.runId, { status: 'running' });
        await markKnowledge(write, enriched.id, enriched.runId, {
          status: 'done',
          quality: 'full',
          message: null,
        });
        // A late job of another run, and a repeated one of this run, change nothing.
        await markKnowledge(write, enriched.id, 'an-older-run', {
          status: 'failed',
          message: 'late',
        });
        await markKnowledge(write, enriched.id, enriched.runId, { status: 'running' });
        assert.deepEqual(await read(enriched.id), ['done', 'done', 'full', null]);
        const row = await prisma.ingestItem.findUniqueOrThrow({ where: { id: enriched.id } });
        assert.equal(row.knowledgeAttempts, 2);
        assert.ok(row.knowledgeStartedAt && row.knowledgeFinishedAt);

        // A knowledge skill that is not queued for an item never starts on it.
        await markKnowledge(write, searchOnly.id, searchOnly.runId, { status: 'running' });
        assert.deepEqual(await read(searchOnly.id), ['done', 'none', null, null]);

        await markKnowledge(write, broken.id, broken.runId, { status: 'running' });
        await markKnowledge(write, broken.id, broken.runId, { status: 'failed', message: 'boom' });
        assert.deepEqual(await read(broken.id), ['done', 'failed', null, 'boom']);
      } finally {
        await prisma.$disconnect();
      }
    });
  });
}
