import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { httpStatusForCode } from '../../../../../../lib/ingest/http-errors.ts';
import { retryFailed, retryItems } from '../../../../../../lib/ingest/operations.ts';
import { guardRoute, isSafeId, jsonError } from '../../../../../../lib/ingest/route-guard.ts';

const input = z.object({ itemIds: z.array(z.string().min(1).max(128)).min(1).max(500).optional() });

/**
 * `POST /api/ingest/jobs/<jobId>/retry`: `{}` queues every failed item of the job again,
 * `{ itemIds: [...] }` just those items. Answers `{ queued: <count> }`.
 */
export async function POST(
  request: NextRequest,
  ctx: RouteContext<'/api/ingest/jobs/[jobId]/retry'>,
) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const { jobId } = await ctx.params;
  if (!isSafeId(jobId)) return jsonError(404, 'NOT_FOUND', 'No such ingest job.');
  const parsed = input.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return jsonError(400, 'BAD_USER_INPUT', 'Send {} or { itemIds: [...] }.');
  const { itemIds } = parsed.data;
  const result = itemIds ? await retryItems(itemIds) : await retryFailed(jobId);
  if (!result.ok) {
    const [first] = result.errors;
    const code = first?.code ?? 'BAD_RESPONSE';
    return jsonError(httpStatusForCode(code), code, first?.message ?? 'Nothing was retried.');
  }
  return Response.json(result.data, { headers: { 'cache-control': 'no-store' } });
}
