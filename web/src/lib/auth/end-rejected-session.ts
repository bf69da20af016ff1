import { redirect } from 'next/navigation';
import { isSessionRejected, SESSION_ENDED_PATH } from './session-ended.ts';

/**
 * Called where a page shows the API's errors (server or client rendering): a refused credential
 * is not an error to show but a session to end, so the viewer goes to the sign-in page instead of
 * a signed-in page full of UNAUTHENTICATED boxes.
 */
export function endSessionIfRejected(errors: readonly { code: string }[]): void {
  if (isSessionRejected(errors)) redirect(SESSION_ENDED_PATH);
}
