import type { ReactNode } from 'react';

/** An honest placeholder for a feature that a later issue delivers: what it will do, and that it is not here yet. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="panel">
        <p className="badge badge-neutral">Not available yet</p>
        {children}
      </div>
    </section>
  );
}
