import type { Viewer } from '@quarry/auth';
import { UnauthenticatedError } from '@quarry/service-kit';

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

/** A user's email and roles are personal: visible to that user and to admins. */
export function canReadUser(viewer: Viewer, userId: string): boolean {
  return viewer.id === userId || isAdmin(viewer);
}

/** Only active accounts may sign in. */
export function canSignIn(user: { active: boolean }): boolean {
  return user.active;
}
