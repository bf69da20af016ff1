import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  await getViewerSession();
  return (
    <ComingSoon title="Admin">
      <p>
        For administrators: manage local accounts and their roles (admin, analyst, viewer),
        collections and who may read them, API tokens for programmatic clients, and review the audit
        log of every change.
      </p>
      <p>Administration is not available in this version yet.</p>
    </ComingSoon>
  );
}
