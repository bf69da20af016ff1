'use client';

import { PageError } from '../../../../components/search/page-error.tsx';

export default function EntityError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError title="Entity" error={error} retry={retry} />;
}
