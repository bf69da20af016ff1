import 'server-only';
import { z } from 'zod';
import type { AuditFilter } from './audit-filter.ts';
import { AUDIT_EVENT, PAGE_INFO } from './fields.ts';
import { runOperation } from './run-operation.ts';
import { auditEvent, page } from './schemas.ts';

/** Newest first, `first` (1 to 500) at a time; the API does the filtering. */
export function fetchAuditEvents(
  token: string,
  filter: AuditFilter,
  after: string | null,
  first: number,
) {
  return runOperation(
    token,
    `query AdminAuditEvents($filter: AuditFilter, $first: Int!, $after: String) {
      auditEvents(filter: $filter, first: $first, after: $after) { nodes { ${AUDIT_EVENT} } ${PAGE_INFO} }
    }`,
    { filter, first, after },
    z.object({ auditEvents: page(auditEvent) }),
  );
}
