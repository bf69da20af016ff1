import type { Viewer } from '@quarry/auth';
import type { AuditOutcome } from './accounts-store.ts';
import type { Context } from './context.ts';
import { requireAdmin } from './policy.ts';

/** Audit actions of the admin and self-service mutations; stable names, queried by reports. */
export const AUDIT_ACTIONS = {
  login: 'login',
  changePassword: 'password.change',
  createUser: 'user.create',
  setUserActive: 'user.setActive',
  resetUserPassword: 'user.resetPassword',
  unlockUser: 'user.unlock',
} as const;

function errorCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Runs an admin operation and writes exactly one audit event for it, whatever happens: refused by
 * policy ('denied'), failed ('failure', with the error code) or done ('success', with `details`).
 * Wrapping rather than auditing inside each resolver means a new admin mutation cannot forget it.
 */
export async function asAdmin<T>(
  context: Context,
  action: string,
  target: string,
  run: (admin: Viewer) => Promise<{ result: T; details?: Record<string, unknown> }>,
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
  let admin: Viewer;
  try {
    const current = context.viewer ? await context.store.userById(context.viewer.id) : null;
    admin = requireAdmin(context.viewer, current);
  } catch (error) {
    await audit('denied', { reason: errorCode(error) });
    throw error;
  }
  try {
    const { result, details = {} } = await run(admin);
    await audit('success', details);
    return result;
  } catch (error) {
    await audit('failure', { reason: errorCode(error) });
    throw error;
  }
}
