export default function Loading() {
  return (
    <section className="page" aria-busy="true" aria-labelledby="page-title">
      <h1 id="page-title">Ingest job</h1>
      <p className="visually-hidden" role="status">
        Loading the job…
      </p>
      <div className="panel ingest-skeleton" aria-hidden="true">
        <div className="ingest-skeleton-bar" />
        <div className="ingest-skeleton-row" />
        <div className="ingest-skeleton-row" />
      </div>
      <div className="panel ingest-skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="ingest-skeleton-row" />
        ))}
      </div>
    </section>
  );
}
