import type { NextRequest } from 'next/server';
import { env } from '../../../../../../env.ts';
import { forwardUpload } from '../../../../../../lib/ingest/forward.ts';
import { guardRoute, isSafeId, jsonError } from '../../../../../../lib/ingest/route-guard.ts';

type Context = RouteContext<'/api/ingest/jobs/[jobId]/files'>;

/**
 * Passes the request body through to the gateway as a stream with the viewer's token (which the
 * browser never sees); `path` null for a multipart form. The reply is the gateway's own status and
 * JSON, or `{ error: { code, message } }`.
 */
async function forward(
  request: NextRequest,
  ctx: Context,
  pathOf: () => string | null | Response,
): Promise<Response> {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const { jobId } = await ctx.params;
  if (!isSafeId(jobId)) return jsonError(404, 'JOB_NOT_FOUND', 'No such ingest job.');
  const path = pathOf();
  if (path instanceof Response) return path;
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

/**
 * `POST /api/ingest/jobs/<jobId>/files` with a multipart form of files, each part named by its
 * relative path: 200 `{ files: [{ path, item } | { path, error }] }`.
 */
export function POST(request: NextRequest, ctx: Context) {
  return forward(request, ctx, () =>
    /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')
      ? null
      : jsonError(415, 'NOT_A_FORM', 'Send the files as multipart/form-data.'),
  );
}

/** `PUT /api/ingest/jobs/<jobId>/files?path=<relative path>`: one file's raw bytes: 201 `{ item }`. */
export function PUT(request: NextRequest, ctx: Context) {
  return forward(
    request,
    ctx,
    () =>
      request.nextUrl.searchParams.get('path') ||
      jsonError(400, 'BAD_PATH', 'Say which file this is: ?path=<relative path>.'),
  );
}
