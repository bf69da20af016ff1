import type { NextRequest } from 'next/server';
import { httpStatusForCode } from '../../../../../lib/ingest/http-errors.ts';
import { fetchJobStatus } from '../../../../../lib/ingest/operations.ts';
import { guardRoute, isSafeId, jsonError } from '../../../../../lib/ingest/route-guard.ts';

/** `GET /api/ingest/jobs/<jobId>`: the job's counts, throughput and ETA, for polling. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/ingest/jobs/[jobId]'>) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const { jobId } = await ctx.params;
  if (!isSafeId(jobId)) return jsonError(404, 'NOT_FOUND', 'No such ingest job.');
  const result = await fetchJobStatus(guard.session.accessToken, jobId);
  if (!result.ok) {
    const [first] = result.errors;
    const code = first?.code ?? 'BAD_RESPONSE';
    return jsonError(httpStatusForCode(code), code, first?.message ?? 'The job could not be read.');
  }
  if (!result.data.ingestJob) return jsonError(404, 'NOT_FOUND', 'No such ingest job.');
  return Response.json(
    { job: result.data.ingestJob },
    { headers: { 'cache-control': 'no-store' } },
  );
}
