import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestWorld, type TestWorld } from '../test-support.ts';
import { registerFiles } from './register-files.ts';

let world: TestWorld;

before(async () => {
  world = await createTestWorld(process.env);
});

after(() => world.cleanup());

const blob = (sha: string, sizeBytes = 10) => ({ sha256: sha.repeat(64).slice(0, 64), sizeBytes });

test('a batch is decided file by file, each seeing the ones before it', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Batch' } });
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api' },
  });
  const file = (path: string, sha: string) => ({
    jobId: job.id,
    collectionId: collection.id,
    path,
    name: path,
    blob: blob(sha),
  });
  const [first, sameBytes, changed, other] = await registerFiles(world.prisma, [
    file('a.txt', 'a'),
    file('copy-of-a.txt', 'a'),
    file('a.txt', 'b'),
    file('c.txt', 'c'),
  ]);
  assert.equal(first?.status, 'queued');
  assert.equal(first?.version, 1);
  assert.ok(first?.runId);
  // The same bytes later in the same batch are a duplicate of the first file.
  assert.equal(sameBytes?.duplicate, true);
  assert.equal(sameBytes?.status, 'done');
  assert.equal(sameBytes?.documentId, first?.documentId);
  assert.equal(sameBytes?.runId, '');
  // New bytes at the same path are its next version.
  assert.equal(changed?.version, 2);
  assert.equal(changed?.lineageId, first?.lineageId);
  assert.notEqual(changed?.documentId, first?.documentId);
  assert.equal(other?.version, 1);

  const stored = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: changed.id } });
  assert.equal(stored.replacesDocumentId, first?.documentId);
  assert.equal(stored.status, 'queued');
  const source = await world.prisma.sourceFile.findUniqueOrThrow({
    where: { collectionId_path: { collectionId: collection.id, path: 'a.txt' } },
  });
  assert.deepEqual(
    { documentId: source.documentId, version: source.version },
    { documentId: changed?.documentId, version: 2 },
  );
  const copy = await world.prisma.sourceFile.findUniqueOrThrow({
    where: { collectionId_path: { collectionId: collection.id, path: 'copy-of-a.txt' } },
  });
  assert.equal(copy.documentId, first?.documentId);

  // A later batch continues the lineage where the first left it.
  const [third] = await registerFiles(world.prisma, [file('a.txt', 'd')]);
  assert.equal(third?.version, 3);
});
