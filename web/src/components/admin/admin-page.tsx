import type { ReactNode } from 'react';

/** The frame of an admin section: its heading, an optional intro, then the content. */
export function AdminPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {intro ? <p className="muted admin-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
