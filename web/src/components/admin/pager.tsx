import Link from 'next/link';

/** Cursor paging: back to the first page, and on to the next one while there is one. */
export function Pager({
  label,
  firstHref,
  nextHref,
  onFirstPage,
}: {
  label: string;
  firstHref: string;
  nextHref: string | null;
  onFirstPage: boolean;
}) {
  if (onFirstPage && !nextHref) return null;
  return (
    <nav aria-label={label} className="admin-pager">
      {onFirstPage ? <span /> : <Link href={firstHref}>← First page</Link>}
      {nextHref ? <Link href={nextHref}>Next page →</Link> : null}
    </nav>
  );
}
