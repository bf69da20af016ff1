import { NextResponse, type NextRequest } from 'next/server';
import { env } from '../../env.ts';
import { isTokenRefused } from '../../lib/auth/session-check.ts';
import { sessionCookieNames } from '../../lib/auth/session-cookie.ts';
import { SESSION_ENDED_REASON } from '../../lib/auth/session-ended.ts';
import { readViewerSession } from '../../lib/auth/viewer-session.ts';

/**
 * A redirect into the app at its public address (NEXTAUTH_URL, the origin the session cookie and
 * the CSRF checks belong to): Next.js would resolve a relative Location against its own idea of
 * the host, e.g. localhost for 127.0.0.1, where the cookie is not sent.
 */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, {
    status: 303,
    headers: { location: new URL(path, env().NEXTAUTH_URL).href, 'cache-control': 'no-store' },
  });
}

/**
 * `GET /session-ended`: where pages send the browser when the API refused its session. Deletes the
 * session cookie and opens the sign-in page with the reason. A session the API still accepts is
 * left alone (back to search), so a link from elsewhere cannot sign anyone out.
 */
export async function GET(request: NextRequest) {
  const session = await readViewerSession();
  if (session && !(await isTokenRefused())) return seeOther('/search');
  const response = seeOther(`/login?reason=${SESSION_ENDED_REASON}`);
  const secure = env().NEXTAUTH_URL.startsWith('https://');
  for (const name of sessionCookieNames(request.cookies.getAll(), secure)) {
    response.cookies.set(name, '', {
      path: '/',
      maxAge: 0,
      httpOnly: true,
      sameSite: 'lax',
      secure,
    });
  }
  return response;
}
