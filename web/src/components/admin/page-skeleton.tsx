/** loading.tsx of the admin and profile pages: the heading and grey blocks while the API answers. */
export function PageSkeleton({ title, blocks = 3 }: { title: string; blocks?: number }) {
  return (
    <section className="page admin-page" aria-busy="true" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="visually-hidden" role="status">
        Loading…
      </p>
      <div aria-hidden="true" className="admin-skeleton">
        {Array.from({ length: blocks }, (_, index) => (
          <div key={index} className="admin-skeleton-block" />
        ))}
      </div>
    </section>
  );
}
