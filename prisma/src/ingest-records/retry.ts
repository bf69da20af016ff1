import type { Prisma, PrismaClient } from '../../generated/sqlite/client.ts';
import type { IngestItem } from '../../generated/sqlite/client.ts';
import { createId } from './ids.ts';

/**
 * A failed item may run again only when it can succeed: its original was stored (a file refused
 * before it was stored, as too large, has no bytes to read) and it is not a duplicate (a duplicate
 * takes the outcome of what it duplicates, which is what to retry).
 */
export const RETRYABLE = {
  status: 'failed',
  duplicate: false,
  sha256: { not: '' },
} satisfies Prisma.IngestItemWhereInput;

export function isRetryable(item: Pick<IngestItem, 'status' | 'duplicate' | 'sha256'>): boolean {
  return item.status === 'failed' && !item.duplicate && item.sha256 !== '';
}

/**
 * Marks retryable failed items among `where` as waiting again (reason cleared); the pipeline gives
 * them a new run when it queues them. Returns how many were marked.
 */
export async function markForRetry(
  prisma: PrismaClient,
  where: Prisma.IngestItemWhereInput,
): Promise<number> {
  const { count } = await prisma.ingestItem.updateMany({
    where: { AND: [where, RETRYABLE] },
    data: { status: 'queued', reason: null, message: null },
  });
  return count;
}

/**
 * Puts items back in the queue state with a fresh run id; returns those that may be queued: items
 * waiting, or failed and retryable. Never a running item (it is not restarted under its worker).
 * Duplicates that took a failure of one of these items wait again for its new outcome.
 */
export async function startNewRuns(
  prisma: PrismaClient,
  itemIds: readonly string[],
): Promise<IngestItem[]> {
  const items = await prisma.ingestItem.findMany({
    where: {
      id: { in: [...itemIds] },
      OR: [{ status: 'queued', duplicate: false, sha256: { not: '' } }, RETRYABLE],
    },
  });
  const queued: IngestItem[] = [];
  for (const item of items) {
    queued.push(
      await prisma.ingestItem.update({
        where: { id: item.id },
        data: {
          status: 'queued',
          reason: null,
          message: null,
          runId: createId(),
          chunksDone: 0,
          finishedAt: null,
          // The new run decides again whether and how its knowledge stage runs.
          knowledgeStatus: 'none',
          knowledgeQuality: null,
          knowledgeMessage: null,
          knowledgeStartedAt: null,
          knowledgeFinishedAt: null,
        },
      }),
    );
  }
  const failedBefore = items.filter((item) => item.status === 'failed');
  if (failedBefore.length > 0) {
    await prisma.ingestItem.updateMany({
      where: {
        duplicate: true,
        status: 'failed',
        documentId: { in: failedBefore.map((item) => item.documentId) },
      },
      data: { status: 'queued', reason: null, message: null, finishedAt: null },
    });
  }
  return queued;
}
