import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Ingest' };

export default async function IngestPage() {
  await getViewerSession();
  return (
    <ComingSoon title="Ingest">
      <p>
        Upload documents, images, audio and video into a collection, or watch jobs from the
        mass-ingest folder: each file is stored unchanged, cracked (text extraction, OCR,
        transcription) and enriched (language, key phrases, entities, facts), and this page will
        show every job&apos;s progress and errors.
      </p>
      <p>Ingest from the browser is not available in this version yet.</p>
    </ComingSoon>
  );
}
