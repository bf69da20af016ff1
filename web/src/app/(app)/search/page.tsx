import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage() {
  await getViewerSession();
  return (
    <ComingSoon title="Search">
      <p>
        Full-text search across every document you may read: extracted text, metadata, key phrases
        and the entities found in them, with filters by collection, language, type and date, and
        highlighted matches that link back to the exact place in the source.
      </p>
      <p>Search is not available in this version yet.</p>
    </ComingSoon>
  );
}
