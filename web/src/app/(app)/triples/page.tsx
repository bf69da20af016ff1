import type { Metadata } from 'next';
import Link from 'next/link';
import { ListPager } from '../../../components/entity/list-pager.tsx';
import { TripleTable } from '../../../components/entity/triple-table.tsx';
import '../../../components/entity/entity-pages.css';
import { GatewayErrors } from '../../../components/search/gateway-errors.tsx';
import { PendingRegion } from '../../../components/search/pending-region.tsx';
import { entityHref } from '../../../lib/entity/entity-link.ts';
import { runOperation } from '../../../lib/gateway/run-operation.ts';
import { TRIPLES_QUERY } from '../../../lib/operations/entity.ts';
import { classifyErrors } from '../../../lib/search/errors.ts';
import type { RawSearchParams } from '../../../lib/search/search-state.ts';
import {
  EMPTY_TRIPLES,
  hasFilters,
  MAX_FILTER_LENGTH,
  parseTriplesParams,
  triplesHref,
  triplesVariables,
  TRIPLES_PER_PAGE,
  type TriplesState,
} from '../../../lib/triples/triples-state.ts';

export const metadata: Metadata = { title: 'Triples' };

interface TriplesPageProps {
  searchParams: Promise<RawSearchParams>;
}

/**
 * Statements extracted from the documents (subject – relation – object), filtered by words in
 * each part; every row links to its source sentence and to its entities. A GET form: the state is
 * the URL, and the page works without script.
 */
export default async function TriplesPage({ searchParams }: TriplesPageProps) {
  const state = parseTriplesParams(await searchParams);
  const result = await runOperation(TRIPLES_QUERY, triplesVariables(state));
  const problem = result.ok ? null : classifyErrors(result.errors);
  return (
    <section className="page triples-page" aria-labelledby="page-title">
      <h1 id="page-title">Triples</h1>
      <p className="muted">
        Who did what to whom, as extracted from the documents you can read. Filter by words in the
        subject, the relation or the object.
      </p>
      <TriplesForm state={state} />
      {state.entityKey ? (
        <p className="alert alert-info" role="note" data-testid="triples-entity-filter">
          Only triples whose subject or object is the entity{' '}
          <Link href={entityHref(state.entityKey)} prefetch={false}>
            <code>{state.entityKey}</code>
          </Link>
          .{' '}
          <Link href={triplesHref({ ...state, entityKey: '', page: 1 })} prefetch={false}>
            Show all
          </Link>
        </p>
      ) : null}
      {problem?.kind === 'input' ? (
        <p className="alert alert-error" role="alert" data-testid="triples-input-error">
          {problem.message}
        </p>
      ) : null}
      <PendingRegion label="Loading triples…">
        {problem?.kind === 'failure' ? (
          <GatewayErrors title="The triples could not be loaded." errors={problem.errors}>
            <p>
              <Link href={triplesHref(state)} prefetch={false}>
                Try again
              </Link>
            </p>
          </GatewayErrors>
        ) : null}
        {result.ok ? <Results triples={result.data.triples} state={state} /> : null}
      </PendingRegion>
    </section>
  );
}

function TriplesForm({ state }: { state: TriplesState }) {
  return (
    <form action="/triples" className="triples-form" role="search" data-testid="triples-form">
      <label>
        Subject
        <input name="s" type="search" defaultValue={state.subject} maxLength={MAX_FILTER_LENGTH} />
      </label>
      <label>
        Relation
        <input name="r" type="search" defaultValue={state.relation} maxLength={MAX_FILTER_LENGTH} />
      </label>
      <label>
        Object
        <input name="o" type="search" defaultValue={state.object} maxLength={MAX_FILTER_LENGTH} />
      </label>
      {state.entityKey ? <input type="hidden" name="entity" value={state.entityKey} /> : null}
      <div className="admin-form-actions">
        <button type="submit" className="button button-primary">
          Filter
        </button>
        {hasFilters(state) ? (
          <Link href={triplesHref(EMPTY_TRIPLES)} prefetch={false} className="button button-quiet">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Results({
  triples,
  state,
}: {
  triples: ReadonlyArray<Parameters<typeof TripleTable>[0]['triples'][number]>;
  state: TriplesState;
}) {
  const shown = triples.slice(0, TRIPLES_PER_PAGE);
  if (shown.length === 0) {
    return (
      <div className="panel" data-testid="triples-empty">
        <p>
          {state.page > 1
            ? 'No more triples.'
            : hasFilters(state)
              ? 'No triple matches these filters.'
              : 'No triples yet: they are extracted by the “triples” skill when documents are ingested.'}
        </p>
        {hasFilters(state) || state.page > 1 ? (
          <p>
            <Link href={triplesHref(EMPTY_TRIPLES)} prefetch={false}>
              Show all triples
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  const from = (state.page - 1) * TRIPLES_PER_PAGE + 1;
  return (
    <div className="doc-section">
      <p className="muted" data-testid="triples-range">
        Showing {from}–{from + shown.length - 1}
      </p>
      <TripleTable triples={shown} caption="Triples" />
      <ListPager
        label="Triple pages"
        page={state.page}
        hasNext={triples.length > TRIPLES_PER_PAGE}
        href={(page) => triplesHref({ ...state, page })}
      />
    </div>
  );
}
