import type { Role, Viewer } from '@quarry/auth';
import type { Resolved } from './accounts-client.ts';

/** The roles that may read the schema (introspection: the playground's schema and docs). */
const INTROSPECTING_ROLES: readonly Role[] = ['admin', 'developer'];

/** Introspection (and so the playground's schema and docs) is for admins and developers. */
export function mayIntrospect(viewer: Viewer): boolean {
  return viewer.roles.some((role) => INTROSPECTING_ROLES.includes(role));
}

/**
 * Why introspection is refused to `caller`, in words that say what to do: an admin's API token
 * without the ADMIN scope carries no admin role (accounts narrows it), so for such a token the
 * cause is the token's scope, not the user's role.
 */
export function introspectionRefusal(caller: Resolved): string {
  const owner = caller.ownerRoles ?? [];
  if (caller.scopes !== null && owner.some((role) => INTROSPECTING_ROLES.includes(role))) {
    const scopes = caller.scopes.map((scope) => scope.toUpperCase()).join(', ') || 'none';
    return (
      `Introspection (schema and docs) is refused to this API token: its scopes (${scopes}) lack ` +
      "ADMIN, and an admin's token carries the admin role only with the ADMIN scope. Create a " +
      'token with the ADMIN scope (Profile → API tokens), or use a session token.'
    );
  }
  return (
    'Introspection (schema and docs) needs the ADMIN or DEVELOPER role, which this user does ' +
    'not have: ask an admin for the DEVELOPER role (Admin → Users).'
  );
}
