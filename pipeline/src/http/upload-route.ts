import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IngestJob } from '@quarry/prisma';
import { sendJson } from '@quarry/service-kit';
import { normaliseRelativePath } from '../ingest/paths.ts';
import { registerRefused } from '../ingest/records.ts';
import type { StageContext } from '../stages/context.ts';
import { TooLargeError } from '../storage/blob-store.ts';
import { authenticate, canWrite, HttpError, requireMethod, route } from './respond.ts';

const PATTERN = /^\/ingest\/jobs\/([A-Za-z0-9_-]{1,64})\/files$/;

/** How long a looked-up job is reused: the files of one job arrive in a burst. */
const JOB_CACHE_MS = 5_000;

/**
 * Ingest jobs by id, each looked up once per burst of uploads rather than once per file. What is
 * used of a job (collection, source) never changes; a job deleted meanwhile fails registration.
 */
function recentJobs(ctx: StageContext) {
  const cache = new Map<string, { at: number; job: Promise<IngestJob | null> }>();
  return (id: string) => {
    const now = Date.now();
    const hit = cache.get(id);
    if (hit && now - hit.at < JOB_CACHE_MS) return hit.job;
    for (const [key, entry] of cache) if (now - entry.at >= JOB_CACHE_MS) cache.delete(key);
    // A plain promise (Prisma's are lazy thenables), shared by the uploads that wait for it.
    const job = Promise.resolve().then(() => ctx.prisma.ingestJob.findUnique({ where: { id } }));
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
 * `PUT /ingest/jobs/{jobId}/files?path=<relative path>` with the file's raw bytes as the body.
 * One request per file, streamed to storage while it is hashed: nothing holds a whole file in
 * memory, any HTTP client can send it (curl -T), and a failed file is simply sent again.
 */
export function uploadRoute(ctx: StageContext) {
  const jobs = recentJobs(ctx);
  return route(async (req: IncomingMessage, res: ServerResponse) => {
    requireMethod(req, 'PUT', 'POST');
    const url = new URL(req.url ?? '/', 'http://local');
    const jobId = PATTERN.exec(url.pathname)?.[1];
    if (!jobId) throw new HttpError(404, 'NOT_FOUND', 'No such route.');
    const viewer = await authenticate(req, ctx.env.QUARRY_JWT_SECRET);

    const job = await jobs(jobId);
    // A job of a collection the caller cannot read does not exist for them.
    if (!job || !viewer.collections.includes(job.collectionId)) {
      throw new HttpError(404, 'JOB_NOT_FOUND', 'No such ingest job.');
    }
    if (!canWrite(viewer, job.collectionId)) {
      throw new HttpError(403, 'FORBIDDEN', 'You may not add files to this collection.');
    }
    if (job.source !== 'upload' && job.source !== 'api') {
      throw new HttpError(409, 'WRONG_JOB', `Files cannot be sent to a ${job.source} job.`);
    }
    const checked = normaliseRelativePath(url.searchParams.get('path') ?? '');
    if ('error' in checked) throw new HttpError(400, 'BAD_PATH', checked.error);

    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const max = ctx.env.PIPELINE_MAX_FILE_BYTES;
    const refuseTooLarge = async (sizeBytes: number) => {
      const message = `the file is larger than the ${Math.round(max / 1024 / 1024)} MB limit`;
      await registerRefused(ctx.prisma, {
        jobId,
        collectionId: job.collectionId,
        path: checked.path,
        name: checked.name,
        sizeBytes,
        reason: 'too-large',
        message,
      });
      throw new HttpError(413, 'TOO_LARGE', message);
    };
    if (declared > max) await refuseTooLarge(declared);

    let blob;
    try {
      blob = await ctx.blobs.putStream(req, max);
    } catch (error) {
      if (error instanceof TooLargeError) return refuseTooLarge(max + 1);
      if (req.errored || req.destroyed)
        throw new HttpError(400, 'ABORTED', 'The upload was interrupted.');
      ctx.logger.error({ err: error }, 'storing an upload failed');
      throw new HttpError(503, 'STORAGE_UNAVAILABLE', 'The file could not be stored; try again.');
    }
    const item = await ctx.register({
      jobId,
      collectionId: job.collectionId,
      path: checked.path,
      name: checked.name,
      blob,
    });
    sendJson(res, 201, {
      item: {
        id: item.id,
        documentId: item.documentId,
        status: item.status,
        duplicate: item.duplicate,
        version: item.version,
        name: item.name,
        path: item.path,
        sizeBytes: item.sizeBytes,
        sha256: item.sha256,
      },
    });
  });
}
