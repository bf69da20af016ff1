import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { createLogger, loadEnv, onShutdown } from '@quarry/service-kit';
import { envSchema } from './env.ts';

const env = loadEnv('pipeline', envSchema);
const logger = createLogger('pipeline', env.LOG_LEVEL);
// Cracking and skills run on the JavaScript thread: one process per core uses the machine. The
// processes share the HTTP port (node:cluster) and the queue; one ingest-folder scan runs at a time.
const processes = env.PIPELINE_PROCESSES ?? Math.min(availableParallelism(), 4);

if (cluster.isPrimary && processes > 1) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A crashed worker's jobs are taken over once their locks expire; replace the process.
    logger.error(
      { pid: worker.process.pid, code, signal },
      'pipeline worker process died; restarting',
    );
    setTimeout(() => cluster.fork(), 1_000);
  });
  onShutdown(logger, async () => {
    stopping = true;
    const exits = Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker?.once('exit', () => resolve());
          worker?.process.kill('SIGTERM');
        }),
    );
    await Promise.all(exits);
  });
} else {
  // Imported here, not at the top: the primary only forks and watches its workers, and loading the
  // app (crackers, skills with their language model, stores' clients) there cost it ~250 MB of RSS.
  const { start } = await import('./app.ts');
  const pipeline = await start(env, { logger });
  onShutdown(logger, () => pipeline.close());
}
