import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="page" aria-labelledby="page-title" data-testid="not-found">
      <h1 id="page-title">Page not found</h1>
      <div className="panel">
        <p>There is no page at this address. The link may be mistyped or out of date.</p>
        <p>
          <Link href="/search">Search</Link> · <Link href="/ingest">Ingest</Link> ·{' '}
          <Link href="/help">Help</Link>
        </p>
      </div>
    </section>
  );
}
