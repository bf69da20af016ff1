import 'server-only';
import { env } from '../../env.ts';
import { isAdmin } from '../admin/access.ts';
import { readViewerSession, type ViewerSession } from '../auth/viewer-session.ts';
import { errorBody } from './http-errors.ts';
import { checkSameOrigin, type OriginOptions } from './same-origin.ts';

/** A JSON error reply of our own routes: `{ error: { code, message } }`, never cached. */
export function jsonError(status: number, code: string, message: string): Response {
  return Response.json(errorBody(code, message), {
    status,
    headers: { 'cache-control': 'no-store' },
  });
}

export interface RouteGuardOptions extends OriginOptions {
  /**
   * Admins only: anyone else gets 403 before any query runs (as the admin pages do), rather than
   * whatever the API's refusal of each operation would turn into.
   */
  adminOnly?: boolean;
}

/**
 * The first lines of every route of ours: the request must come from our own pages (CSRF: 403)
 * and carry a live session (401), and for admin routes an admin's (403). Returns the session, or
 * the error Response to send.
 */
export async function guardRoute(
  request: Request,
  options: RouteGuardOptions = {},
): Promise<{ session: ViewerSession } | { response: Response }> {
  const origin = checkSameOrigin(
    request.method,
    {
      origin: request.headers.get('origin'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      secFetchMode: request.headers.get('sec-fetch-mode'),
    },
    env().NEXTAUTH_URL,
    options,
  );
  if (!origin.ok) return { response: jsonError(403, 'FORBIDDEN_ORIGIN', origin.reason) };
  const session = await readViewerSession();
  if (!session)
    return {
      response: jsonError(401, 'UNAUTHENTICATED', 'Your session has expired. Sign in again.'),
    };
  if (options.adminOnly && !isAdmin(session.user.roles))
    return { response: jsonError(403, 'FORBIDDEN', 'Only administrators may do this.') };
  return { session };
}

/** Identifiers we put into gateway URLs: the pipeline's ids are short and URL-safe. */
export function isSafeId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(value);
}
