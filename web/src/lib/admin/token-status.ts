// A token's state as lists show it. Pure, unit-tested.

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(
  token: { revokedAt: string | null; expiresAt: string },
  now: number,
): TokenStatus {
  if (token.revokedAt) return 'revoked';
  const expires = Date.parse(token.expiresAt);
  return Number.isFinite(expires) && expires <= now ? 'expired' : 'active';
}
