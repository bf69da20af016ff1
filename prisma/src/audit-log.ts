// The one way an audit event is written, by every service: accounts (sign-in, administration),
// documents (ingest mutations) and the first-admin bootstrap. The log is append-only: there is no
// update or delete here, and the database refuses both (the audit_log_append_only migration).
import { z } from 'zod';
import type { Prisma } from '../generated/sqlite/client.ts';

/** What happened to the attempt. `denied`: refused by policy; `error`: failed on our side. */
export const AUDIT_OUTCOMES = [
  'success',
  'failure',
  'denied',
  'locked',
  'error',
  'pipeline-unavailable',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const auditEventInput = z.object({
  /** Null for what no signed-in user did: a failed sign-in, the bootstrap. */
  actorId: z.string().min(1).nullable(),
  /** Dotted verb, e.g. `user.create`, `ingest.job.create`. */
  action: z.string().regex(/^[a-zA-Z][\w.-]*$/),
  /** What it was done to, `kind:id`, e.g. `user:…`, `collection:…`. */
  target: z.string().min(1).max(1_000),
  outcome: z.enum(AUDIT_OUTCOMES),
  ip: z.string().max(100).nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventInput = z.input<typeof auditEventInput>;

/** A client or a transaction: anything that can create audit events. */
export type AuditWriter = { auditEvent: Pick<Prisma.AuditEventDelegate, 'create'> };

/** Appends one event; an event that is not well-formed is a programming error and throws. */
export async function appendAuditEvent(db: AuditWriter, event: AuditEventInput): Promise<void> {
  const { details, ...row } = auditEventInput.parse(event);
  await db.auditEvent.create({ data: { ...row, details: JSON.stringify(details) } });
}
