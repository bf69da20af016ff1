import 'server-only';
import type { AuditFilter } from './audit-filter.ts';
import { runOperation } from '../gateway/run-operation.ts';
import { ADMIN_AUDIT_EVENTS } from '../operations/admin.ts';

/** Newest first, `first` (1 to 500) at a time; the API does the filtering. */
export function fetchAuditEvents(filter: AuditFilter, after: string | null, first: number) {
  return runOperation(ADMIN_AUDIT_EVENTS, { filter, first, after });
}
