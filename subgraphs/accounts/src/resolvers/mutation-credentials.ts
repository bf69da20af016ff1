import type { Viewer } from '@quarry/auth';
import { BadUserInputError, UnauthenticatedError } from '@quarry/service-kit';
import type { MutationResolvers } from '../../generated/resolvers-types.ts';
import { AUDIT_ACTIONS, asViewer, audited } from '../audited.ts';
import type { Context } from '../context.ts';
import { createApiToken } from '../identity/api-tokens.ts';
import { canManageCredential, isCurrentAdmin, requireSession } from '../policy.ts';

/** May `viewer` manage a credential of `ownerId`? Admin rights are checked against the database. */
async function mayManage(context: Context, viewer: Viewer, ownerId: string): Promise<boolean> {
  if (viewer.id === ownerId) return true;
  return canManageCredential(
    viewer,
    ownerId,
    isCurrentAdmin(viewer, await context.store.userById(viewer.id)),
  );
}

/** Sessions and API tokens. Every field is audited (mutation-audit.int.test.ts). */
export const CredentialMutation: MutationResolvers = {
  /** Revokes the session making the request; an API token has no session to end (FORBIDDEN). */
  logout(_parent, _args, context) {
    const target = `session:${context.viewer?.cid ?? 'none'}`;
    return audited(
      context,
      AUDIT_ACTIONS.logout,
      target,
      () => requireSession(context.viewer),
      async (viewer) => {
        await context.identity.revokeSession(viewer.cid, new Date());
        return { result: true };
      },
    );
  },

  revokeSession(_parent, args, context) {
    return asViewer(context, AUDIT_ACTIONS.revokeSession, `session:${args.id}`, async (viewer) => {
      const session = await context.identity.sessionById(args.id);
      // Someone else's session answers like an unknown id: its existence is not revealed.
      if (!session || !(await mayManage(context, viewer, session.userId))) {
        throw new BadUserInputError('No such session.');
      }
      const revoked = await context.identity.revokeSession(session.id, new Date());
      return { result: revoked, details: { userId: session.userId } };
    });
  },

  createApiToken(_parent, args, context) {
    const target = `user:${context.viewer?.id ?? 'anonymous'}`;
    return audited(
      context,
      AUDIT_ACTIONS.createApiToken,
      target,
      () => requireSession(context.viewer),
      async (viewer) => {
        const owner = await context.store.userById(viewer.id);
        if (!owner?.active) throw new UnauthenticatedError('This account is disabled.');
        const created = await createApiToken(context.identity, owner, args.input);
        // Never the secret: the audit log is readable by more people than the token's owner.
        const { id, scopes, collectionIds, expiresAt } = created.token;
        return {
          result: created,
          details: { tokenId: id, scopes, collectionIds, expiresAt: expiresAt.toISOString() },
        };
      },
    );
  },

  revokeApiToken(_parent, args, context) {
    return asViewer(context, AUDIT_ACTIONS.revokeApiToken, `token:${args.id}`, async (viewer) => {
      const token = await context.identity.apiTokenById(args.id);
      if (!token || !(await mayManage(context, viewer, token.userId))) {
        throw new BadUserInputError('No such API token.');
      }
      const revoked = await context.identity.revokeApiToken(token.id, new Date());
      return { result: revoked, details: { userId: token.userId } };
    });
  },
};
