import type { PrismaClient } from '@quarry/prisma';
import { OPEN_KNOWLEDGE_STATUSES } from '@quarry/prisma/ingest-records';
import type { KnowledgeStage } from './worker.ts';

const PAGE = 500;

/**
 * Queues the knowledge stage of every item whose stage is still open (queued, running, waiting):
 * a process that died between marking an item done and queueing its knowledge job, or Redis that
 * lost its data. Job ids derive from item and run, so items whose job is still in the queue
 * (waiting, delayed for the NLP service, or running on another replica) are not queued twice.
 * Runs when a pipeline process starts.
 */
export async function requeueOpenKnowledge(
  prisma: PrismaClient,
  stage: KnowledgeStage,
): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.ingestItem.findMany({
      where: { knowledgeStatus: { in: [...OPEN_KNOWLEDGE_STATUSES] }, status: 'done' },
      select: { id: true, runId: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    await stage.enqueue(page.map((item) => ({ itemId: item.id, runId: item.runId })));
    count += page.length;
    if (page.length < PAGE) return count;
    cursor = page.at(-1)?.id;
  }
}

/**
 * With the NLP service deployed, documents whose knowledge is only the fallback (stored while no
 * service was configured) are queued again, to be upgraded to full quality. Runs when a pipeline
 * process starts with CORENLP_URL set; returns how many were queued.
 */
export async function upgradeFallbacks(
  prisma: PrismaClient,
  stage: KnowledgeStage,
): Promise<number> {
  let count = 0;
  for (;;) {
    const page = await prisma.ingestItem.findMany({
      where: { status: 'done', knowledgeStatus: 'done', knowledgeQuality: 'fallback' },
      select: { id: true, runId: true },
      take: PAGE,
    });
    if (page.length === 0) return count;
    await prisma.ingestItem.updateMany({
      where: { id: { in: page.map((item) => item.id) }, knowledgeStatus: 'done' },
      data: { knowledgeStatus: 'queued', knowledgeMessage: null, knowledgeFinishedAt: null },
    });
    await stage.enqueueAgain(page.map((item) => ({ itemId: item.id, runId: item.runId })));
    count += page.length;
  }
}
