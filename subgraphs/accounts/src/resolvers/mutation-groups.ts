import type { MutationResolvers } from '../../generated/resolvers-types.ts';
import type { AccountUser } from '../accounts-store.ts';
import { AUDIT_ACTIONS, asAdmin } from '../audited.ts';
import {
  createCollection,
  createGroup,
  existingCollection,
  existingGroup,
  renameCollection,
  toAccess,
  updateGroup,
} from '../groups/group-admin.ts';
import { existingUser } from '../user-admin.ts';

/**
 * Groups, collections and grants: admins only, every field audited (mutation-audit.int.test.ts).
 * Access changes apply to the next request: the gateway asks the accounts service for the
 * caller's collections on every request (beyond its short cache), not once per sign-in.
 */
export const GroupMutation: MutationResolvers = {
  createGroup(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.createGroup, `group:${args.input.name}`, async () => {
      const group = await createGroup(context.groups, args.input);
      return { result: group, details: { groupId: group.id } };
    });
  },

  updateGroup(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.updateGroup, `group:${args.id}`, async () => {
      const group = await updateGroup(context.groups, args.id, args.input);
      return { result: group, details: { name: group.name } };
    });
  },

  deleteGroup(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.deleteGroup, `group:${args.id}`, async () => {
      const group = await existingGroup(context.groups, args.id);
      await context.groups.deleteGroup(args.id);
      return { result: true, details: { name: group.name } };
    });
  },

  addGroupMember(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.addGroupMember, `group:${args.groupId}`, async () => {
      const group = await existingGroup(context.groups, args.groupId);
      const user: AccountUser = await existingUser(context.store, args.userId);
      await context.groups.addMember(group.id, user.id);
      return { result: group, details: { userId: user.id } };
    });
  },

  removeGroupMember(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.removeGroupMember, `group:${args.groupId}`, async () => {
      const group = await existingGroup(context.groups, args.groupId);
      await context.groups.removeMember(group.id, args.userId);
      return { result: group, details: { userId: args.userId } };
    });
  },

  createCollection(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.createCollection, `collection:${args.name}`, async () => {
      const collection = await createCollection(context.groups, args.name);
      return { result: collection, details: { collectionId: collection.id } };
    });
  },

  renameCollection(_parent, args, context) {
    return asAdmin(context, AUDIT_ACTIONS.renameCollection, `collection:${args.id}`, async () => {
      const before = await existingCollection(context.store, args.id);
      const collection = await renameCollection(context.store, context.groups, args.id, args.name);
      return { result: collection, details: { from: before.name, to: collection.name } };
    });
  },

  grantCollection(_parent, args, context) {
    const target = `collection:${args.collectionId}`;
    return asAdmin(context, AUDIT_ACTIONS.grantCollection, target, async () => {
      const access = toAccess(args.access);
      const collection = await existingCollection(context.store, args.collectionId);
      await existingGroup(context.groups, args.groupId);
      await context.groups.grant(collection.id, args.groupId, access);
      return { result: collection, details: { groupId: args.groupId, access } };
    });
  },

  revokeCollectionGrant(_parent, args, context) {
    const target = `collection:${args.collectionId}`;
    return asAdmin(context, AUDIT_ACTIONS.revokeCollectionGrant, target, async () => {
      const collection = await existingCollection(context.store, args.collectionId);
      const existed = await context.groups.revokeGrant(collection.id, args.groupId);
      return { result: collection, details: { groupId: args.groupId, existed } };
    });
  },
};
