import type { AccountUser, AuditRecord } from '../accounts-store.ts';
import type { Context } from '../context.ts';

/** Only reachable through Query.auditEvents, which already required an admin. */
export const AuditEvent = {
  at: (event: AuditRecord): string => event.at.toISOString(),
  /** Audit events outlive their actors: a deleted user resolves to null, the actorId stays. */
  actor: (
    event: AuditRecord,
    _args: unknown,
    context: Context,
  ): Promise<AccountUser | null> | null =>
    event.actorId ? context.store.userById(event.actorId) : null,
};
