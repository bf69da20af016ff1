import type { IngestItem, PrismaClient } from '@quarry/prisma';
import { jobIds, type CrackJob } from '../jobs.ts';
import type { PipelineQueue } from '../queue.ts';

type Queueable = Pick<IngestItem, 'id' | 'runId'>;

/** Queues the first stage of an item's current run (idempotent: the job id derives from the run). */
export async function enqueueItem(queue: PipelineQueue, item: Queueable): Promise<void> {
  await enqueueItems(queue, [item]);
}

/** Queues the first stage of several items in one round trip to Redis. */
export async function enqueueItems(queue: PipelineQueue, items: Queueable[]): Promise<void> {
  if (items.length === 0) return;
  await queue.queue.addBulk(
    items.map((item) => {
      const data: CrackJob = { itemId: item.id, runId: item.runId };
      return { name: 'crack', data, opts: { jobId: jobIds.crack(item.id, item.runId) } };
    }),
  );
}

/**
 * Queues items recorded as waiting whose queue job may be missing: the pipeline was unreachable
 * when a retry was recorded, or Redis lost its data. Harmless for items already queued (same job
 * id). Runs when a pipeline process starts.
 */
export async function requeueWaiting(prisma: PrismaClient, queue: PipelineQueue): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await prisma.ingestItem.findMany({
      where: { status: 'queued', duplicate: false, runId: { not: '' } },
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    await enqueueItems(queue, batch);
    count += batch.length;
    if (batch.length < 500) return count;
    cursor = batch.at(-1)?.id;
  }
}
