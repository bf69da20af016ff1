import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextRequest } from 'next/server';
import { fetchAuditEvents } from '../../../../../lib/admin/audit.ts';
import {
  exportChunks,
  exportFileName,
  EXPORT_PAGE_SIZE,
  type PageResult,
} from '../../../../../lib/admin/audit-export.ts';
import { parseAuditSearch, toApiFilter } from '../../../../../lib/admin/audit-filter.ts';
import { httpStatusForCode } from '../../../../../lib/ingest/http-errors.ts';
import { guardRoute, jsonError } from '../../../../../lib/ingest/route-guard.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/**
 * `GET /api/admin/audit/export?format=csv|json&<audit filter>`: the whole filtered audit log as a
 * download, paged through `auditEvents(first: 500)` on the server and streamed, so a large log is
 * never held in memory. Admins only: checked here first, and by the API on every page.
 */
export async function GET(request: NextRequest) {
  const guard = await guardRoute(request, { adminOnly: true });
  if ('response' in guard) return guard.response;
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === 'json' ? 'json' : params.format === 'csv' ? 'csv' : null;
  if (!format) return jsonError(400, 'BAD_USER_INPUT', 'format must be csv or json.');
  const filter = toApiFilter(parseAuditSearch(params).filter);

  async function page(after: string | null): Promise<PageResult> {
    const result = await fetchAuditEvents(filter, after, EXPORT_PAGE_SIZE);
    return result.ok ? { ok: true, page: result.data.auditEvents } : result;
  }

  const first = await page(null);
  if (!first.ok) {
    const [error] = first.errors;
    const code = error?.code ?? 'BAD_RESPONSE';
    return jsonError(httpStatusForCode(code), code, error?.message ?? 'The export failed.');
  }
  const chunks = exportChunks(format, first.page, (after) => page(after));
  // Later pages are asked for while the body is read, after this handler has returned: run them
  // in this request's context, where runOperation finds the viewer's session cookie.
  const inRequest = AsyncLocalStorage.snapshot();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await inRequest(() => chunks.next());
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${exportFileName(format, new Date())}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
