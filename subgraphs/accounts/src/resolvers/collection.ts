import type { CollectionResolvers } from '../../generated/resolvers-types.ts';
import { currentAdmin } from '../audited.ts';
import { canReadCollection, collectionAccess, requireViewer } from '../policy.ts';
import { iso } from './dates.ts';
import { apiAccess } from './enums.ts';

export const Collection: CollectionResolvers = {
  /** A collection the viewer may not read resolves to null, exactly like one that does not exist. */
  async __resolveReference(reference, context) {
    const viewer = requireViewer(context.viewer);
    if (!canReadCollection(viewer, reference.id)) return null;
    return context.store.collectionById(reference.id);
  },
  createdAt: (collection) => iso(collection.createdAt),
  /** READ also when the viewer has no access at all (admins listing allCollections): see viewerAccess. */
  access: (collection, _args, context) =>
    apiAccess(collectionAccess(requireViewer(context.viewer), collection.id) ?? 'read'),
  viewerAccess: (collection, _args, context) => {
    const access = collectionAccess(requireViewer(context.viewer), collection.id);
    return access ? apiAccess(access) : null;
  },
  async grants(collection, _args, context) {
    await currentAdmin(context);
    return context.groups.grantsOfCollection(collection.id);
  },
};
