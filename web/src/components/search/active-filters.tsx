import Link from 'next/link';
import {
  activeFilters,
  clearFilters,
  searchHref,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { activeFilterLabel, type CollectionNames } from './labels.ts';

/** The filters in force as chips; each chip is a link to the same search without it. */
export function ActiveFilters({ state, names }: { state: SearchState; names: CollectionNames }) {
  const filters = activeFilters(state);
  if (filters.length === 0) return null;
  return (
    <div className="active-filters" data-testid="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul>
        {filters.map((filter) => {
          const label = activeFilterLabel(filter, names);
          return (
            <li key={`${filter.kind}:${filter.value}`}>
              <Link
                href={searchHref(filter.without)}
                prefetch={false}
                className="chip"
                aria-label={`Remove filter ${label}`}
              >
                <span>{label}</span>
                <span className="chip-x" aria-hidden="true">
                  ×
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 ? (
        <Link href={searchHref(clearFilters(state))} prefetch={false} className="clear-filters">
          Clear all filters
        </Link>
      ) : null}
    </div>
  );
}
