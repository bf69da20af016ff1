// A session the API no longer accepts (signed out elsewhere, revoked, the account deactivated)
// still has its cookie, which only says when the token expires. Pages that meet the API's
// UNAUTHENTICATED send the browser to SESSION_ENDED_PATH, which clears that cookie and opens the
// sign-in page with a short explanation. Pure: shared by server and client code, unit-tested.

/** The route that ends a session the API refused (app/session-ended/route.ts). */
export const SESSION_ENDED_PATH = '/session-ended';

/** `/login?reason=…` after a session ended elsewhere. */
export const SESSION_ENDED_REASON = 'session-ended';

/** True when the API refused the viewer's credential: no retry will help, only signing in. */
export function isSessionRejected(errors: readonly { code: string }[]): boolean {
  return errors.some((error) => error.code === 'UNAUTHENTICATED');
}

/** The sign-in page's explanation for `?reason=…`, or null when there is nothing to explain. */
export function signInNotice(reason: string | string[] | undefined): string | null {
  const value = Array.isArray(reason) ? reason[0] : reason;
  if (value !== SESSION_ENDED_REASON) return null;
  return 'Your session has ended: it was signed out elsewhere, revoked by an administrator, or your account was deactivated. Sign in again to continue.';
}
