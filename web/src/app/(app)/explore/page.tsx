import type { Metadata } from 'next';
import { ExplorerLoader } from '../../../components/explorer/explorer-loader.tsx';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Explore' };

/**
 * The entity graph explorer. The view lives in the URL (lib/explorer/url-state.ts), read in the
 * browser; the page only checks the session.
 */
export default async function ExplorePage() {
  await getViewerSession();
  return <ExplorerLoader />;
}
