import type { IngestItem, PrismaClient } from '@quarry/prisma';
import { jobIds, type BatchJob, type CrackJob } from '../jobs.ts';
import type { PipelineQueue } from '../queue.ts';

type Queueable = Pick<IngestItem, 'id' | 'runId' | 'sizeBytes'>;

/** Which items share a batch job (see `PIPELINE_BATCH_*` in env.ts). */
export interface BatchLimits {
  /** Most items in one batch job; 1 queues every item alone. */
  docs: number;
  /** Larger files always get a job of their own: a batch holds its files in memory together. */
  maxBytes: number;
  /** Most bytes of files in one batch job, for the same reason (a file alone may be larger). */
  totalBytes: number;
}

type QueuedJob = { name: 'crack'; data: CrackJob } | { name: 'batch'; data: BatchJob };

/**
 * The queue jobs for items recorded together: small files in batch jobs of up to `limits.docs`
 * files and `limits.totalBytes`, the others (and a batch of one) in crack jobs of their own. Job
 * ids derive from the runs, so queueing the same items twice adds nothing.
 */
export function jobsFor(items: readonly Queueable[], limits: BatchLimits) {
  const jobs: Array<QueuedJob & { opts: { jobId: string } }> = [];
  const alone = (item: Queueable) => {
    const data: CrackJob = { itemId: item.id, runId: item.runId };
    jobs.push({ name: 'crack', data, opts: { jobId: jobIds.crack(item.id, item.runId) } });
  };
  const small = items.filter((item) => item.sizeBytes <= limits.maxBytes);
  items.filter((item) => item.sizeBytes > limits.maxBytes).forEach(alone);
  let group: Queueable[] = [];
  let groupBytes = 0;
  const close = () => {
    if (group.length === 1) alone(group[0]!);
    else if (group.length > 1) {
      const refs = group.map((item) => ({ itemId: item.id, runId: item.runId }));
      const data: BatchJob = { items: refs };
      jobs.push({ name: 'batch', data, opts: { jobId: jobIds.batch(refs[0]!) } });
    }
    group = [];
    groupBytes = 0;
  };
  for (const item of small) {
    const full = group.length >= limits.docs || groupBytes + item.sizeBytes > limits.totalBytes;
    if (group.length > 0 && full) close();
    group.push(item);
    groupBytes += item.sizeBytes;
  }
  close();
  return jobs;
}

/** Queues the first stage of an item's current run (idempotent: the job id derives from the run). */
export async function enqueueItem(queue: PipelineQueue, item: Queueable): Promise<void> {
  await enqueueItems(queue, [item]);
}

/** Queues the first stage of several items in one round trip to Redis. */
export async function enqueueItems(queue: PipelineQueue, items: Queueable[]): Promise<void> {
  if (items.length === 0) return;
  await queue.queue.addBulk(jobsFor(items, queue.batching));
}

/** Items named by the jobs still waiting or running in the queue (batch jobs name several). */
async function itemsInQueue(queue: PipelineQueue): Promise<Set<string>> {
  const ids = new Set<string>();
  const states = ['waiting', 'active', 'delayed', 'prioritized', 'paused'] as const;
  for (let from = 0; ; from += 1_000) {
    const jobs = await queue.queue.getJobs([...states], from, from + 999, true);
    for (const job of jobs) {
      const data = job.data as Partial<CrackJob & BatchJob>;
      if (typeof data.itemId === 'string') ids.add(data.itemId);
      for (const ref of data.items ?? []) ids.add(ref.itemId);
    }
    if (jobs.length < 1_000) return ids;
  }
}

/**
 * Queues items recorded as waiting that no queued job names: the pipeline was unreachable when a
 * retry was recorded, a process died between recording uploads and queueing them, or Redis lost
 * its data. Items a waiting job already carries are left to it (job ids of batches depend on how
 * items were grouped, so the same items queued again would be worked twice). Runs when a pipeline
 * process starts.
 */
export async function requeueWaiting(prisma: PrismaClient, queue: PipelineQueue): Promise<number> {
  const inQueue = await itemsInQueue(queue);
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.ingestItem.findMany({
      where: { status: 'queued', duplicate: false, runId: { not: '' } },
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    const missing = page.filter((item) => !inQueue.has(item.id));
    await enqueueItems(queue, missing);
    count += missing.length;
    if (page.length < 500) return count;
    cursor = page.at(-1)?.id;
  }
}
