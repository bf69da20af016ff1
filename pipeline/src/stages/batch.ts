import type { Job } from 'bullmq';
import { findItemsWithJob } from '@quarry/prisma/ingest-records';
import type { Logger } from '@quarry/service-kit';
import { jobIds, type BatchJob, type CrackJob } from '../jobs.ts';
import { JOB_OPTIONS } from '../queue.ts';
import type { StageContext } from './context.ts';
import { crackItem } from './crack.ts';

/**
 * An item of a batch that met an unexpected error (a store that blinked, a bug a file triggers)
 * goes on alone as a crack job with the usual retries and backoff, so it neither fails its
 * neighbours nor is given up at once. Files that cannot be read fail inside crackItem, with their
 * reason, like any other.
 */
async function retryAlone(ctx: StageContext, { itemId, runId }: CrackJob) {
  await retryEachAlone(ctx, [{ itemId, runId }]);
}

/**
 * The items of a batch job given up as a whole (its worker process died under it every time it
 * ran: one of its files may bring the process down) go on alone, each with the usual retries:
 * the one that kills its worker fails by itself, the others are indexed. Items already finished
 * are skipped when their job runs; an item already retried alone is not queued twice (same id).
 */
export async function retryEachAlone(ctx: StageContext, refs: readonly CrackJob[]) {
  await ctx.queue.queue.addBulk(
    refs.map(({ itemId, runId }) => {
      const data: CrackJob = { itemId, runId };
      return {
        name: 'crack',
        data,
        opts: {
          ...JOB_OPTIONS,
          jobId: jobIds.retry(itemId, runId),
          delay: JOB_OPTIONS.backoff.delay,
        },
      };
    }),
  );
}

/**
 * The crack stage for small files recorded together: one lookup for all their items, then each
 * cracked, enriched and handed to the index writer side by side, so their documents reach
 * Elasticsearch in one bulk request and their statuses in one commit. Every item keeps its own
 * outcome. Run again (a worker died), items already finished are skipped and the rest redone:
 * each document is one overwrite under its derived id.
 */
export async function batchStage(ctx: StageContext, job: Job<BatchJob>, logger: Logger) {
  const refs = job.data.items;
  const items = await findItemsWithJob(
    ctx.prisma,
    refs.map((ref) => ref.itemId),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  let retried = 0;
  await Promise.all(
    refs.map(async (ref) => {
      try {
        await crackItem(ctx, byId.get(ref.itemId) ?? null, ref.runId, logger);
      } catch (error) {
        logger.warn({ err: error, itemId: ref.itemId }, 'batch item failed; retrying it alone');
        retried++;
        await retryAlone(ctx, ref);
      }
    }),
  );
  return { items: refs.length, retried };
}
