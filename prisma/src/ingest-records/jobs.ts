import type { PrismaClient } from '../../generated/sqlite/client.ts';
import { checkedJob, skillsJson, type JobRecord } from './rows.ts';
import type { JobSource } from './statuses.ts';

export interface NewJob {
  collectionId: string;
  source: JobSource;
  skills: readonly string[];
  label?: string;
  createdById?: string | null;
}

/** Opens an ingest job (an upload, an API client's job, a folder scan, a skills re-run). */
export async function createJob(prisma: PrismaClient, job: NewJob): Promise<JobRecord> {
  const row = await prisma.ingestJob.create({
    data: {
      collectionId: job.collectionId,
      source: job.source,
      label: job.label ?? '',
      skills: skillsJson(job.skills),
      createdById: job.createdById ?? null,
    },
  });
  return checkedJob(row);
}

/** A job by id, checked; null when there is none. */
export async function findJob(prisma: PrismaClient, id: string): Promise<JobRecord | null> {
  const row = await prisma.ingestJob.findUnique({ where: { id } });
  return row ? checkedJob(row) : null;
}
