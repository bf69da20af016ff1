import type { NextRequest } from 'next/server';
import { env } from '../../../../env.ts';
import { forwardOriginal } from '../../../../lib/ingest/forward.ts';
import { guardRoute, isSafeId, jsonError } from '../../../../lib/ingest/route-guard.ts';

async function serve(
  request: NextRequest,
  ctx: RouteContext<'/api/originals/[id]'>,
  method: 'GET' | 'HEAD',
) {
  // Links to a download may come from elsewhere; embedding it in another site may not.
  const guard = await guardRoute(request, { allowCrossSiteNavigation: true });
  if ('response' in guard) return guard.response;
  const { id } = await ctx.params;
  if (!isSafeId(id)) return jsonError(404, 'NOT_FOUND', 'No such document.');
  const result = await forwardOriginal({
    gatewayUrl: env().GATEWAY_URL,
    accessToken: guard.session.accessToken,
    documentId: id,
    inline: request.nextUrl.searchParams.get('inline') === '1',
    method,
    signal: request.signal,
  });
  if (!result.ok)
    return jsonError(result.status, result.body.error.code, result.body.error.message);
  return new Response(method === 'HEAD' ? null : result.body, {
    status: result.status,
    headers: result.headers,
  });
}

/**
 * `GET /api/originals/<documentId>[?inline=1]`: the original file, streamed from the gateway with
 * the viewer's token. Downloads by default; `inline=1` asks for a sandboxed in-browser preview.
 */
export function GET(request: NextRequest, ctx: RouteContext<'/api/originals/[id]'>) {
  return serve(request, ctx, 'GET');
}

export function HEAD(request: NextRequest, ctx: RouteContext<'/api/originals/[id]'>) {
  return serve(request, ctx, 'HEAD');
}
