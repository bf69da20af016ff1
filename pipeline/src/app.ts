import { Client } from '@elastic/elasticsearch';
import type { Job } from 'bullmq';
import neo4j from 'neo4j-driver';
import { CrackPool } from '@quarry/crackers';
import { ensureGraphSchema } from '@quarry/graph-store';
import { createPrismaClient } from '@quarry/prisma';
import { ensureSearchIndex } from '@quarry/search-index';
import { createLogger, serve, type Logger } from '@quarry/service-kit';
import type { PipelineEnv } from './env.ts';
import { watchIngestFolder } from './folder/scanner.ts';
import { enqueueRoute } from './http/enqueue-route.ts';
import { originalsRoute } from './http/originals-route.ts';
import { uploadRoute } from './http/upload-route.ts';
import { requeueWaiting } from './ingest/enqueue.ts';
import { registrar } from './ingest/registrar.ts';
import { describeFailure } from './ingest/failure-message.ts';
import { markFailed, statusWriter } from './ingest/status-writes.ts';
import { requeueOpenKnowledge, upgradeFallbacks } from './knowledge/requeue.ts';
import { startKnowledgeStage } from './knowledge/worker.ts';
import {
  jobRouter,
  type BatchJob,
  type CrackJob,
  type EnrichJob,
  type IndexJob,
  type StageHandler,
} from './jobs.ts';
import { openQueue } from './queue.ts';
import type { StageContext } from './stages/context.ts';
import { batchStage, retryEachAlone } from './stages/batch.ts';
import { crackStage } from './stages/crack.ts';
import { enrichStage } from './stages/enrich.ts';
import { indexStage } from './stages/index-document.ts';
import { indexWriter } from './stages/index-writer.ts';
import { corenlpAnswers, elasticsearchHealthy } from './readiness.ts';
import { BlobStore } from './storage/blob-store.ts';
import { DerivedStore } from './storage/derived-store.ts';

export { envSchema, type PipelineEnv } from './env.ts';

export interface StartOptions {
  logger?: Logger;
  /** Extra stage handlers by job name (tests); the real stages are always registered. */
  stages?: Record<string, StageHandler>;
}

/**
 * The last failure of any stage fails its item, with what went wrong. A batch job given up as a
 * whole fails none of its items: each goes on alone (batch.ts), so only a file that fails by
 * itself ends failed.
 */
async function recordFinalFailure(ctx: StageContext, job: Job, error: Error): Promise<void> {
  const data = job.data as Partial<CrackJob & BatchJob>;
  const refs = typeof data.itemId === 'string' ? [data as CrackJob] : (data.items ?? []);
  const valid = refs.filter(
    (ref): ref is CrackJob => typeof ref.itemId === 'string' && typeof ref.runId === 'string',
  );
  if (job.name === 'batch') {
    ctx.logger.warn({ err: error, jobId: job.id, items: valid.length }, 'batch given up');
    await retryEachAlone(ctx, valid);
    return;
  }
  const message = describeFailure(job.attemptsMade, error);
  await Promise.all(
    valid.map(({ itemId, runId }) => {
      ctx.logger.error({ err: error, jobId: job.id, stage: job.name, itemId }, 'item failed');
      return markFailed(ctx.status, itemId, runId, 'internal', message);
    }),
  );
}

