import Link from 'next/link';

/** Previous and next page of an offset-paged list (the API answers one more to tell). */
export function ListPager({
  label,
  page,
  hasNext,
  href,
}: {
  label: string;
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="list-pager">
      {page > 1 ? (
        <Link href={href(page - 1)} prefetch={false} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">Page {page}</span>
      {hasNext ? (
        <Link href={href(page + 1)} prefetch={false} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
