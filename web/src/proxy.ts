import { NextResponse, type NextRequest } from 'next/server';
import { decode } from 'next-auth/jwt';
import { env } from './env.ts';
import { isAccessTokenLive } from './lib/auth/expiry.ts';
import { sessionCookieValue } from './lib/auth/session-cookie.ts';

/**
 * First gate: every page except /login needs a live session. Pages check again on the server
 * (getViewerSession), so this is a fast path for redirects, not the only guard.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const raw = sessionCookieValue(request.cookies.getAll(), NEXTAUTH_URL.startsWith('https://'));
  const token = raw
    ? await decode({ token: raw, secret: NEXTAUTH_SECRET }).catch(() => null)
    : null;
  if (token?.quarry && isAccessTokenLive(token.quarry.accessTokenExpires, Date.now()))
    return NextResponse.next();
  const login = new URL('/login', request.nextUrl);
  const target = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (target !== '/') login.searchParams.set('callbackUrl', target);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: everything but the sign-in page, the end of a refused session (it must work with a
  // cookie the proxy still takes for live), the API routes and static assets. Every route under
  // api/ checks the session itself (guardRoute, or next-auth's own) and answers 401 JSON, not a
  // redirect to a page; the file routes must stay outside the proxy anyway, because Next buffers
  // (and cuts at 10 MB) the body of any request it proxies.
  matcher: ['/((?!login|session-ended|api/|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
