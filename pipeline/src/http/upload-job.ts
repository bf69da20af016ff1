import type { IncomingMessage } from 'node:http';
import {
  findJob,
  registerRefused,
  type JobRecord,
  type RegisteredItem,
} from '@quarry/prisma/ingest-records';
import type { StageContext } from '../stages/context.ts';
import { assertCanUploadTo } from './policy.ts';
import { authenticate, HttpError } from './respond.ts';

/** How long a looked-up job is reused: the files of one job arrive in a burst. */
const JOB_CACHE_MS = 5_000;

/**
 * Ingest jobs by id, each looked up once per burst of uploads rather than once per file. What is
 * used of a job (collection, source) never changes; a job deleted meanwhile fails registration.
 */
function recentJobs(ctx: StageContext) {
  const cache = new Map<string, { at: number; job: Promise<JobRecord | null> }>();
  return (id: string) => {
    const now = Date.now();
    const hit = cache.get(id);
    if (hit && now - hit.at < JOB_CACHE_MS) return hit.job;
    for (const [key, entry] of cache) if (now - entry.at >= JOB_CACHE_MS) cache.delete(key);
    // A plain promise (Prisma's are lazy thenables), shared by the uploads that wait for it.
    const job = Promise.resolve().then(() => findJob(ctx.prisma, id));
    // A job not found (yet) is asked again next time.
    void job.then(
      (found) => found ?? cache.delete(id),
      () => cache.delete(id),
    );
    cache.set(id, { at: now, job });
    return job;
  };
}

/**
 * The ingest job an upload request names, once the caller is known to be allowed to add files to
 * it; otherwise the HttpError to answer with.
 */
export function uploadJobs(ctx: StageContext) {
  const jobs = recentJobs(ctx);
  return async (req: IncomingMessage, jobId: string): Promise<JobRecord> => {
    const viewer = await authenticate(req, ctx.env.QUARRY_JWT_SECRET);
    return assertCanUploadTo(viewer, await jobs(jobId));
  };
}

/** A file over the size limit: recorded as a failed item, so the monitor shows it; the refusal. */
export async function refuseTooLarge(
  ctx: StageContext,
  job: JobRecord,
  file: { path: string; name: string; sizeBytes: number },
): Promise<HttpError> {
  const max = ctx.env.PIPELINE_MAX_FILE_BYTES;
  const message = `the file is larger than the ${Math.round(max / 1024 / 1024)} MB limit`;
  await registerRefused(ctx.prisma, {
    jobId: job.id,
    collectionId: job.collectionId,
    ...file,
    reason: 'too-large',
    message,
  });
  return new HttpError(413, 'TOO_LARGE', message);
}

/** What an upload answers about each recorded file. */
export function itemReply(item: RegisteredItem) {
  return {
    id: item.id,
    documentId: item.documentId,
    status: item.status,
    duplicate: item.duplicate,
    version: item.version,
    name: item.name,
    path: item.path,
    sizeBytes: item.sizeBytes,
    sha256: item.sha256,
  };
}
