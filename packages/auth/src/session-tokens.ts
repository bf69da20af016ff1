import { SignJWT } from 'jose';
import { ALGORITHM, InvalidTokenError, ISSUER, key, verifyJwt } from './tokens.ts';

/**
 * Session tokens: what `login` hands to browsers and programmatic clients. They name a Session row
 * and nothing else (no roles, no collections): the accounts service looks the session up on every
 * use, so revocation, deactivation and access changes take effect at once. A different audience
 * from the internal access token, so neither is ever accepted in place of the other.
 */
const AUDIENCE = 'quarry-session';

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

export async function signSessionToken(
  claims: SessionClaims,
  secret: string,
  ttlSeconds: number,
): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Signature, issuer, audience and expiry; whether the session still stands is the caller's check. */
export async function verifySessionToken(token: string, secret: string): Promise<SessionClaims> {
  const payload = await verifyJwt(token, secret, AUDIENCE, 'session');
  const { sub, sid } = payload;
  if (typeof sub !== 'string' || typeof sid !== 'string') {
    throw new InvalidTokenError('missing subject or session id', 'session');
  }
  return { userId: sub, sessionId: sid };
}
