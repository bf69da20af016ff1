import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { StageContext } from '../stages/context.ts';
import { readableItems } from './policy.ts';
import { authenticate, HttpError, requireMethod, route } from './respond.ts';

const PATTERN = /^\/originals\/([0-9a-f]{32})$/;

/** Types a browser may show inline; anything else is always a download. */
const PREVIEWABLE = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
]);

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `GET /originals/{documentId}[?inline=1]`: the original bytes, exactly as they arrived. */
export function originalsRoute(ctx: StageContext) {
  return route(async (req: IncomingMessage, res: ServerResponse) => {
    requireMethod(req, 'GET', 'HEAD');
    const url = new URL(req.url ?? '/', 'http://local');
    const documentId = PATTERN.exec(url.pathname)?.[1];
    const viewer = await authenticate(req, ctx.env.QUARRY_JWT_SECRET);
    const item = documentId
      ? await ctx.prisma.ingestItem.findFirst({
          where: readableItems(viewer, { documentId, sha256: { not: '' } }),
          orderBy: { createdAt: 'asc' },
        })
      : null;
    const path = item ? await ctx.blobs.locate(item.sha256) : null;
    if (!item || !path) {
      throw new HttpError(404, 'NOT_FOUND', 'No such document.');
    }
    const mediaType = item.mediaType ?? 'application/octet-stream';
    const inline = url.searchParams.get('inline') === '1' && PREVIEWABLE.has(mediaType);
    res.writeHead(200, {
      'content-type': mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : mediaType,
      'content-length': item.sizeBytes,
      'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', item.name),
      'x-content-type-options': 'nosniff',
      // Even a previewed file must never run script in Quarry's origin.
      'content-security-policy': 'sandbox',
      'cache-control': 'private, max-age=0',
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(ctx.blobs.open(path), res);
  });
}
