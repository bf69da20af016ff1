'use server';

import { logout } from '../profile/operations.ts';
import { readViewerSession } from './viewer-session.ts';

// A sign-out must not hang on a gateway that is down: give up on the server session after this.
const LOGOUT_TIMEOUT_MS = 5_000;

/**
 * Revokes the server-side session (the `logout` mutation, audited by the API) before the browser
 * clears its next-auth cookie. Never throws: the caller signs out locally whatever happens, and
 * the token expires on its own if the gateway could not be told.
 */
export async function logoutAction(): Promise<{ revoked: boolean }> {
  const session = await readViewerSession();
  if (!session) return { revoked: false };
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), LOGOUT_TIMEOUT_MS),
  );
  const result = await Promise.race([logout().catch(() => null), timeout]);
  return { revoked: result?.ok === true && result.data.logout };
}
