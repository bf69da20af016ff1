'use client';

import { PageError } from '../../../components/search/page-error.tsx';

export default function SearchError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError title="Search" error={error} retry={retry} />;
}
