import { FlowProducer, Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '@quarry/service-kit';
import type { BatchLimits } from './ingest/enqueue.ts';

/** `token` is the job's lock, which moving the job back to the delayed set needs. */
export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/** Retries with exponential backoff: a store that blinks does not fail a document. */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: 1_000,
  removeOnFail: 5_000,
} as const;

export interface QueueOptions {
  redisUrl: string;
  /** The durable job queue every pipeline replica consumes (Redis + BullMQ; see docs/adr/0002). */
  name: string;
  concurrency: number;
  /** How small files recorded together share queue jobs. */
  batching: BatchLimits;
  /** How long a worker holds a job before a stalled-job check hands it to another worker. */
  lockMs: number;
  handle: JobHandler;
  /** Called once a job has failed for the last time (no retry left). */
  onFinalFailure: (job: Job, error: Error) => Promise<void>;
  logger: Logger;
}

export interface PipelineQueue {
  queue: Queue;
  flows: FlowProducer;
  worker: Worker;
  batching: BatchLimits;
  /** The non-blocking connection, for small coordination commands (locks). */
  connection: Redis;
  /** Resolves when Redis answers PING. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects the queue and starts a worker. A job whose handler throws fails alone: the worker goes
 * on with the next one. A worker that dies mid-job stops renewing its lock; after `lockMs` the
 * stalled-job check puts the job back and another worker (or the restarted one) resumes it.
 */
export function openQueue(options: QueueOptions): PipelineQueue {
  const { logger } = options;
  // BullMQ needs maxRetriesPerRequest null for its blocking commands.
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (error: Error) =>
    logger.warn({ err: error.message }, 'redis connection problem'),
  );
  const queue = new Queue(options.name, { connection, defaultJobOptions: JOB_OPTIONS });
  const flows = new FlowProducer({ connection });
  // The worker blocks on its own connection. BullMQ leaves connections it was handed open on close,
  // so close() below disconnects both.
  const workerConnection = connection.duplicate();
  const worker = new Worker(options.name, options.handle, {
    connection: workerConnection,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: Math.max(1_000, Math.floor(options.lockMs / 2)),
    maxStalledCount: 2,
    autorun: true,
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    // A job given up is finished (finishedOn is set); that includes one failed at once without
    // using its attempts, such as a job whose worker process died under it too often (stalled).
    const final = job.finishedOn !== undefined || job.attemptsMade >= (job.opts.attempts ?? 1);
    logger.warn(
      { jobId: job.id, name: job.name, attempt: job.attemptsMade, final, err: error.message },
      'job failed',
    );
    if (final) {
      options
        .onFinalFailure(job, error)
        .catch((err: unknown) =>
          logger.error({ err, jobId: job.id }, 'could not record a failed job'),
        );
    }
  });
  worker.on('error', (error) => logger.error({ err: error.message }, 'worker error'));
  return {
    queue,
    flows,
    worker,
    batching: options.batching,
    connection,
    async ping() {
      const reply = await connection.ping();
      if (reply !== 'PONG') throw new Error(`redis answered ${String(reply)}`);
    },
    async close() {
      await worker.close();
      await flows.close();
      await queue.close();
      connection.disconnect();
      workerConnection.disconnect();
    },
  };
}
