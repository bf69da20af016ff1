/**
 * When does a Quarry access token stop being valid? The gateway's `login` returns `expiresAt`
 * (an ISO date, or a Unix time in seconds or milliseconds); when it is missing or unreadable we
 * fall back to the token's own `exp` claim, read without verification: the value is only used to
 * end our session early, never to trust the token (the gateway verifies it on every request).
 * Returns epoch milliseconds, or null when neither source says.
 */
export function accessTokenExpiresAt(
  expiresAt: string | null | undefined,
  token: string,
): number | null {
  return parseInstant(expiresAt) ?? jwtExpiry(token);
}

function parseInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const n = Number(trimmed);
    // Ten-digit-ish numbers are seconds; anything past year 33658 in seconds is really milliseconds.
    return n < 1e12 ? Math.round(n * 1000) : Math.round(n);
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : parsed;
}

function jwtExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (claims && typeof claims === 'object' && 'exp' in claims && typeof claims.exp === 'number') {
      return claims.exp * 1000;
    }
  } catch {
    // Not a JWT we can read: the caller treats "unknown" as "do not sign in".
  }
  return null;
}

/**
 * Lifetime (seconds) for the encrypted next-auth session cookie: the configured maximum, but never
 * past the moment the access token inside it expires. A session without a known expiry gets 0.
 */
export function sessionMaxAgeSeconds(
  configuredMaxAge: number,
  accessTokenExpires: number | undefined,
  now: number,
): number {
  if (accessTokenExpires === undefined) return 0;
  const remaining = Math.floor((accessTokenExpires - now) / 1000);
  return Math.max(0, Math.min(configuredMaxAge, remaining));
}

/** True while the access token still has at least `skewMs` of life left. */
export function isAccessTokenLive(
  accessTokenExpires: number | undefined,
  now: number,
  skewMs = 5_000,
): boolean {
  return accessTokenExpires !== undefined && accessTokenExpires - skewMs > now;
}
