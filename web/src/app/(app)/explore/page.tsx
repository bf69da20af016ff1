import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Explore' };

export default async function ExplorePage() {
  await getViewerSession();
  return (
    <ComingSoon title="Explore">
      <p>
        An interactive view of the entity graph: people, organisations, places and other entities
        extracted from your documents, how often they occur together, and the
        subject–relation–object facts linking them, each traceable to the passage it came from.
      </p>
      <p>Explore is not available in this version yet.</p>
    </ComingSoon>
  );
}
