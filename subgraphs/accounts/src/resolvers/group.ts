import type { GroupResolvers } from '../../generated/resolvers-types.ts';
import { isCurrentAdmin, requireViewer } from '../policy.ts';
import { iso } from './dates.ts';

/**
 * Only reachable where the policy already let the viewer see the group (admins, its members).
 * Other users' details stay admin-only: a member who is not an admin sees only themself.
 */
export const Group: GroupResolvers = {
  createdAt: (group) => iso(group.createdAt),
  async members(group, _args, context) {
    const viewer = requireViewer(context.viewer);
    const ids = await context.groups.memberIds(group.id);
    const admin = isCurrentAdmin(viewer, await context.store.userById(viewer.id));
    const visible = admin ? ids : ids.filter((id) => id === viewer.id);
    return context.store.usersByIds(visible);
  },
  grants: (group, _args, context) => context.groups.grantsOfGroup(group.id),
};
