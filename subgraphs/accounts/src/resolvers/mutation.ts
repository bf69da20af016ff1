import { UnauthenticatedError } from '@quarry/service-kit';
import type { MutationResolvers } from '../../generated/resolvers-types.ts';
import { AUDIT_ACTIONS, asAdmin } from '../audited.ts';
import { assertMayChangeActive, assertMayChangeRoles, requireSession } from '../policy.ts';
import { createUser, existingUser, resetUserPassword, toRoles } from '../user-admin.ts';

/**
 * Sign-in and user administration. Every field here must write an audit event: login and
 * changePassword through LoginManager, the admin mutations through asAdmin.
 * mutation-audit.int.test.ts fails for a mutation without a case (see also mutation-*.ts).
 */
export const UserMutation: MutationResolvers = {
  /** Anonymous by design; wrong credentials come back as `{ ok: false, error }`, not as an error. */
  login(_parent, args, context) {
    return context.logins.login({
      email: args.email,
      password: args.password,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  },

  /** Anonymous like login: single sign-on with an OIDC provider's ID token (see LoginManager). */
  loginWithOidc(_parent, args, context) {
    return context.logins.loginWithOidc({
      idToken: args.idToken,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  },

  async changePassword(_parent, args, context) {
    let viewer;
    try {
      viewer = requireSession(context.viewer);
    } catch (error) {
      await context.store.audit({
        actorId: context.viewer?.id ?? null,
        action: AUDIT_ACTIONS.changePassword,
        target: `user:${context.viewer?.id ?? 'anonymous'}`,
        outcome: 'denied',
        ip: context.ip,
        details: { reason: (error as { extensions: { code: string } }).extensions.code },
      });
      throw error;
    }
    const result = await context.logins.changePassword({
      userId: viewer.id,
      sessionId: viewer.cid,
      currentPassword: args.currentPassword,
      newPassword: args.newPassword,
      ip: context.ip,
    });
    if (!result) throw new UnauthenticatedError('This account no longer exists or is disabled.');
    return result;
  },

  createUser(_parent, args, context) {
    const target = `user:${args.input.email.trim().toLowerCase()}`;
    return asAdmin(context, AUDIT_ACTIONS.createUser, target, async () => {
      const created = await createUser(context.store, args.input);
      // Never the generated password: the audit log is readable by more people than its owner.
      return {
        result: created,
        details: { userId: created.user.id, roles: created.user.roles },
      };
    });
  },

  setUserActive(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.setUserActive, `user:${args.id}`, async (admin) => {
      assertMayChangeActive(admin, args.id, args.active);
      await existingUser(context.store, args.id);
      const user = await context.store.setActive(args.id, args.active);
      // A deactivated user's sessions and tokens stop at once, not when they expire.
      const revoked = args.active ? 0 : await context.identity.revokeAllOf(args.id, new Date());
      return { result: user, details: { active: args.active, revoked } };
    });
  },

  setUserRoles(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.setUserRoles, `user:${args.id}`, async (admin) => {
      const roles = toRoles(args.roles);
      assertMayChangeRoles(admin, args.id, roles);
      const before = await existingUser(context.store, args.id);
      const user = await context.store.setRoles(args.id, roles);
      return { result: user, details: { from: before.roles, to: user.roles } };
    });
  },

  revokeUserSessions(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.revokeUserSessions, `user:${args.userId}`, async () => {
      await existingUser(context.store, args.userId);
      const revoked = await context.identity.revokeAllOf(args.userId, new Date());
      return { result: revoked, details: { revoked } };
    });
  },

  resetUserPassword(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.resetUserPassword, `user:${args.id}`, async () => ({
      result: await resetUserPassword(context.store, args.id),
    }));
  },

  unlockUser(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.unlockUser, `user:${args.id}`, async () => {
      await existingUser(context.store, args.id);
      return { result: await context.store.clearLoginFailures(args.id) };
    });
  },
};
