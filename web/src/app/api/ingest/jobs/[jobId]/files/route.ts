import type { NextRequest } from 'next/server';
import { env } from '../../../../../../env.ts';
import { forwardUpload } from '../../../../../../lib/ingest/forward.ts';
import { guardRoute, isSafeId, jsonError } from '../../../../../../lib/ingest/route-guard.ts';

/**
 * `POST /api/ingest/jobs/<jobId>/files` with a multipart form of files, each part named by its
 * relative path: passed through as a stream like PUT below. The reply is the gateway's own status
 * and JSON: 200 `{ files: [{ path, item } | { path, error }] }` or `{ error: { code, message } }`.
 */
export async function POST(
  request: NextRequest,
  ctx: RouteContext<'/api/ingest/jobs/[jobId]/files'>,
) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const { jobId } = await ctx.params;
  if (!isSafeId(jobId)) return jsonError(404, 'JOB_NOT_FOUND', 'No such ingest job.');
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType))
    return jsonError(415, 'NOT_A_FORM', 'Send the files as multipart/form-data.');
  const result = await forwardUpload({
    gatewayUrl: env().GATEWAY_URL,
    accessToken: guard.session.accessToken,
    jobId,
    path: null,
    body: request.body,
    contentLength: request.headers.get('content-length'),
    contentType,
    signal: request.signal,
  });
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}

/**
 * `PUT /api/ingest/jobs/<jobId>/files?path=<relative path>`: one file's raw bytes, passed through
 * to the gateway as a stream with the viewer's token (which the browser never sees). The reply is
 * the gateway's own status and JSON: 201 `{ item }` or `{ error: { code, message } }`.
 */
export async function PUT(
  request: NextRequest,
  ctx: RouteContext<'/api/ingest/jobs/[jobId]/files'>,
) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const { jobId } = await ctx.params;
  if (!isSafeId(jobId)) return jsonError(404, 'JOB_NOT_FOUND', 'No such ingest job.');
  const path = request.nextUrl.searchParams.get('path') ?? '';
  if (!path) return jsonError(400, 'BAD_PATH', 'Say which file this is: ?path=<relative path>.');

  const result = await forwardUpload({
    gatewayUrl: env().GATEWAY_URL,
    accessToken: guard.session.accessToken,
    jobId,
    path,
    body: request.body,
    contentLength: request.headers.get('content-length'),
    contentType: request.headers.get('content-type'),
    signal: request.signal,
  });
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}
