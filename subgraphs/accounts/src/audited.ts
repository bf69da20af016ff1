import type { Viewer } from '@quarry/auth';
import type { AuditOutcome } from './accounts-store.ts';
import type { Context } from './context.ts';
import { requireAdmin, requireViewer } from './policy.ts';

/**
 * Audit actions of every mutation; stable names, queried by reports. mutation-audit.int.test.ts
 * checks that each mutation writes its action, whatever the outcome.
 */
export const AUDIT_ACTIONS = {
  login: 'login',
  changePassword: 'password.change',
  createUser: 'user.create',
  setUserActive: 'user.setActive',
  setUserRoles: 'user.setRoles',
  resetUserPassword: 'user.resetPassword',
  unlockUser: 'user.unlock',
  revokeUserSessions: 'user.revokeSessions',
  logout: 'logout',
  revokeSession: 'session.revoke',
  createApiToken: 'token.create',
  revokeApiToken: 'token.revoke',
  createGroup: 'group.create',
  updateGroup: 'group.update',
  deleteGroup: 'group.delete',
  addGroupMember: 'group.addMember',
  removeGroupMember: 'group.removeMember',
  createCollection: 'collection.create',
  renameCollection: 'collection.rename',
  grantCollection: 'collection.grant',
  revokeCollectionGrant: 'collection.revokeGrant',
} as const;

function errorCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export interface Done<T> {
  result: T;
  details?: Record<string, unknown>;
}

/**
 * Runs a mutation and writes exactly one audit event for it, whatever happens: refused by policy
 * ('denied'), failed ('failure', with the error code) or done ('success', with `details`).
 * Wrapping rather than auditing inside each resolver means a new mutation cannot forget it.
 */
export async function audited<T, A>(
  context: Context,
  action: string,
  target: string,
  authorize: () => Promise<A> | A,
  run: (authorized: A) => Promise<Done<T>>,
): Promise<T> {
  const audit = (outcome: AuditOutcome, details: Record<string, unknown>) =>
    context.store.audit({
      actorId: context.viewer?.id ?? null,
      action,
      target,
      outcome,
      ip: context.ip,
      details,
    });
  let authorized: A;
  try {
    authorized = await authorize();
  } catch (error) {
    await audit('denied', { reason: errorCode(error) });
    throw error;
  }
  try {
    const { result, details = {} } = await run(authorized);
    await audit('success', details);
    return result;
  } catch (error) {
    await audit('failure', { reason: errorCode(error) });
    throw error;
  }
}

/** The admin role in the token AND in the database now (see policy.requireAdmin). */
export async function currentAdmin(context: Context): Promise<Viewer> {
  const current = context.viewer ? await context.store.userById(context.viewer.id) : null;
  return requireAdmin(context.viewer, current);
}

/** An admin operation, audited. */
export function asAdmin<T>(
  context: Context,
  action: string,
  target: string,
  run: (admin: Viewer) => Promise<Done<T>>,
): Promise<T> {
  return audited(context, action, target, () => currentAdmin(context), run);
}

/** A self-service operation of any signed-in caller, audited. */
export function asViewer<T>(
  context: Context,
  action: string,
  target: string,
  run: (viewer: Viewer) => Promise<Done<T>>,
): Promise<T> {
  return audited(context, action, target, () => requireViewer(context.viewer), run);
}
