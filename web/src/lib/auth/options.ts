import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { encode } from 'next-auth/jwt';
import { env } from '../../env.ts';
import { gatewayLogin, gatewayOidcLogin, type LoginResult } from '../gateway/login.ts';
import { clientAddressHeaders } from '../gateway/request-address.ts';
import { accessTokenExpiresAt, sessionMaxAgeSeconds } from './expiry.ts';
import { OIDC_PROVIDER_ID, oidcProvider } from './oidc-provider.ts';

/** Upper bound for a session; the access token's own expiry normally ends it sooner. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let cached: NextAuthOptions | undefined;

/**
 * next-auth configuration, built on first use (not at import) so `next build` needs no secrets.
 * The credentials provider signs in against the gateway's `login` mutation and keeps the Quarry
 * access token inside the encrypted session JWT; the session callback deliberately leaves it out,
 * so /api/auth/session never hands it to browser code.
 */
/** A granted sign-in as next-auth keeps it, or null when the login result has no usable expiry. */
function quarrySession(result: Extract<LoginResult, { kind: 'ok' }>) {
  const expires = accessTokenExpiresAt(result.expiresAt, result.token);
  if (expires === null || expires <= Date.now()) {
    console.error('[auth] login returned a token without a usable expiry');
    return null;
  }
  return { accessToken: result.token, accessTokenExpires: expires, user: result.user };
}

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const settings = env();
  const { GATEWAY_URL, NEXTAUTH_SECRET } = settings;
  const sso = oidcProvider(settings);
  cached = {
    secret: NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Quarry account',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          const email = credentials?.email?.trim() ?? '';
          const password = credentials?.password ?? '';
          if (!email || !password) return null;
          const result = await gatewayLogin(
            GATEWAY_URL,
            email,
            password,
            await clientAddressHeaders(),
          );
          // Thrown messages reach the sign-in page as ?error=<message>; null means "wrong credentials".
          if (result.kind === 'unavailable') {
            console.error(`[auth] login unavailable: ${result.reason}`);
            throw new Error('GatewayUnavailable');
          }
          if (result.kind === 'rejected') return null;
          const quarry = quarrySession(result);
          if (!quarry) throw new Error('GatewayUnavailable');
          const { user } = result;
          return { id: user.id, email: user.email, name: user.name, quarry };
        },
      }),
      ...(sso ? [sso] : []),
    ],
    jwt: {
      // Cap the encrypted cookie's `exp` at the access token's expiry: the session dies with the token.
      encode: (params) =>
        encode({
          ...params,
          maxAge: sessionMaxAgeSeconds(
            params.maxAge ?? SESSION_MAX_AGE_SECONDS,
            params.token?.quarry?.accessTokenExpires,
            Date.now(),
          ),
        }),
    },
    callbacks: {
      /**
       * Single sign-on: the provider vouched for the person; accounts must too. The ID token is
       * exchanged for a Quarry session (loginWithOidc), which then works exactly like a password
       * sign-in. A refusal ends on the sign-in page with its reason.
       */
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!account.id_token) return '/login?error=OidcRejected';
        const result = await gatewayOidcLogin(
          GATEWAY_URL,
          account.id_token,
          await clientAddressHeaders(),
        );
        if (result.kind === 'unavailable') {
          console.error(`[auth] single sign-on unavailable: ${result.reason}`);
          return '/login?error=GatewayUnavailable';
        }
        if (result.kind === 'rejected') return '/login?error=OidcRejected';
        const quarry = quarrySession(result);
        if (!quarry) return '/login?error=GatewayUnavailable';
        Object.assign(user, { quarry });
        return true;
      },
      jwt({ token, user }) {
        // `user` is only present right after authorize(); later calls keep what is stored.
        if (user?.quarry) token.quarry = user.quarry;
        return token;
      },
      session({ session, token }) {
        const quarry = token.quarry;
        if (!quarry) return session;
        return {
          user: { name: quarry.user.name, email: quarry.user.email },
          expires: new Date(
            Math.min(Date.parse(session.expires), quarry.accessTokenExpires),
          ).toISOString(),
        };
      },
    },
  };
  return cached;
}
