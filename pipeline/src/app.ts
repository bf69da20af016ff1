import { createLogger, serve, type Logger } from '@quarry/service-kit';
import type { PipelineEnv } from './env.ts';
import { jobRouter, type StageHandler } from './jobs.ts';
import { openQueue } from './queue.ts';

export interface StartOptions {
  logger?: Logger;
  /** Stage handlers by job name; the ingest issue adds crack/enrich/index. */
  stages?: Record<string, StageHandler>;
}

async function answers(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1_500) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
}

/** Starts the pipeline worker and its health endpoints. */
export async function start(env: PipelineEnv, options: StartOptions = {}) {
  const logger = options.logger ?? createLogger('pipeline', env.LOG_LEVEL);
  const queue = openQueue(env.REDIS_URL, env.PIPELINE_CONCURRENCY, jobRouter(options.stages ?? {}, logger), logger);
  const server = await serve({
    name: 'pipeline',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: {
      redis: () => queue.ping(),
      elasticsearch: () => answers(new URL('/_cluster/health', env.ELASTICSEARCH_URL).href),
      corenlp: () => answers(new URL('/live', env.CORENLP_URL).href),
    },
  });
  return {
    url: server.url,
    queue: queue.queue,
    async close() {
      await server.close();
      await queue.close();
    },
  };
}
