import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API token text: `qk_<tokenId>_<secret>`, the secret 32 random bytes in base64url. The id finds the
 * row; only the SHA-256 of the secret is stored (a random 256-bit secret needs no slow hash, unlike
 * a password). Ids are cuids ([a-z0-9]), so the first `_` after the prefix ends the id.
 */
const PREFIX = 'qk_';
const SECRET_BYTES = 32;
/** How many leading characters of the token are kept in clear to recognise it in lists. */
const VISIBLE = 11;

export interface ParsedToken {
  id: string;
  secret: string;
}

export function newTokenSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

export function formatToken(id: string, secret: string): string {
  return `${PREFIX}${id}_${secret}`;
}

/** `qk_` and the first characters of the id: enough to tell tokens apart, useless to an attacker. */
export function visiblePrefix(id: string): string {
  return formatToken(id, '').slice(0, VISIBLE);
}

export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(PREFIX);
}

export function parseToken(credential: string): ParsedToken | null {
  const match = /^qk_([a-z0-9]{1,64})_([A-Za-z0-9_-]{43})$/.exec(credential);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
