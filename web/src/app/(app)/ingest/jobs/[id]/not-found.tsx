import Link from 'next/link';

export default function IngestJobNotFound() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Job not found</h1>
      <div className="panel">
        <p>This ingest job does not exist, or it belongs to a collection you cannot read.</p>
        <p>
          <Link href="/ingest/jobs">All ingest jobs</Link>
        </p>
      </div>
    </section>
  );
}
