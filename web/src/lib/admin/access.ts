import 'server-only';
import { getViewerSession, type ViewerSession } from '../auth/viewer-session.ts';

/** Whether a role list (from the sign-in) includes the admin role. */
export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('ADMIN');
}

/**
 * The session of an admin, or null for any other signed-in user (who then sees the 403 page).
 * Checked before any admin query runs, so a non-admin's visit does not fill the audit log with
 * refused calls; the API checks the role again (token and database) on every operation.
 */
export async function adminSession(): Promise<ViewerSession | null> {
  const session = await getViewerSession();
  return isAdmin(session.user.roles) ? session : null;
}
