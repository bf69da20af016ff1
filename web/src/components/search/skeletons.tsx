/** Placeholder of the results area while a new search loads (see PendingRegion). */
export function SearchResultsSkeleton() {
  return (
    <div className="search-layout" aria-hidden="true" data-testid="search-skeleton">
      <div className="facets">
        {[0, 1, 2].map((i) => (
          <div key={i} className="facet">
            <div className="skeleton skeleton-line skeleton-short" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line" />
          </div>
        ))}
      </div>
      <div className="search-results">
        <div className="skeleton skeleton-line skeleton-short" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="result skeleton-result">
            <div className="skeleton skeleton-title" />
            <div className="skeleton skeleton-line skeleton-short" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line" />
          </div>
        ))}
      </div>
    </div>
  );
}
