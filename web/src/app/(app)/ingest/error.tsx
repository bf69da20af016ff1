'use client';

/** Unexpected failures of the ingest pages (expected gateway errors are shown by the pages themselves). */
export default function IngestError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  const message = error instanceof Error && error.message ? error.message : 'Unexpected error.';
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Ingest</h1>
      <div className="alert alert-error" role="alert">
        <p>
          <strong>This page failed to load.</strong>
        </p>
        <p>
          <code>{digest ? `ERROR ${digest}` : 'ERROR'}</code> {message}
        </p>
      </div>
      <p>
        <button type="button" className="button button-quiet" onClick={() => retry()}>
          Try again
        </button>
      </p>
    </section>
  );
}
