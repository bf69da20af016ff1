import type { ReactNode } from 'react';
import { AdminTabs } from '../../../components/admin/admin-tabs.tsx';
import { isAdmin } from '../../../lib/admin/access.ts';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

/** The admin sections' tabs, for admins only; each page checks the role itself (see adminSession). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await getViewerSession();
  return (
    <div className="admin">
      {isAdmin(user.roles) ? <AdminTabs /> : null}
      {children}
    </div>
  );
}
