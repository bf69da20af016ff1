import type { IngestItem } from '@quarry/prisma';
import { jobIds, type CrackJob } from '../jobs.ts';
import type { PipelineQueue } from '../queue.ts';

/** Queues the first stage of an item's current run (idempotent: the job id derives from the run). */
export async function enqueueItem(queue: PipelineQueue, item: IngestItem): Promise<void> {
  const data: CrackJob = { itemId: item.id, runId: item.runId };
  await queue.queue.add('crack', data, { jobId: jobIds.crack(item.id, item.runId) });
}
