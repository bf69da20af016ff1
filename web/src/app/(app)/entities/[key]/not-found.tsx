import Link from 'next/link';

/** Same message whether the entity does not exist or only documents the viewer cannot read name it. */
export default function EntityNotFound() {
  return (
    <section className="page" aria-labelledby="page-title" data-testid="entity-not-found">
      <h1 id="page-title">Entity not found</h1>
      <div className="panel">
        <p>
          No entity with this key is named in the documents you can read. It may not exist, it may
          have been split or merged into another entity, or only collections you cannot read mention
          it.
        </p>
        <p>
          <Link href="/search">Search documents</Link> ·{' '}
          <Link href="/explore">Explore the graph</Link>
        </p>
      </div>
    </section>
  );
}
