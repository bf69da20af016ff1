import { SignJWT } from 'jose';
import { ALGORITHM, ISSUER, key, verifyJwt } from './tokens.ts';

/**
 * The gateway's own credential towards the services behind it, on every request it sends them
 * (anonymous ones such as `login` included) in the GATEWAY_TOKEN_HEADER: a short-lived token
 * signed with the shared QUARRY_JWT_SECRET, like the internal identity token, but naming the
 * gateway rather than a user. A service that sees it knows the request came through the gateway,
 * so it may believe the client address the gateway forwards; the accounts service's internal
 * routes take nothing without it. Its own audience, so it is never accepted as anyone's identity.
 */
const AUDIENCE = 'quarry-gateway';
const SUBJECT = 'gateway';

export const GATEWAY_TOKEN_HEADER = 'x-quarry-gateway';

export async function signGatewayToken(secret: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(SUBJECT)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** True when the header holds a gateway token that stands (signature, audience, expiry). */
export async function isGatewayToken(
  header: string | string[] | undefined,
  secret: string,
): Promise<boolean> {
  const token = Array.isArray(header) ? header[0] : header;
  if (!token) return false;
  try {
    const payload = await verifyJwt(token.trim(), secret, AUDIENCE, 'gateway');
    return payload.sub === SUBJECT;
  } catch {
    return false;
  }
}
