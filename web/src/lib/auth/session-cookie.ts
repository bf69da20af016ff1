/**
 * The encrypted next-auth session JWT from a request's cookies. next-auth names the cookie
 * `next-auth.session-token` (with a `__Secure-` prefix on https) and splits values over 4 kB into
 * `.0`, `.1`, … chunks, which must be joined in order.
 */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}next-auth.session-token`;
}

export function sessionCookieValue(
  cookies: readonly { name: string; value: string }[],
  secure: boolean,
): string | null {
  const base = sessionCookieName(secure);
  const whole = cookies.find((c) => c.name === base);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({
      c,
      index: c.name.startsWith(`${base}.`) ? Number(c.name.slice(base.length + 1)) : Number.NaN,
    }))
    .filter(({ index }) => Number.isInteger(index) && index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map(({ c }) => c.value).join('') : null;
}
