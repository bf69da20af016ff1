import type { OAuthConfig } from 'next-auth/providers/oauth';

/** next-auth's id for the single sign-on provider (its callback is /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = 'oidc';

export interface OidcSettings {
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  OIDC_NAME: string;
}

interface OidcProfile {
  sub: string;
  email?: string;
  name?: string;
}

/**
 * The OpenID Connect provider (e.g. Entra ID) when it is configured, else null: connected
 * operation adds it beside the local-account form, disconnected operation simply leaves it out.
 * Authorization code flow with PKCE and state; the ID token it returns is what accounts verifies.
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> | null {
  const {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
  } = settings;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.OIDC_NAME,
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    idToken: true,
    checks: ['pkce', 'state'],
    authorization: { params: { scope: 'openid email profile' } },
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? profile.email ?? null,
    }),
  };
}
