import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Forbidden } from '../../../components/admin/forbidden.tsx';
import { adminSession } from '../../../lib/admin/access.ts';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  if (!(await adminSession())) return <Forbidden />;
  redirect('/admin/users');
}
