import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '@quarry/service-kit';

/** The durable job queue every pipeline replica consumes (Redis + BullMQ; see docs/adr/0002). */
export const INGEST_QUEUE = 'quarry-ingest';

export type JobHandler = (job: Job) => Promise<unknown>;

export interface PipelineQueue {
  queue: Queue;
  worker: Worker;
  /** Resolves when Redis answers PING. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects the queue and starts a worker. Jobs get retries with exponential backoff by default, and
 * a job whose handler throws fails alone: the worker goes on with the next one.
 */
export function openQueue(
  redisUrl: string,
  concurrency: number,
  handle: JobHandler,
  logger: Logger,
): PipelineQueue {
  // BullMQ needs maxRetriesPerRequest null for its blocking commands.
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  connection.on('error', (error: Error) =>
    logger.warn({ err: error.message }, 'redis connection problem'),
  );
  const queue = new Queue(INGEST_QUEUE, {
    connection,
    defaultJobOptions: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: 1_000,
      removeOnFail: false,
    },
  });
  // The worker blocks on its own connection. BullMQ leaves connections it was handed open on close,
  // so close() below disconnects both.
  const workerConnection = connection.duplicate();
  const worker = new Worker(INGEST_QUEUE, handle, {
    connection: workerConnection,
    concurrency,
    autorun: true,
  });
  worker.on('failed', (job, error) =>
    logger.warn({ jobId: job?.id, name: job?.name, err: error.message }, 'job failed'),
  );
  worker.on('error', (error) => logger.error({ err: error.message }, 'worker error'));
  return {
    queue,
    worker,
    async ping() {
      const reply = await connection.ping();
      if (reply !== 'PONG') throw new Error(`redis answered ${String(reply)}`);
    },
    async close() {
      await worker.close();
      await queue.close();
      connection.disconnect();
      workerConnection.disconnect();
    },
  };
}
