'use client';

import { PageError } from '../../../components/search/page-error.tsx';

export default function TriplesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError title="Triples" error={error} retry={retry} />;
}
