import type { Metadata } from 'next';
import { ActiveFilters } from '../../../components/search/active-filters.tsx';
import '../../../components/entity/entity-pages.css';
import { DateFilter } from '../../../components/search/date-filter.tsx';
import { EntityOffer } from '../../../components/search/entity-offer.tsx';
import { EmptyLibrary, NoMatches } from '../../../components/search/empty-results.tsx';
import { FacetPanel, YearFacet } from '../../../components/search/facet-panel.tsx';
import { GatewayErrors } from '../../../components/search/gateway-errors.tsx';
import { PendingRegion } from '../../../components/search/pending-region.tsx';
import { ResultItem } from '../../../components/search/result-item.tsx';
import { ResultPagination } from '../../../components/search/result-pagination.tsx';
import { SearchForm } from '../../../components/search/search-form.tsx';
import { SearchResultsSkeleton } from '../../../components/search/skeletons.tsx';
import { runOperation } from '../../../lib/gateway/run-operation.ts';
import { ENTITY_MATCHES, ENTITY_MATCHES_QUERY } from '../../../lib/operations/entity.ts';
import { entityNameQuery, entityOffer } from '../../../lib/search/entity-offer.ts';
import { classifyErrors } from '../../../lib/search/errors.ts';
import {
  LIBRARY_SIZE_QUERY,
  RESULTS_PER_PAGE,
  SEARCH_PAGE_QUERY,
  type SearchPageData,
  type SearchPageVariables,
} from '../../../lib/search/operations.ts';
import { resultRange } from '../../../lib/search/pagination.ts';
import {
  effectiveSort,
  ENTITY_FACET_KINDS,
  ENTITY_FACET_TYPE,
  FIELD_FACET_KINDS,
  hasFilters,
  parseSearchState,
  searchHref,
  toFilterInput,
  type RawSearchParams,
  type SearchState,
} from '../../../lib/search/search-state.ts';
import { formatCount, formatInteger } from '../../../lib/text/format.ts';

interface SearchPageProps {
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const q = parseSearchState(await searchParams).q.trim();
  return { title: q ? `${q.slice(0, 60)} – Search` : 'Search' };
}

const SORT_NOTES = {
  RELEVANCE: 'best match first',
  NEWEST: 'newest first',
  OLDEST: 'oldest first',
  TITLE: 'by title',
} as const;

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const state = parseSearchState(await searchParams);
  const variables: SearchPageVariables = {
    query: state.q.trim() || null,
    filter: toFilterInput(state),
    sort: effectiveSort(state),
    first: RESULTS_PER_PAGE,
    after: state.after,
  };
  // A query that names an entity offers its page; asked in parallel, and its failure only
  // leaves the offer out.
  const name = entityNameQuery(state.q);
  const [result, matches] = await Promise.all([
    runOperation(SEARCH_PAGE_QUERY, variables),
    name ? runOperation(ENTITY_MATCHES_QUERY, { query: name, first: ENTITY_MATCHES }) : null,
  ]);
  const offer = matches?.ok ? entityOffer(state.q, matches.data.searchEntities) : null;
  const problem = result.ok ? null : classifyErrors(result.errors);
  const data = result.ok ? result.data : null;
  const names = new Map((data?.collections ?? []).map((c) => [c.id, c.name]));

  return (
    <section className="page search-page" aria-labelledby="page-title">
      <h1 id="page-title">Search</h1>
      <SearchForm state={state} inputError={problem?.kind === 'input' ? problem.message : null} />
      {problem?.kind === 'input' && state.after ? (
        <p className="muted">
          The page link may be out of date:{' '}
          <a href={searchHref({ ...state, after: null, prev: [], page: 1 })}>
            start again from the first page
          </a>
          .
        </p>
      ) : null}
      <PendingRegion label="Searching…" skeleton={<SearchResultsSkeleton />}>
        <ActiveFilters state={state} names={names} />
        <div className="search-layout">
          <aside className="facets" aria-label="Filters">
            {data
              ? FIELD_FACET_KINDS.map((kind) => (
                  <FacetPanel
                    key={kind}
                    kind={kind}
                    buckets={data.search.facets[kind]}
                    state={state}
                    names={names}
                  />
                ))
              : null}
            {data
              ? ENTITY_FACET_KINDS.map((kind) => (
                  <FacetPanel
                    key={kind}
                    kind={kind}
                    buckets={
                      data.search.facets.entities.find(
                        (facet) => facet.type === ENTITY_FACET_TYPE[kind],
                      )?.buckets ?? []
                    }
                    state={state}
                    names={names}
                  />
                ))
              : null}
            {data ? <YearFacet buckets={data.search.facets.years} state={state} /> : null}
            <DateFilter state={state} />
          </aside>
          <div className="search-results">
            {offer ? <EntityOffer match={offer} /> : null}
            {problem?.kind === 'failure' ? (
              <GatewayErrors title="The search could not be run." errors={problem.errors}>
                <p>
                  <a href={searchHref(state)}>Try again</a>
                </p>
              </GatewayErrors>
            ) : null}
            {data ? <Results data={data} state={state} /> : null}
          </div>
        </div>
      </PendingRegion>
    </section>
  );
}

async function Results({ data, state }: { data: SearchPageData; state: SearchState }) {
  const { search } = data;
  const names = new Map(data.collections.map((c) => [c.id, c.name]));
  if (search.totalCount === 0 && search.hits.length === 0 && !state.after) {
    return (await isLibraryEmpty(state)) ? <EmptyLibrary /> : <NoMatches state={state} />;
  }
  const range = resultRange(state.page, RESULTS_PER_PAGE, search.hits.length);
  return (
    <>
      <div className="results-heading">
        <h2 data-testid="search-count" data-count={search.totalCount}>
          {formatCount(search.totalCount, 'document')}
        </h2>
        <p className="muted">
          {search.hits.length > 0
            ? `Showing ${formatInteger(range.from)}–${formatInteger(range.to)}, `
            : 'No more results on this page, '}
          {SORT_NOTES[effectiveSort(state)]} · {formatInteger(search.tookMs)} ms
        </p>
      </div>
      <ol className="results" aria-label="Results">
        {search.hits.map((hit) => (
          <ResultItem key={hit.document.id} hit={hit} state={state} names={names} />
        ))}
      </ol>
      <ResultPagination
        state={state}
        endCursor={search.endCursor}
        hasNextPage={search.hasNextPage}
      />
    </>
  );
}

/** Only when nothing matched: with no query and no filter the answer is already known. */
async function isLibraryEmpty(state: SearchState): Promise<boolean> {
  if (!state.q.trim() && !hasFilters(state)) return true;
  const size = await runOperation(LIBRARY_SIZE_QUERY);
  return size.ok && size.data.documents.totalCount === 0;
}
