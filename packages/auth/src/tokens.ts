import { errors, jwtVerify, SignJWT } from 'jose';
import { isRole, type Viewer } from './claims.ts';

const ISSUER = 'quarry';
const AUDIENCE = 'quarry-api';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`invalid access token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

function key(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('the token secret must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

/** Signs a short-lived access token for `viewer`. */
export async function signAccessToken(
  viewer: Viewer,
  secret: string,
  ttlSeconds: number,
): Promise<string> {
  return new SignJWT({
    email: viewer.email,
    name: viewer.name,
    roles: viewer.roles,
    collections: viewer.collections,
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(viewer.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Verifies signature, issuer, audience and expiry, then checks the claims' shape. */
export async function verifyAccessToken(token: string, secret: string): Promise<Viewer> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALGORITHM],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired');
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
    throw error;
  }
  const { sub, email, name, roles, collections } = payload;
  if (typeof sub !== 'string' || typeof email !== 'string' || typeof name !== 'string') {
    throw new InvalidTokenError('missing subject, email or name');
  }
  if (!Array.isArray(roles) || !roles.every(isRole)) throw new InvalidTokenError('bad roles claim');
  if (!Array.isArray(collections) || !collections.every((c) => typeof c === 'string')) {
    throw new InvalidTokenError('bad collections claim');
  }
  return { id: sub, email, name, roles, collections };
}

/** Extracts the token from an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1] ?? null;
}
