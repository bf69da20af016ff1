import type { AccountUser, CollectionRecord } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import { readableCollectionIds, requireViewer } from '../policy.ts';
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
};
