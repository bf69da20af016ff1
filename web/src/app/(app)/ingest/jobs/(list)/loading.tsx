export default function Loading() {
  return (
    <section className="page" aria-busy="true" aria-labelledby="page-title">
      <h1 id="page-title">Ingest jobs</h1>
      <p className="visually-hidden" role="status">
        Loading ingest jobs…
      </p>
      <div className="panel ingest-skeleton" aria-hidden="true">
        <div className="ingest-skeleton-bar" />
        <div className="ingest-skeleton-row" />
      </div>
      <div className="panel ingest-skeleton" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="ingest-skeleton-row" />
        ))}
      </div>
    </section>
  );
}
