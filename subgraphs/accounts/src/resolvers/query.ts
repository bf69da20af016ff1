import type { AccountUser, CollectionRecord, UserPage } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import { readableCollectionIds, requireAdmin, requireViewer } from '../policy.ts';
import { searchAuditLog, type AuditEventPage, type AuditFilter } from '../audit-log.ts';
import { listUsers } from '../user-admin.ts';
import { UnauthenticatedError } from '@quarry/service-kit';

/** The admin role in the token AND in the database now (see policy.requireAdmin). */
async function requireCurrentAdmin(context: Context): Promise<void> {
  const current = context.viewer ? await context.store.userById(context.viewer.id) : null;
  requireAdmin(context.viewer, current);
}

export const Query = {
  /** Read fresh from the database: a user deleted or disabled since sign-in is signed out. */
  async me(_parent: unknown, _args: unknown, context: Context): Promise<AccountUser> {
    const viewer = requireViewer(context.viewer);
    const user = await context.store.userById(viewer.id);
    if (!user || !user.active)
      throw new UnauthenticatedError('This account no longer exists or is disabled.');
    return user;
  },
  async collections(
    _parent: unknown,
    _args: unknown,
    context: Context,
  ): Promise<CollectionRecord[]> {
    const viewer = requireViewer(context.viewer);
    return context.store.collectionsByIds(readableCollectionIds(viewer));
  },
  /** Admins only, checked against the database as well as the token (see policy.requireAdmin). */
  async users(
    _parent: unknown,
    args: { first: number; after?: string | null },
    context: Context,
  ): Promise<UserPage> {
    await requireCurrentAdmin(context);
    return listUsers(context.store, args.first, args.after ?? null);
  },
  /** Admins only. Deliberately not audited itself: each search or export page would flood the log. */
  async auditEvents(
    _parent: unknown,
    args: { filter?: AuditFilter | null; first: number; after?: string | null },
    context: Context,
  ): Promise<AuditEventPage> {
    await requireCurrentAdmin(context);
    return searchAuditLog(context.store, args.filter, args.first, args.after ?? null);
  },
};
