import type { CollectionGrantResolvers } from '../../generated/resolvers-types.ts';
import { apiAccess } from './enums.ts';

/** Reached through Collection.grants (admins) or Group.grants (admins and members). */
export const CollectionGrant: CollectionGrantResolvers = {
  collection: (grant, _args, context) =>
    context.store.collectionById(grant.collectionId).then((c) => c!),
  group: (grant, _args, context) => context.groups.groupById(grant.groupId).then((g) => g!),
  /** As the access rules read the row (identity/access.ts): anything but 'write' grants read. */
  access: (grant) => apiAccess(grant.access === 'write' ? 'write' : 'read'),
};
