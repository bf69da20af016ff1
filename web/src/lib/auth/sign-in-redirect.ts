/**
 * Where to go after signing in. Only same-origin paths are accepted, so a crafted
 * `/login?callbackUrl=https://evil.example` cannot bounce the user off-site.
 */
export function safeCallbackPath(
  raw: string | string[] | null | undefined,
  fallback = '/search',
): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return fallback;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/api/auth'))
    return fallback;
  return value;
}

/** Error codes the credentials provider can produce (see lib/auth/options.ts) mapped to user text. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === 'CredentialsSignin') return 'Invalid email or password.';
  if (code === 'OidcRejected')
    return 'Single sign-on worked, but Quarry has no active account for you. Ask an administrator.';
  if (code === 'GatewayUnavailable')
    return 'Quarry could not reach the sign-in service. Try again in a moment.';
  return 'Sign-in failed. Try again in a moment.';
}
