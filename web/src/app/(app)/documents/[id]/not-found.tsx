import Link from 'next/link';

/** Same message whether the document does not exist or is outside the viewer's collections. */
export default function DocumentNotFound() {
  return (
    <section className="page" aria-labelledby="page-title" data-testid="document-not-found">
      <h1 id="page-title">Document not found</h1>
      <div className="panel">
        <p>This document does not exist, or it is not in a collection you may read.</p>
        <p>
          <Link href="/search">Search documents</Link>
        </p>
      </div>
    </section>
  );
}
