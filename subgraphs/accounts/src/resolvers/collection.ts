import type { CollectionRecord } from '../accounts-store.ts';
import { currentAdmin } from '../audited.ts';
import type { Context } from '../context.ts';
import type { GrantRecord } from '../groups/groups-store.ts';
import { canReadCollection, collectionAccess, requireViewer } from '../policy.ts';
import { iso } from './dates.ts';

export const Collection = {
  /** A collection the viewer may not read resolves to null, exactly like one that does not exist. */
  async __resolveReference(
    reference: { id: string },
    context: Context,
  ): Promise<CollectionRecord | null> {
    const viewer = requireViewer(context.viewer);
    if (!canReadCollection(viewer, reference.id)) return null;
    return context.store.collectionById(reference.id);
  },
  createdAt: (collection: CollectionRecord): string => iso(collection.createdAt),
  /** READ also when the viewer has no access at all (admins listing allCollections): see viewerAccess. */
  access: (collection: CollectionRecord, _args: unknown, context: Context): string =>
    (collectionAccess(requireViewer(context.viewer), collection.id) ?? 'read').toUpperCase(),
  viewerAccess: (collection: CollectionRecord, _args: unknown, context: Context): string | null =>
    collectionAccess(requireViewer(context.viewer), collection.id)?.toUpperCase() ?? null,
  async grants(
    collection: CollectionRecord,
    _args: unknown,
    context: Context,
  ): Promise<GrantRecord[]> {
    await currentAdmin(context);
    return context.groups.grantsOfCollection(collection.id);
  },
};
