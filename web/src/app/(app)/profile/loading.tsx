import { PageSkeleton } from '../../../components/admin/page-skeleton.tsx';

export default function Loading() {
  return <PageSkeleton title="Profile" blocks={4} />;
}