/** Starts the pipeline worker, its HTTP API and, when configured, the ingest-folder scanner. */
export async function start(env: PipelineEnv, options: StartOptions = {}) {
  const logger = options.logger ?? createLogger('pipeline', env.LOG_LEVEL);
  const elasticsearch = new Client({ node: env.ELASTICSEARCH_URL });
  await ensureSearchIndex(elasticsearch, env.DOCUMENTS_INDEX);
  const prisma = createPrismaClient(env.DATABASE_URL);
  // The knowledge stage's graph: constraints and indexes before the first write.
  const graph = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
  await ensureGraphSchema(graph);
  // The context is complete before the worker takes its first job (handlers close over it).
  const ctx = {
    env,
    prisma,
    blobs: new BlobStore(env.PIPELINE_DATA_DIR),
    derived: new DerivedStore(env.PIPELINE_DATA_DIR),
    elasticsearch,
    logger,
    // One thread per job the process runs at once: a batch's files take turns.
    cracker: new CrackPool({
      threads: env.PIPELINE_CONCURRENCY,
      timeoutMs: env.PIPELINE_CRACK_TIMEOUT_MS,
      maxHeapMb: env.PIPELINE_CRACK_MEMORY_MB,
    }),
  } as StageContext;
  // Read the clients per batch: tests and the benchmark swap them on the context.
  ctx.status = statusWriter(() => ctx.prisma);
  ctx.register = registrar(
    () => ctx.prisma,
    () => ctx.queue,
  );
  // Ready before the first file arrives: a thread takes seconds to load the crackers under load.
  await ctx.cracker.warm();
  ctx.indexer = indexWriter(() => ({
    elasticsearch: ctx.elasticsearch,
    prisma: ctx.prisma,
    index: env.DOCUMENTS_INDEX,
  }));
  const stages: Record<string, StageHandler> = {
    ...options.stages,
    // Job data comes from our own stages (jobs.ts); the queue itself is untyped.
    crack: (job, log) => crackStage(ctx, job as Job<CrackJob>, log),
    batch: (job, log) => batchStage(ctx, job as Job<BatchJob>, log),
    enrich: (job, log) => enrichStage(ctx, job as Job<EnrichJob>, log),
    index: (job, log) => indexStage(ctx, job as Job<IndexJob>, log),
  };
  const queue = openQueue({
    redisUrl: env.REDIS_URL,
    name: env.PIPELINE_QUEUE,
    concurrency: env.PIPELINE_CONCURRENCY,
    batching: {
      docs: env.PIPELINE_BATCH_DOCS,
      maxBytes: env.PIPELINE_BATCH_MAX_BYTES,
      totalBytes: env.PIPELINE_BATCH_TOTAL_BYTES,
    },
    lockMs: env.PIPELINE_LOCK_MS,
    handle: jobRouter(stages, logger),
    onFinalFailure: (job, error) => recordFinalFailure(ctx, job, error),
    logger,
  });
  ctx.queue = queue;
  ctx.knowledge = startKnowledgeStage(ctx, graph, logger);
  const requeued = await requeueWaiting(prisma, queue);
  if (requeued > 0) logger.info({ requeued }, 'queued items that were waiting');
  // Fallbacks stored while no NLP service was configured are upgraded now that one is.
  const upgraded = env.CORENLP_URL === '' ? 0 : await upgradeFallbacks(prisma, ctx.knowledge);
  if (upgraded > 0) logger.info({ upgraded }, 'queued fallback knowledge for the NLP service');
  const knowledgeRequeued = await requeueOpenKnowledge(prisma, ctx.knowledge);
  if (knowledgeRequeued > 0) {
    logger.info({ knowledgeRequeued }, 'queued the knowledge stage of items still open');
  }
  const folder = env.PIPELINE_INGEST_DIR ? watchIngestFolder(ctx, queue.connection) : null;

  const server = await serve({
    name: 'pipeline',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: {
      redis: () => queue.ping(),
      elasticsearch: () => elasticsearchHealthy(env.ELASTICSEARCH_URL),
      neo4j: () => graph.verifyConnectivity().then(() => undefined),
      // Not deployed: the knowledge stage stores its fallback, nothing to wait for.
      ...(env.CORENLP_URL === '' ? {} : { corenlp: () => corenlpAnswers(env) }),
    },
    routes: {
      '/ingest/jobs/*': uploadRoute(ctx),
      '/ingest/enqueue': enqueueRoute(ctx),
      '/originals/*': originalsRoute(ctx),
    },
  });
  return {
    url: server.url,
    queue: queue.queue,
    knowledgeQueue: ctx.knowledge.queue.queue,
    context: ctx,
    async close() {
      await server.close();
      await folder?.stop();
      await ctx.register.drain();
      await queue.close();
      await ctx.knowledge.close();
      await ctx.cracker.close();
      await ctx.indexer.drain();
      await ctx.status.drain();
      await graph.close();
      await prisma.$disconnect();
      await elasticsearch.close();
    },
  };
}
