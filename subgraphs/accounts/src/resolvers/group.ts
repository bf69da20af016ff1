import type { AccountUser } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import type { GrantRecord, GroupRecord } from '../groups/groups-store.ts';
import { isCurrentAdmin, requireViewer } from '../policy.ts';
import { iso } from './dates.ts';

/**
 * Only reachable where the policy already let the viewer see the group (admins, its members).
 * Other users' details stay admin-only: a member who is not an admin sees only themself.
 */
export const Group = {
  createdAt: (group: GroupRecord): string => iso(group.createdAt),
  async members(group: GroupRecord, _args: unknown, context: Context): Promise<AccountUser[]> {
    const viewer = requireViewer(context.viewer);
    const ids = await context.groups.memberIds(group.id);
    const admin = isCurrentAdmin(viewer, await context.store.userById(viewer.id));
    const visible = admin ? ids : ids.filter((id) => id === viewer.id);
    return context.store.usersByIds(visible);
  },
  grants: (group: GroupRecord, _args: unknown, context: Context): Promise<GrantRecord[]> =>
    context.groups.grantsOfGroup(group.id),
};
