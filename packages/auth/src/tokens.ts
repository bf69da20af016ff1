import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { isCredentialKind, isRole, type Viewer } from './claims.ts';

export const ISSUER = 'quarry';
/** Internal identity tokens: minted by the gateway only, accepted by subgraphs and the pipeline. */
const AUDIENCE = 'quarry-api';
export const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {
  constructor(reason: string, kind = 'access') {
    super(`invalid ${kind} token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export function key(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('the token secret must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

/**
 * Signs a short-lived internal access token for `viewer`. Only the gateway does this in production
 * (60 s, after the accounts service resolved the caller's credential); tests and tools sign directly.
 */
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
    // Optional claims are left out when absent, so older verifiers and tests see the same shape.
    ...(viewer.writeCollections ? { writeCollections: viewer.writeCollections } : {}),
    ...(viewer.via ? { via: viewer.via } : {}),
    ...(viewer.cid ? { cid: viewer.cid } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(viewer.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Signature, issuer, audience, algorithm and expiry; the payload's shape is the caller's check. */
export async function verifyJwt(
  token: string,
  secret: string,
  audience: string,
  kind: string,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience,
      algorithms: [ALGORITHM],
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired', kind);
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code, kind);
    throw error;
  }
}

/** Verifies signature, issuer, audience and expiry, then checks the claims' shape. */
export async function verifyAccessToken(token: string, secret: string): Promise<Viewer> {
  const payload = await verifyJwt(token, secret, AUDIENCE, 'access');
  const { sub, email, name, roles, collections, writeCollections, via, cid } = payload;
  if (typeof sub !== 'string' || typeof email !== 'string' || typeof name !== 'string') {
    throw new InvalidTokenError('missing subject, email or name');
  }
  if (!Array.isArray(roles) || !roles.every(isRole)) throw new InvalidTokenError('bad roles claim');
  if (!isStringList(collections)) {
    throw new InvalidTokenError('bad collections claim');
  }
  if (writeCollections !== undefined && !isStringList(writeCollections)) {
    throw new InvalidTokenError('bad writeCollections claim');
  }
  if (via !== undefined && !isCredentialKind(via)) throw new InvalidTokenError('bad via claim');
  if (cid !== undefined && typeof cid !== 'string') throw new InvalidTokenError('bad cid claim');
  return {
    id: sub,
    email,
    name,
    roles,
    collections,
    ...(writeCollections !== undefined ? { writeCollections } : {}),
    ...(via !== undefined ? { via } : {}),
    ...(cid !== undefined ? { cid } : {}),
  };
}

/** Extracts the token from an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1] ?? null;
}
