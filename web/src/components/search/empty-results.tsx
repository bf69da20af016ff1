import Link from 'next/link';
import {
  clearFilters,
  hasFilters,
  searchHref,
  type SearchState,
} from '../../lib/search/search-state.ts';

/** Nothing in the library yet: the way forward is ingesting files. */
export function EmptyLibrary() {
  return (
    <div className="panel empty-state" data-testid="search-empty-library">
      <h2>No documents yet</h2>
      <p>There is nothing to search in your collections yet.</p>
      <p>
        <Link href="/ingest" className="button button-primary">
          Add documents
        </Link>
      </p>
    </div>
  );
}

/** The library has documents, just none that match: suggest how to widen the search. */
export function NoMatches({ state }: { state: SearchState }) {
  const filtered = hasFilters(state);
  const words = state.q.trim().split(/\s+/).filter(Boolean).length;
  return (
    <div className="panel empty-state" data-testid="search-no-matches">
      <h2>No documents match</h2>
      <ul>
        {words > 1 ? <li>Use fewer words: every word must match.</li> : null}
        {state.q.trim() ? (
          <li>
            Check the spelling, or allow similar spellings with <code>~</code> (for example{' '}
            <code>recieve~</code>) and word endings with <code>*</code> (<code>contract*</code>).
          </li>
        ) : null}
        {state.q.includes('"') ? <li>Loosen an exact phrase into separate words.</li> : null}
        {filtered ? (
          <li>
            Remove filters:{' '}
            <Link href={searchHref(clearFilters(state))} prefetch={false}>
              search without filters
            </Link>
            .
          </li>
        ) : null}
        {state.q.trim() && !filtered ? (
          <li>
            <Link href="/search" prefetch={false}>
              List every document
            </Link>{' '}
            and narrow it down with the filters.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
