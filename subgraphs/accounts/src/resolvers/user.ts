import type { AccountUser } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import type { GroupRecord } from '../groups/groups-store.ts';
import { canReadUser, requireViewer } from '../policy.ts';
import { iso, isoOrNull } from './dates.ts';

export const User = {
  /** Entity lookups from other subgraphs: users other than the viewer are visible to admins only. */
  async __resolveReference(
    reference: { id: string },
    context: Context,
  ): Promise<AccountUser | null> {
    const viewer = requireViewer(context.viewer);
    if (!canReadUser(viewer, reference.id)) return null;
    return context.store.userById(reference.id);
  },
  /** Stored lower-case ('admin'), exposed as the GraphQL enum (ADMIN). */
  roles: (user: AccountUser): string[] => user.roles.map((role) => role.toUpperCase()),
  lockedUntil: (user: AccountUser): string | null => isoOrNull(user.lockedUntil),
  createdAt: (user: AccountUser): string => iso(user.createdAt),
  /** The user themself, or an admin (whoever could see this user at all). */
  async groups(user: AccountUser, _args: unknown, context: Context): Promise<GroupRecord[]> {
    const viewer = requireViewer(context.viewer);
    if (!canReadUser(viewer, user.id)) return [];
    return context.groups.groupsOfUser(user.id);
  },
};
