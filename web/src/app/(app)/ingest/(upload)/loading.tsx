export default function Loading() {
  return (
    <section className="page" aria-busy="true" aria-labelledby="page-title">
      <h1 id="page-title">Ingest</h1>
      <p className="visually-hidden" role="status">
        Loading…
      </p>
      <div className="panel ingest-skeleton" aria-hidden="true">
        <div className="ingest-skeleton-row" />
        <div className="ingest-skeleton-row" />
        <div className="ingest-skeleton-drop" />
      </div>
    </section>
  );
}
