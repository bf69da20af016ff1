import type { CollectionRecord } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import type { GrantRecord, GroupRecord } from '../groups/groups-store.ts';

/** Reached through Collection.grants (admins) or Group.grants (admins and members). */
export const CollectionGrant = {
  collection: (grant: GrantRecord, _args: unknown, context: Context): Promise<CollectionRecord> =>
    context.store.collectionById(grant.collectionId).then((c) => c!),
  group: (grant: GrantRecord, _args: unknown, context: Context): Promise<GroupRecord> =>
    context.groups.groupById(grant.groupId).then((g) => g!),
  access: (grant: GrantRecord): string => grant.access.toUpperCase(),
};
