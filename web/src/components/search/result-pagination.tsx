import Link from 'next/link';
import { firstPageState, nextPageState, previousPageState } from '../../lib/search/pagination.ts';
import { searchHref, type SearchState } from '../../lib/search/search-state.ts';

/** First / Previous / Next links; see lib/search/pagination.ts for how going back works. */
export function ResultPagination({
  state,
  endCursor,
  hasNextPage,
}: {
  state: SearchState;
  endCursor: string | null;
  hasNextPage: boolean;
}) {
  const previous = previousPageState(state);
  const next = hasNextPage && endCursor ? nextPageState(state, endCursor) : null;
  if (state.page === 1 && !next) return null;
  return (
    <nav className="pagination" aria-label="Result pages">
      {state.page > 2 || (state.page === 2 && !previous) ? (
        <Link
          href={searchHref(firstPageState(state))}
          prefetch={false}
          className="button button-quiet"
        >
          « First page
        </Link>
      ) : null}
      {previous ? (
        <Link
          href={searchHref(previous)}
          prefetch={false}
          rel="prev"
          className="button button-quiet"
        >
          ‹ Previous
        </Link>
      ) : null}
      <span className="pagination-current" aria-current="page">
        Page {state.page}
      </span>
      {next ? (
        <Link href={searchHref(next)} prefetch={false} rel="next" className="button button-quiet">
          Next ›
        </Link>
      ) : null}
    </nav>
  );
}
