'use client';

import { HttpLink } from '@apollo/client';
import {
  ApolloClient,
  ApolloNextAppProvider,
  InMemoryCache,
} from '@apollo/client-integration-nextjs';
import type { ReactNode } from 'react';

// The browser's Apollo Client: one normalized cache per tab, fed through the same-origin
// /api/graphql route (which adds the viewer's token on the server). Client components query it
// with `ssr: false`: on the server, pages use runOperation instead, and this client has no
// session to send.
function makeClient() {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' }),
  });
}

export function GatewayApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
