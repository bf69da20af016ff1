import type { Job } from 'bullmq';
import type { Logger } from '@quarry/service-kit';

/**
 * Routes a job to its stage by name. The content-cracking stages (crack, enrich, index) register
 * here; a job with a name nobody handles fails with a clear reason instead of vanishing.
 */
export type StageHandler = (job: Job, logger: Logger) => Promise<unknown>;

export function jobRouter(stages: Record<string, StageHandler>, logger: Logger) {
  return async (job: Job): Promise<unknown> => {
    const stage = stages[job.name];
    if (!stage) throw new Error(`no pipeline stage handles jobs named "${job.name}"`);
    return stage(job, logger.child({ jobId: job.id, stage: job.name }));
  };
}
