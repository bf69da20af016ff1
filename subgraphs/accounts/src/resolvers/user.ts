import type { AccountUser } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import { canReadUser, requireViewer } from '../policy.ts';

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
  lockedUntil: (user: AccountUser): string | null => user.lockedUntil?.toISOString() ?? null,
  createdAt: (user: AccountUser): string => user.createdAt.toISOString(),
};
