import type { AccountUser, CollectionRecord, UserPage } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import { readableCollectionIds, requireAdmin, requireViewer } from '../policy.ts';
import { listUsers } from '../user-admin.ts';
import { UnauthenticatedError } from '@quarry/service-kit';

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
    const current = context.viewer ? await context.store.userById(context.viewer.id) : null;
    requireAdmin(context.viewer, current);
    return listUsers(context.store, args.first, args.after ?? null);
  },
};
