import type { Job } from 'bullmq';
import type { GraphDriver } from '@quarry/graph-store';
import {
  createEntityLinker,
  createGazetteerMatcher,
  createNlpClient,
  extractTriples,
  openKnowledgeBase,
  type ExtractionServices,
  type KnowledgeBase,
} from '@quarry/knowledge';
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

/** The NLP client of this process, when a service is deployed. */
function nlpClient(env: PipelineEnv) {
  if (env.CORENLP_URL === '') return null;
  return createNlpClient({
    url: env.CORENLP_URL,
    user: env.CORENLP_USER,
    password: env.CORENLP_PASSWORD,
    maxConcurrent: env.PIPELINE_NLP_CONCURRENCY,
    timeoutMs: env.PIPELINE_NLP_TIMEOUT_MS,
    maxSentenceTokens: env.PIPELINE_NLP_MAX_SENTENCE_TOKENS,
  });
}

/**
 * The knowledge base, when configured. One that is configured but missing or of another schema is
 * logged and left out: documents are still enriched, only without links and gazetteer.
 */
function knowledgeBase(env: PipelineEnv, logger: Logger): KnowledgeBase | null {
  if (env.KNOWLEDGE_BASE_DIR === '') return null;
  try {
    return openKnowledgeBase(env.KNOWLEDGE_BASE_DIR);
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'no knowledge base: entities are not linked');
    return null;
  }
}

/** The services extraction calls in this process. */
export function extractionServices(env: PipelineEnv, kb: KnowledgeBase | null): ExtractionServices {
  return {
    nlp: nlpClient(env),
    linker: kb ? createEntityLinker(kb) : null,
    gazetteer: kb ? createGazetteerMatcher(kb) : null,
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
  const kb = knowledgeBase(env, logger);
  const knowledge: KnowledgeContext = {
    env,
    prisma: () => ctx.prisma,
    status: ctx.status,
    stores: { graph, elasticsearch: ctx.elasticsearch, index: env.DOCUMENTS_INDEX },
    services: extractionServices(env, kb),
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
      kb?.close();
    },
  };
}
