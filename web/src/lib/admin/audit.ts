import 'server-only';
import { z } from 'zod';
import type { AuditFilter } from './audit-filter.ts';
import { runOperation } from './run-operation.ts';
import { auditEvent, page } from './schemas.ts';
import { ADMIN_AUDIT_EVENTS } from '../operations/admin.ts';

/** Newest first, `first` (1 to 500) at a time; the API does the filtering. */
export function fetchAuditEvents(
  token: string,
  filter: AuditFilter,
  after: string | null,
  first: number,
) {
  return runOperation(
    token,
    ADMIN_AUDIT_EVENTS,
    { filter, first, after },
    z.object({ auditEvents: page(auditEvent) }),
  );
}
