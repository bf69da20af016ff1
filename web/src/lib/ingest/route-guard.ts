import 'server-only';
import { env } from '../../env.ts';
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

/**
 * The first lines of every ingest/originals route: the request must come from our own pages
 * (CSRF) and carry a live session. Returns the session, or the error Response to send.
 */
export async function guardRoute(
  request: Request,
  options: OriginOptions = {},
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
  return { session };
}

/** Identifiers we put into gateway URLs: the pipeline's ids are short and URL-safe. */
export function isSafeId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(value);
}
