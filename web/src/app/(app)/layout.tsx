import type { ReactNode } from 'react';
import { GatewayApolloProvider } from '../../components/gateway/apollo-provider.tsx';
import { SiteHeader } from '../../components/site-header.tsx';
import { getViewerSession } from '../../lib/auth/viewer-session.ts';

// Per-viewer pages: never prerender or cache them.
export const dynamic = 'force-dynamic';

/** The signed-in shell. Checks the session on the server (the proxy is only the first gate). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user } = await getViewerSession();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <SiteHeader user={user} />
      <main id="main" className="main" tabIndex={-1}>
        <GatewayApolloProvider>{children}</GatewayApolloProvider>
      </main>
      <footer className="site-footer">
        <p>Quarry · knowledge mining on your own infrastructure</p>
      </footer>
    </>
  );
}
