import { UnauthenticatedError } from '@quarry/service-kit';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { currentAdmin } from '../audited.ts';
import { searchAuditLog } from '../audit-log.ts';
import { checkFirst } from '../paging.ts';
import { canReadGroup, readableCollectionIds, requireViewer } from '../policy.ts';
import { listUsers } from '../user-admin.ts';

/** Largest `first` of the admin lists below. */
export const MAX_PAGE = 200;

export const Query: QueryResolvers = {
  /** Read fresh from the database: a user deleted or disabled since sign-in is signed out. */
  async me(_parent, _args, context) {
    const viewer = requireViewer(context.viewer);
    const user = await context.store.userById(viewer.id);
    if (!user || !user.active)
      throw new UnauthenticatedError('This account no longer exists or is disabled.');
    return user;
  },
  async collections(_parent, _args, context) {
    const viewer = requireViewer(context.viewer);
    return context.store.collectionsByIds(readableCollectionIds(viewer));
  },
  /** Admins only, checked against the database as well as the token (see policy.requireAdmin). */
  async users(_parent, args, context) {
    await currentAdmin(context);
    return listUsers(context.store, args.first, args.after ?? null);
  },
  /** Admins only. Deliberately not audited itself: each search or export page would flood the log. */
  async auditEvents(_parent, args, context) {
    await currentAdmin(context);
    return searchAuditLog(context.store, args.filter, args.first, args.after ?? null);
  },
  async groups(_parent, args, context) {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.groups.listGroups(args.first, args.after ?? null);
  },
  /** Admins, and members of the group; null for anyone else, as for an unknown id. */
  async group(_parent, args, context) {
    const viewer = requireViewer(context.viewer);
    const current = await context.store.userById(viewer.id);
    const member = await context.groups.isMember(args.id, viewer.id);
    if (!canReadGroup(viewer, current, member)) return null;
    return context.groups.groupById(args.id);
  },
  async allCollections(_parent, args, context) {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.groups.listCollections(args.first, args.after ?? null);
  },
  myApiTokens(_parent, _args, context) {
    const viewer = requireViewer(context.viewer);
    return context.identity.apiTokensOf(viewer.id);
  },
  async apiTokens(_parent, args, context) {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.identity.listApiTokens(args.userId ?? null, args.first, args.after ?? null);
  },
  mySessions(_parent, _args, context) {
    const viewer = requireViewer(context.viewer);
    return context.identity.liveSessions(viewer.id, new Date());
  },
};
