import { PageSkeleton } from '../../../components/admin/page-skeleton.tsx';

export default function Loading() {
  return <PageSkeleton title="Administration" />;
}
