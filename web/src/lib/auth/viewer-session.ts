import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { env } from '../../env.ts';
import type { LoginUser } from '../gateway/login.ts';
import { isAccessTokenLive } from './expiry.ts';
import { sessionCookieValue } from './session-cookie.ts';

export interface ViewerSession {
  user: LoginUser;
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpires: number;
}

/** Reads the encrypted next-auth cookie directly, so the access token never passes through the client session. */
export async function readViewerSession(): Promise<ViewerSession | null> {
  // cookies() first: it marks the route dynamic, so no signed-in page is ever prerendered at build time.
  const jar = await cookies();
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const raw = sessionCookieValue(jar.getAll(), NEXTAUTH_URL.startsWith('https://'));
  if (!raw) return null;
  // decode() verifies the encryption and the cookie's own exp (capped at the access token's expiry).
  const token = await decode({ token: raw, secret: NEXTAUTH_SECRET }).catch(() => null);
  const quarry = token?.quarry;
  if (!quarry || !isAccessTokenLive(quarry.accessTokenExpires, Date.now())) return null;
  return {
    user: quarry.user,
    accessToken: quarry.accessToken,
    accessTokenExpires: quarry.accessTokenExpires,
  };
}

/** For server components and route handlers: the signed-in viewer, or a redirect to /login. */
export async function getViewerSession(): Promise<ViewerSession> {
  const session = await readViewerSession();
  if (!session) redirect('/login');
  return session;
}
