import { UnauthenticatedError } from '@quarry/service-kit';
import type { AccountUser, CollectionRecord, UserPage } from '../accounts-store.ts';
import { currentAdmin } from '../audited.ts';
import { searchAuditLog, type AuditEventPage, type AuditFilter } from '../audit-log.ts';
import type { Context } from '../context.ts';
import type { GroupRecord } from '../groups/groups-store.ts';
import type { ApiTokenRecord, SessionRecord } from '../identity/identity-store.ts';
import { checkFirst, type Page } from '../paging.ts';
import { canReadGroup, readableCollectionIds, requireViewer } from '../policy.ts';
import { listUsers } from '../user-admin.ts';

/** Largest `first` of the admin lists below. */
export const MAX_PAGE = 200;

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
    await currentAdmin(context);
    return listUsers(context.store, args.first, args.after ?? null);
  },
  /** Admins only. Deliberately not audited itself: each search or export page would flood the log. */
  async auditEvents(
    _parent: unknown,
    args: { filter?: AuditFilter | null; first: number; after?: string | null },
    context: Context,
  ): Promise<AuditEventPage> {
    await currentAdmin(context);
    return searchAuditLog(context.store, args.filter, args.first, args.after ?? null);
  },
  async groups(
    _parent: unknown,
    args: { first: number; after?: string | null },
    context: Context,
  ): Promise<Page<GroupRecord>> {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.groups.listGroups(args.first, args.after ?? null);
  },
  /** Admins, and members of the group; null for anyone else, as for an unknown id. */
  async group(
    _parent: unknown,
    args: { id: string },
    context: Context,
  ): Promise<GroupRecord | null> {
    const viewer = requireViewer(context.viewer);
    const current = await context.store.userById(viewer.id);
    const member = await context.groups.isMember(args.id, viewer.id);
    if (!canReadGroup(viewer, current, member)) return null;
    return context.groups.groupById(args.id);
  },
  async allCollections(
    _parent: unknown,
    args: { first: number; after?: string | null },
    context: Context,
  ): Promise<Page<CollectionRecord>> {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.groups.listCollections(args.first, args.after ?? null);
  },
  myApiTokens(_parent: unknown, _args: unknown, context: Context): Promise<ApiTokenRecord[]> {
    const viewer = requireViewer(context.viewer);
    return context.identity.apiTokensOf(viewer.id);
  },
  async apiTokens(
    _parent: unknown,
    args: { userId?: string | null; first: number; after?: string | null },
    context: Context,
  ): Promise<Page<ApiTokenRecord>> {
    await currentAdmin(context);
    checkFirst(args.first, MAX_PAGE);
    return context.identity.listApiTokens(args.userId ?? null, args.first, args.after ?? null);
  },
  mySessions(_parent: unknown, _args: unknown, context: Context): Promise<SessionRecord[]> {
    const viewer = requireViewer(context.viewer);
    return context.identity.liveSessions(viewer.id, new Date());
  },
};
