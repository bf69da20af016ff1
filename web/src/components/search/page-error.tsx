'use client';

/**
 * The error boundary's view for the search and document pages. Expected failures (gateway down,
 * bad input) are rendered by the pages themselves with their codes; this catches the unexpected.
 * In production Next.js replaces a server error's message with a generic one and a digest that
 * matches the server log, so the digest is shown as the reference to quote.
 */
export function PageError({
  title,
  error,
  retry,
}: {
  title: string;
  error: unknown;
  retry: () => void;
}) {
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="alert alert-error" role="alert" data-testid="page-error">
        <p>
          <strong>Something went wrong while loading this page.</strong>
        </p>
        <p>
          <code className="error-code">{digest ? `ERROR ${digest}` : 'ERROR'}</code> {message}
        </p>
        <p>
          <button type="button" className="button button-quiet" onClick={() => retry()}>
            Try again
          </button>
        </p>
      </div>
    </section>
  );
}
