import 'server-only';
import { HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import {
  ApolloClient,
  InMemoryCache,
  registerApolloClient,
} from '@apollo/client-integration-nextjs';
import { env } from '../../env.ts';
import { clientAddressHeaders } from './request-address.ts';

// A gateway that does not answer within this must not hang a page: the call fails as unreachable.
const GATEWAY_TIMEOUT_MS = 30_000;

/** The operation context that makes the link send this access token. */
export function withAccessToken(accessToken: string): { accessToken: string } {
  return { accessToken };
}

/**
 * The server's Apollo Client: one per request (registerApolloClient scopes it to the React request
 * in server components, and makes a fresh one in route handlers and server actions), so one
 * viewer's answers are never seen by another. Each operation carries the viewer's access token
 * (runOperation reads it from the encrypted session cookie; it never reaches the browser) and the
 * browser's address and user agent, so the audit log and the session list name the browser rather
 * than this server.
 */
export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new SetContextLink(async (context) => {
        const accessToken: unknown = context.accessToken;
        return {
          headers: {
            ...(await clientAddressHeaders()),
            ...(typeof accessToken === 'string' ? { authorization: `Bearer ${accessToken}` } : {}),
          },
        };
      }).concat(
        new HttpLink({
          uri: `${env().GATEWAY_URL}/graphql`,
          fetch: (input, init) =>
            fetch(input, {
              ...init,
              cache: 'no-store',
              signal: init?.signal
                ? AbortSignal.any([init.signal, AbortSignal.timeout(GATEWAY_TIMEOUT_MS)])
                : AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
            }),
        }),
      ),
      // Nothing is read from the cache on the server: every operation asks the gateway.
      defaultOptions: {
        query: { fetchPolicy: 'no-cache' },
        mutate: { fetchPolicy: 'no-cache' },
      },
    }),
);
