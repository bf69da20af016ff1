import type { AuditEventResolvers } from '../../generated/resolvers-types.ts';

/** Only reachable through Query.auditEvents, which already required an admin. */
export const AuditEvent: AuditEventResolvers = {
  at: (event) => event.at.toISOString(),
  /** Audit events outlive their actors: a deleted user resolves to null, the actorId stays. */
  actor: (event, _args, context) => (event.actorId ? context.store.userById(event.actorId) : null),
};
