import type { UserResolvers } from '../../generated/resolvers-types.ts';
import { canReadUser, requireViewer } from '../policy.ts';
import { iso, isoOrNull } from './dates.ts';
import { apiRole } from './enums.ts';

export const User: UserResolvers = {
  /** Entity lookups from other subgraphs: users other than the viewer are visible to admins only. */
  async __resolveReference(reference, context) {
    const viewer = requireViewer(context.viewer);
    if (!canReadUser(viewer, reference.id)) return null;
    return context.store.userById(reference.id);
  },
  /** Stored lower-case ('admin'), exposed as the GraphQL enum (ADMIN). */
  roles: (user) => user.roles.map(apiRole),
  lockedUntil: (user) => isoOrNull(user.lockedUntil),
  createdAt: (user) => iso(user.createdAt),
  /** The user themself, or an admin (whoever could see this user at all). */
  async groups(user, _args, context) {
    const viewer = requireViewer(context.viewer);
    if (!canReadUser(viewer, user.id)) return [];
    return context.groups.groupsOfUser(user.id);
  },
};
