/**
 * The encrypted next-auth session JWT from a request's cookies. next-auth names the cookie
 * `next-auth.session-token` (with a `__Secure-` prefix on https) and splits values over 4 kB into
 * `.0`, `.1`, … chunks, which must be joined in order.
 */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}next-auth.session-token`;
}

/** The session cookie's chunk number: -1 for the whole cookie, null for any other cookie. */
function chunkIndex(name: string, base: string): number | null {
  if (name === base) return -1;
  if (!name.startsWith(`${base}.`)) return null;
  const index = Number(name.slice(base.length + 1));
  return Number.isInteger(index) && index >= 0 ? index : null;
}

export function sessionCookieValue(
  cookies: readonly { name: string; value: string }[],
  secure: boolean,
): string | null {
  const base = sessionCookieName(secure);
  const whole = cookies.find((c) => c.name === base);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({ c, index: chunkIndex(c.name, base) }))
    .filter(
      (entry): entry is { c: (typeof cookies)[number]; index: number } => entry.index !== null,
    )
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map(({ c }) => c.value).join('') : null;
}

/** Every cookie that holds (part of) the session: what ending the session must delete. */
export function sessionCookieNames(
  cookies: readonly { name: string }[],
  secure: boolean,
): string[] {
  const base = sessionCookieName(secure);
  return cookies.map((c) => c.name).filter((name) => chunkIndex(name, base) !== null);
}
