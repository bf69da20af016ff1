'use client';

import { PageError } from '../../../../components/search/page-error.tsx';

export default function DocumentError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError title="Document" error={error} retry={retry} />;
}
