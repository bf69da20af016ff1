'use client';

import type { SearchSort } from '../../lib/search/search-state.ts';

const OPTIONS: Array<{ value: Exclude<SearchSort, 'RELEVANCE'>; label: string }> = [
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'OLDEST', label: 'Oldest first' },
  { value: 'TITLE', label: 'Title A–Z' },
];

/**
 * The sort order. "Relevance" sends no `sort` (the default: relevance, newest first when there is
 * no query to rank by). A client component only to re-run the search as soon as the order changes;
 * without JavaScript the Search button submits it like every other field.
 */
export function SortSelect({ sort, hasQuery }: { sort: SearchSort | null; hasQuery: boolean }) {
  const value = sort === null || sort === 'RELEVANCE' ? '' : sort;
  return (
    <div className="search-sort">
      <label htmlFor="search-sort">Sort</label>
      <select
        id="search-sort"
        name="sort"
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        <option value="">
          {hasQuery ? 'Relevance' : 'Relevance (newest first without a query)'}
        </option>
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
