// The audit export's file formats and paging, independent of HTTP and GraphQL so it is unit-tested.
import type { GatewayError } from '../gateway/errors.ts';
import type { ExportFormat } from './audit-filter.ts';
import { csvRow } from './csv.ts';
import type { AuditEvent } from './types.ts';

export { EXPORT_PAGE_SIZE } from '../operations/admin.ts';

export const CSV_COLUMNS = [
  'at',
  'action',
  'outcome',
  'actorId',
  'actorEmail',
  'actorName',
  'target',
  'ip',
  'details',
  'id',
] as const;

export function csvRecord(event: AuditEvent): string {
  return csvRow([
    event.at,
    event.action,
    event.outcome,
    event.actorId,
    event.actor?.email,
    event.actor?.name,
    event.target,
    event.ip,
    event.details,
    event.id,
  ]);
}

/**
 * `details` is a JSON object in a string: exported as that object (as text if it is not JSON).
 * The fields are named one by one: what the API answered also carries Apollo's `__typename`.
 */
export function jsonRecord(event: AuditEvent): string {
  let details: unknown = event.details;
  try {
    details = JSON.parse(event.details);
  } catch {
    // keep the text
  }
  const { id, at, actorId, actor, action, target, outcome, ip } = event;
  return JSON.stringify({
    id,
    at,
    actorId,
    actor: actor ? { id: actor.id, email: actor.email, name: actor.name } : null,
    action,
    target,
    outcome,
    ip,
    details,
  });
}

export interface EventPage {
  nodes: AuditEvent[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export type PageResult = { ok: true; page: EventPage } | { ok: false; errors: GatewayError[] };

/**
 * The export file, chunk by chunk: the first page is already fetched (so a refused request gets
 * a proper error response before any byte is sent), later pages are asked for as the stream is
 * read. A failure after the first page throws, which aborts the download.
 */
export async function* exportChunks(
  format: ExportFormat,
  first: EventPage,
  nextPage: (after: string) => Promise<PageResult>,
): AsyncGenerator<string> {
  yield format === 'csv' ? csvRow(CSV_COLUMNS) : '[';
  let page = first;
  let count = 0;
  for (;;) {
    for (const event of page.nodes) {
      if (format === 'csv') yield csvRecord(event);
      else yield `${count === 0 ? '\n' : ',\n'}${jsonRecord(event)}`;
      count += 1;
    }
    if (!page.hasNextPage || !page.endCursor) break;
    const result = await nextPage(page.endCursor);
    if (!result.ok) {
      throw new Error(result.errors.map((e) => `${e.code}: ${e.message}`).join('; '));
    }
    page = result.page;
  }
  if (format === 'json') yield count === 0 ? ']\n' : '\n]\n';
}

/** "quarry-audit-20261124-0031.csv" */
export function exportFileName(format: ExportFormat, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `quarry-audit-${stamp}.${format}`;
}
