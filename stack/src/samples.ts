import { cp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createPrismaClient, SAMPLE_COLLECTION } from '@quarry/prisma';
import { storeConnections } from './connections.ts';
import { repoRoot } from './env.ts';
import type { StackContext } from './services/index.ts';
import { StackError } from './stack-error.ts';

type Say = (line: string) => void;

export const SAMPLES_DIR = join(repoRoot, 'samples', 'files');

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/**
 * Puts the sample corpus into the pipeline's ingest folder for the Sample collection and waits
 * until every file is indexed, so a new user's first search finds something. Copies keep their
 * timestamps: on the next run the scanner sees unchanged files and does nothing.
 */
export async function loadSamples(ctx: StackContext, say: Say, timeoutMs = 600_000): Promise<void> {
  if (!existsSync(SAMPLES_DIR)) return;
  const connections = storeConnections(ctx);
  await cp(SAMPLES_DIR, join(connections.PIPELINE_INGEST_DIR, SAMPLE_COLLECTION), {
    recursive: true,
    preserveTimestamps: true,
  });
  const expected = await countFiles(SAMPLES_DIR);
  const prisma = createPrismaClient(connections.DATABASE_URL);
  try {
    const collection = await prisma.collection.findUnique({ where: { name: SAMPLE_COLLECTION } });
    if (!collection) throw new StackError(`the ${SAMPLE_COLLECTION} collection is missing`);
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const where = { collectionId: collection.id, parentItemId: null };
      const [seen, open, failed] = await Promise.all([
        prisma.sourceFile.count({ where: { collectionId: collection.id } }),
        prisma.ingestItem.count({ where: { ...where, status: { notIn: ['done', 'failed'] } } }),
        prisma.ingestItem.count({ where: { ...where, status: 'failed' } }),
      ]);
      const line = `  sample corpus: ${seen - open}/${expected} files indexed`;
      if (line !== last) say((last = line));
      if (seen >= expected && open === 0) {
        if (failed > 0) say(`  ${failed} sample file(s) failed: see the ingest monitor`);
        return;
      }
      if (Date.now() > deadline) {
        throw new StackError(
          'the sample corpus was not indexed in time: see ./quarry logs pipeline',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    await prisma.$disconnect();
  }
}
