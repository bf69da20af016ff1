import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@quarry/service-kit';
import { normaliseRelativePath } from '../ingest/paths.ts';
import type { StageContext } from '../stages/context.ts';
import { TooLargeError } from '../storage/blob-store.ts';
import { isMultipart, receiveForm } from './multipart-upload.ts';
import { HttpError, requireMethod, route } from './respond.ts';
import { itemReply, refuseTooLarge, uploadJobs } from './upload-job.ts';

const PATTERN = /^\/ingest\/jobs\/([A-Za-z0-9_-]{1,64})\/files$/;

/**
 * Files of an ingest job, in either of two forms (docs/api.md):
 * - `PUT /ingest/jobs/{jobId}/files?path=<relative path>` with one file's raw bytes as the body:
 *   any HTTP client can send it (curl -T), and a failed file is simply sent again;
 * - `POST /ingest/jobs/{jobId}/files` as multipart/form-data, one part per file named by its
 *   relative path (multipart-upload.ts): many small files in one request, recorded and queued
 *   together.
 * Either way each file is streamed to storage while it is hashed: nothing holds a whole file in
 * memory.
 */
export function uploadRoute(ctx: StageContext) {
  const jobFor = uploadJobs(ctx);
  return route(async (req: IncomingMessage, res: ServerResponse) => {
    requireMethod(req, 'PUT', 'POST');
    const url = new URL(req.url ?? '/', 'http://local');
    const jobId = PATTERN.exec(url.pathname)?.[1];
    if (!jobId) throw new HttpError(404, 'NOT_FOUND', 'No such route.');
    const job = await jobFor(req, jobId);
    if (req.method === 'POST' && isMultipart(req)) {
      sendJson(res, 200, await receiveForm(ctx, req, job));
      return;
    }

    const checked = normaliseRelativePath(url.searchParams.get('path') ?? '');
    if ('error' in checked) throw new HttpError(400, 'BAD_PATH', checked.error);
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const max = ctx.env.PIPELINE_MAX_FILE_BYTES;
    if (declared > max) throw await refuseTooLarge(ctx, job, { ...checked, sizeBytes: declared });

    let blob;
    try {
      blob = await ctx.blobs.putStream(req, max);
    } catch (error) {
      if (error instanceof TooLargeError) {
        throw await refuseTooLarge(ctx, job, { ...checked, sizeBytes: max + 1 });
      }
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
    sendJson(res, 201, { item: itemReply(item) });
  });
}
