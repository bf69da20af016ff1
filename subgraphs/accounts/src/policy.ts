import { MIN_PASSWORD_LENGTH } from '@quarry/prisma';
import { writableCollections, type Viewer } from '@quarry/auth';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '@quarry/service-kit';

/**
 * Every authorization decision of the accounts subgraph, in one place. Read access to
 * collections comes from the verified token (the list signed at login), never from the request.
 */

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.roles.includes('admin');
}

/** Admins do NOT see every collection implicitly: access is the explicit list in the token. */
export function canReadCollection(viewer: Viewer, collectionId: string): boolean {
  return viewer.collections.includes(collectionId);
}

export function readableCollectionIds(viewer: Viewer): string[] {
  return [...new Set(viewer.collections)];
}

/** The viewer's own access to a collection, from the verified token; null when they have none. */
export function collectionAccess(viewer: Viewer, collectionId: string): 'read' | 'write' | null {
  if (!canReadCollection(viewer, collectionId)) return null;
  return writableCollections(viewer).includes(collectionId) ? 'write' : 'read';
}

/** A user's email and roles are personal: visible to that user and to admins. */
export function canReadUser(viewer: Viewer, userId: string): boolean {
  return viewer.id === userId || isAdmin(viewer);
}

/** A group, its members and grants: admins, and members of that group. */
export function canReadGroup(
  viewer: Viewer,
  current: { active: boolean; roles: readonly string[] } | null,
  member: boolean,
): boolean {
  return member || isCurrentAdmin(viewer, current);
}

/** Only active accounts may sign in. */
export function canSignIn(user: { active: boolean }): boolean {
  return user.active;
}

/** A lock holds until its instant passes; an expired lock needs no clean-up to stop counting. */
export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime();
}

/**
 * Admin operations need the admin role in the token AND in the database now: a token outlives a
 * demotion or deactivation by up to its lifetime, and user management is too sensitive for that.
 */
export function requireAdmin(
  viewer: Viewer | null,
  current: { active: boolean; roles: readonly string[] } | null,
): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isAdmin(signedIn) || !current?.active || !current.roles.includes('admin')) {
    throw new ForbiddenError('Only admins may manage users.');
  }
  return signedIn;
}

/** Admin in the token (an API token without the ADMIN scope drops it) AND in the database now. */
export function isCurrentAdmin(
  viewer: Viewer,
  current: { active: boolean; roles: readonly string[] } | null,
): boolean {
  return isAdmin(viewer) && !!current?.active && current.roles.includes('admin');
}

/**
 * Minting API tokens and changing the password need a signed-in session: a leaked API token must
 * not be able to make itself permanent or take over the account.
 */
export function requireSession(viewer: Viewer | null): Viewer & { cid: string } {
  const signedIn = requireViewer(viewer);
  if (signedIn.via !== 'session' || !signedIn.cid) {
    throw new ForbiddenError('This needs a signed-in session; an API token cannot do it.');
  }
  return signedIn as Viewer & { cid: string };
}

/** Sessions and API tokens: their owner manages them, and admins manage everyone's. */
export function canManageCredential(viewer: Viewer, ownerId: string, adminNow: boolean): boolean {
  return viewer.id === ownerId || adminNow;
}

/** An admin removing their own admin role could leave no admin to undo it. */
export function assertMayChangeRoles(
  viewer: Viewer,
  userId: string,
  roles: readonly string[],
): void {
  if (viewer.id === userId && !roles.includes('admin')) {
    throw new BadUserInputError('An admin cannot remove their own admin role.');
  }
}

/** Deactivating oneself would lock the last admin out with no one left to undo it. */
export function assertMayChangeActive(viewer: Viewer, userId: string, active: boolean): void {
  if (!active && viewer.id === userId) {
    throw new BadUserInputError('An admin cannot deactivate their own account.');
  }
}

/** The same minimum as the bootstrap admin's password. */
export { MIN_PASSWORD_LENGTH };
/** bcrypt reads only the first 72 bytes; a longer password would silently lose its tail. */
export const MAX_PASSWORD_BYTES = 72;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  current: string,
): { reason: string; message: string } | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return {
      reason: 'too-short',
      message: `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    return {
      reason: 'too-long',
      message: `The new password may have at most ${MAX_PASSWORD_BYTES} bytes.`,
    };
  }
  if (password === current) {
    return { reason: 'unchanged', message: 'The new password must differ from the current one.' };
  }
  return null;
}
