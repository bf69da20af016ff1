import type { Job } from 'bullmq';
import type { GraphDriver } from '@quarry/graph-store';
import { createNlpClient, extractTriples, type ExtractionServices } from '@quarry/knowledge';
import type { Logger } from '@quarry/service-kit';
import type { PipelineEnv } from '../env.ts';
import { describeFailure } from '../ingest/failure-message.ts';
import { markKnowledge } from '../ingest/status-writes.ts';
import { jobIds, knowledgeQueueName, type KnowledgeJob } from '../jobs.ts';
import { JOB_OPTIONS, openQueue, type PipelineQueue } from '../queue.ts';
import type { StageContext } from '../stages/context.ts';
import { knowledgeStage, type KnowledgeContext } from './stage.ts';

/** The knowledge stage of a pipeline process: its queue, worker and NLP client. */
export interface KnowledgeStage {
  queue: PipelineQueue;
  /** Queues the knowledge stage of items marked queued (markDone with knowledgeQueued). */
  enqueue(refs: readonly KnowledgeJob[]): Promise<void>;
  /**
   * Queues the knowledge stage of items whose stage already finished once in this run: the job kept
   * under the same id is removed first (a new job of a known id would be ignored).
   */
  enqueueAgain(refs: readonly KnowledgeJob[]): Promise<void>;
  close(): Promise<void>;
}

/** The services extraction calls in this process; the NLP client only when one is deployed. */
export function extractionServices(env: PipelineEnv): ExtractionServices {
  return {
    nlp:
      env.CORENLP_URL === ''
        ? null
        : createNlpClient({
            url: env.CORENLP_URL,
            user: env.CORENLP_USER,
            password: env.CORENLP_PASSWORD,
            maxConcurrent: env.PIPELINE_NLP_CONCURRENCY,
            timeoutMs: env.PIPELINE_NLP_TIMEOUT_MS,
            maxSentenceTokens: env.PIPELINE_NLP_MAX_SENTENCE_TOKENS,
          }),
    linker: null,
    gazetteer: null,
    triples: extractTriples,
  };
}

/**
 * Starts the knowledge worker on `<PIPELINE_QUEUE>-knowledge` with its own concurrency
 * (PIPELINE_KNOWLEDGE_CONCURRENCY), so a slow or absent NLP service never delays cracking and
 * indexing. Its last failure marks the item's knowledge stage failed (the document stays searchable).
 */
export function startKnowledgeStage(
  ctx: StageContext,
  graph: GraphDriver,
  logger: Logger,
): KnowledgeStage {
  const { env } = ctx;
  const closing = new AbortController();
  const knowledge: KnowledgeContext = {
    env,
    prisma: () => ctx.prisma,
    status: ctx.status,
    stores: { graph, elasticsearch: ctx.elasticsearch, index: env.DOCUMENTS_INDEX },
    services: extractionServices(env),
    closing: closing.signal,
  };
  const log = logger.child({ stage: 'knowledge' });
  const queue = openQueue({
    redisUrl: env.REDIS_URL,
    name: knowledgeQueueName(env.PIPELINE_QUEUE),
    concurrency: env.PIPELINE_KNOWLEDGE_CONCURRENCY,
    batching: ctx.queue.batching,
    lockMs: env.PIPELINE_LOCK_MS,
    handle: (job, token) =>
      knowledgeStage(knowledge, job as Job<KnowledgeJob>, token, log.child({ jobId: job.id })),
    onFinalFailure: async (job, error) => {
      const { itemId, runId } = job.data as Partial<KnowledgeJob>;
      if (typeof itemId !== 'string' || typeof runId !== 'string') return;
      log.error({ err: error, jobId: job.id, itemId }, 'knowledge stage failed');
      await markKnowledge(ctx.status, itemId, runId, {
        status: 'failed',
        message: describeFailure(job.attemptsMade, error),
      });
    },
    logger: log,
  });
  const enqueue = async (refs: readonly KnowledgeJob[]) => {
    if (refs.length === 0) return;
    await queue.queue.addBulk(
      refs.map(({ itemId, runId }) => ({
        name: 'knowledge',
        data: { itemId, runId } satisfies KnowledgeJob,
        opts: { ...JOB_OPTIONS, jobId: jobIds.knowledge(itemId, runId) },
      })),
    );
  };
  return {
    queue,
    enqueue,
    async enqueueAgain(refs) {
      for (const { itemId, runId } of refs) {
        // Refused while another process runs it: then that run is the one wanted anyway.
        await queue.queue.remove(jobIds.knowledge(itemId, runId)).catch(() => 0);
      }
      await enqueue(refs);
    },
    async close() {
      // Work in flight goes back to the queue (stage.ts) instead of holding the shutdown up for as
      // long as the NLP service takes.
      closing.abort();
      await queue.close();
    },
  };
}
