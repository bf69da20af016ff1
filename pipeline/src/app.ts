import { createLogger, serve, type Logger } from '@quarry/service-kit';
import type { PipelineEnv } from './env.ts';
import { jobRouter, type StageHandler } from './jobs.ts';
import { openQueue } from './queue.ts';

export interface StartOptions {
  logger?: Logger;
  /** Stage handlers by job name; the ingest issue adds crack/enrich/index. */
  stages?: Record<string, StageHandler>;
}

async function elasticsearchHealthy(baseUrl: string): Promise<void> {
  const response = await fetch(new URL('/_cluster/health', baseUrl), {
    signal: AbortSignal.timeout(1_500),
  });
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
  const { status } = (await response.json()) as { status?: string };
  if (status !== 'green' && status !== 'yellow')
    throw new Error(`cluster status ${status ?? 'unknown'}`);
}

/** A tokenize-only request: cheap, and it proves the credentials work, not just that the port answers. */
async function corenlpAnswers(env: PipelineEnv): Promise<void> {
  const url = new URL(env.CORENLP_URL);
  url.searchParams.set(
    'properties',
    JSON.stringify({ annotators: 'tokenize', outputFormat: 'json' }),
  );
  const auth = Buffer.from(`${env.CORENLP_USER}:${env.CORENLP_PASSWORD}`).toString('base64');
  const response = await fetch(url, {
    method: 'POST',
    body: 'ready?',
    headers: { authorization: `Basic ${auth}` },
    signal: AbortSignal.timeout(1_500),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
}

/** Starts the pipeline worker and its health endpoints. */
export async function start(env: PipelineEnv, options: StartOptions = {}) {
  const logger = options.logger ?? createLogger('pipeline', env.LOG_LEVEL);
  const queue = openQueue(
    env.REDIS_URL,
    env.PIPELINE_CONCURRENCY,
    jobRouter(options.stages ?? {}, logger),
    logger,
  );
  const server = await serve({
    name: 'pipeline',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: {
      redis: () => queue.ping(),
      elasticsearch: () => elasticsearchHealthy(env.ELASTICSEARCH_URL),
      corenlp: () => corenlpAnswers(env),
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
