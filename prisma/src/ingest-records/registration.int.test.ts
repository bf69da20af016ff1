import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPrismaClient, migrate } from '../index.ts';
import { testDatabases, testProviders } from '../testing.ts';
import { registerFiles } from './registration.ts';

const databases = testDatabases();
after(() => databases.dropAll());

const blob = (sha: string, sizeBytes = 10) => ({ sha256: sha.repeat(64).slice(0, 64), sizeBytes });

// On every database Quarry supports here: the items are inserted with plain SQL.
for (const { provider, skip } of testProviders()) {
  describe(provider, { skip }, () => {
    test('a batch is decided file by file, each seeing the ones before it', async () => {
      const { url } = await databases.create(provider);
      await migrate(url);
      const prisma = createPrismaClient(url);
      try {
        const collection = await prisma.collection.create({ data: { name: 'Batch' } });
        const job = await prisma.ingestJob.create({
          data: { collectionId: collection.id, source: 'api' },
        });
        const file = (path: string, sha: string) => ({
          jobId: job.id,
          collectionId: collection.id,
          path,
          name: path,
          blob: blob(sha),
        });
        const before = new Date();
        const [first, sameBytes, changed, other] = await registerFiles(prisma, [
          file('a.txt', 'a'),
          file('copy-of-a.txt', 'a'),
          file('a.txt', 'b'),
          file('c.txt', 'c'),
        ]);
        assert.equal(first?.status, 'queued');
        assert.equal(first?.version, 1);
        assert.ok(first?.runId);
        // The same bytes later in the same batch are a duplicate of the first file, waiting for
        // its outcome.
        assert.equal(sameBytes?.duplicate, true);
        assert.equal(sameBytes?.status, 'queued');
        assert.equal(sameBytes?.documentId, first?.documentId);
        assert.equal(sameBytes?.runId, '');
        // New bytes at the same path are its next version.
        assert.equal(changed?.version, 2);
        assert.equal(changed?.lineageId, first?.lineageId);
        assert.notEqual(changed?.documentId, first?.documentId);
        assert.equal(other?.version, 1);

        // Stored as Prisma reads them back: defaults, booleans, timestamps.
        const stored = await prisma.ingestItem.findUniqueOrThrow({ where: { id: changed.id } });
        assert.equal(stored.replacesDocumentId, first?.documentId);
        assert.deepEqual(
          [stored.status, stored.duplicate, stored.attempts, stored.depth, stored.finishedAt],
          ['queued', false, 0, 0, null],
        );
        assert.ok(stored.createdAt >= new Date(before.getTime() - 1000));
        assert.ok(stored.updatedAt.getTime() === stored.createdAt.getTime());
        const duplicate = await prisma.ingestItem.findUniqueOrThrow({
          where: { id: sameBytes.id },
        });
        assert.deepEqual(
          [duplicate.status, duplicate.duplicate, duplicate.finishedAt],
          ['queued', true, null],
        );
        const oldestFirst = await prisma.ingestItem.findMany({
          where: { jobId: job.id, duplicate: false },
          orderBy: [{ createdAt: 'asc' }, { version: 'asc' }],
        });
        assert.equal(oldestFirst.length, 3);

        const source = await prisma.sourceFile.findUniqueOrThrow({
          where: { collectionId_path: { collectionId: collection.id, path: 'a.txt' } },
        });
        assert.deepEqual(
          { documentId: source.documentId, version: source.version },
          { documentId: changed?.documentId, version: 2 },
        );
        const copy = await prisma.sourceFile.findUniqueOrThrow({
          where: { collectionId_path: { collectionId: collection.id, path: 'copy-of-a.txt' } },
        });
        assert.equal(copy.documentId, first?.documentId);
        assert.ok(copy.updatedAt instanceof Date);
        assert.equal(copy.fingerprint, '');

        // A later batch continues the lineage where the first left it.
        const [third] = await registerFiles(prisma, [file('a.txt', 'd')]);
        assert.equal(third?.version, 3);

        // A duplicate of a document already done is done at once.
        await prisma.ingestItem.update({ where: { id: other.id }, data: { status: 'done' } });
        const [copyOfDone] = await registerFiles(prisma, [file('copy-of-c.txt', 'c')]);
        assert.deepEqual([copyOfDone?.duplicate, copyOfDone?.status], [true, 'done']);
        const storedCopy = await prisma.ingestItem.findUniqueOrThrow({
          where: { id: copyOfDone!.id },
        });
        assert.ok(storedCopy.finishedAt instanceof Date);
      } finally {
        await prisma.$disconnect();
      }
    });
  });
}
