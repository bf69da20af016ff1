import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CooccurringList } from '../../../../components/entity/cooccurring-list.tsx';
import { CurationPanel } from '../../../../components/entity/curation-panel.tsx';
import {
  EntityTypeBadge,
  entityTypeClass,
} from '../../../../components/entity/entity-type-badge.tsx';
import { KnowledgeBaseLink } from '../../../../components/entity/knowledge-base-link.tsx';
import { ListPager } from '../../../../components/entity/list-pager.tsx';
import { MentionList } from '../../../../components/entity/mention-list.tsx';
import { MentionTimeline } from '../../../../components/entity/mention-timeline.tsx';
import { TripleTable } from '../../../../components/entity/triple-table.tsx';
import '../../../../components/entity/entity-pages.css';
import { GatewayErrors } from '../../../../components/search/gateway-errors.tsx';
import { PendingRegion } from '../../../../components/search/pending-region.tsx';
import { getViewerSession } from '../../../../lib/auth/viewer-session.ts';
import { entitySearchHref } from '../../../../lib/document/entities.ts';
import { canCurate } from '../../../../lib/entity/curation-access.ts';
import {
  CURATION_NOTICES,
  entityHref,
  entityKeyFromParam,
  parseEntityParams,
  type EntityPageState,
} from '../../../../lib/entity/entity-link.ts';
import { isEntityType } from '../../../../lib/entity-types.ts';
import { exploreHref } from '../../../../lib/explorer/url-state.ts';
import { runOperation } from '../../../../lib/gateway/run-operation.ts';
import {
  ENTITY_COOCCURRING,
  ENTITY_MATCHES,
  ENTITY_MATCHES_QUERY,
  ENTITY_MENTIONS_PER_PAGE,
  ENTITY_PAGE_QUERY,
  ENTITY_TRIPLES_PER_PAGE,
  type EntityPageEntity,
} from '../../../../lib/operations/entity.ts';
import { classifyErrors } from '../../../../lib/search/errors.ts';
import type { RawSearchParams } from '../../../../lib/search/search-state.ts';
import { formatDate, formatInteger } from '../../../../lib/text/format.ts';
import { triplesHref } from '../../../../lib/triples/triples-state.ts';

interface EntityPageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<RawSearchParams>;
}

// One more than shown tells whether a next page exists.
const loadEntity = cache((key: string, mentionsPage: number, triplesPage: number) =>
  runOperation(ENTITY_PAGE_QUERY, {
    key,
    mentionsFirst: ENTITY_MENTIONS_PER_PAGE + 1,
    mentionsOffset: (mentionsPage - 1) * ENTITY_MENTIONS_PER_PAGE,
    triplesFirst: ENTITY_TRIPLES_PER_PAGE + 1,
    triplesOffset: (triplesPage - 1) * ENTITY_TRIPLES_PER_PAGE,
    cooccurringFirst: ENTITY_COOCCURRING,
  }),
);

export async function generateMetadata({
  params,
  searchParams,
}: EntityPageProps): Promise<Metadata> {
  const key = entityKeyFromParam((await params).key);
  if (!key) return { title: 'Entity' };
  const state = parseEntityParams(await searchParams);
  const result = await loadEntity(key, state.mentions, state.triples);
  return { title: result.ok && result.data.entity ? result.data.entity.name : 'Entity' };
}

export default async function EntityPage({ params, searchParams }: EntityPageProps) {
  const key = entityKeyFromParam((await params).key);
  if (!key) notFound();
  const state = parseEntityParams(await searchParams);
  const session = await getViewerSession();
  const curator = canCurate(session.user.roles);
  const [result, candidates] = await Promise.all([
    loadEntity(key, state.mentions, state.triples),
    curator && state.merge
      ? runOperation(ENTITY_MATCHES_QUERY, { query: state.merge, first: ENTITY_MATCHES + 1 })
      : null,
  ]);

  if (!result.ok) {
    const problem = classifyErrors(result.errors);
    return (
      <section className="page entity-page" aria-labelledby="page-title">
        <h1 id="page-title">Entity</h1>
        <GatewayErrors
          title="The entity could not be loaded."
          errors={problem.kind === 'failure' ? problem.errors : result.errors}
        >
          <p>
            <Link href={entityHref(key, state)} prefetch={false}>
              Try again
            </Link>
          </p>
        </GatewayErrors>
      </section>
    );
  }
  const entity = result.data.entity;
  // Unknown, unreadable and never-mentioned look the same: the API answers null for each.
  if (!entity) notFound();

  return (
    <article className="page entity-page" aria-labelledby="page-title" data-testid="entity-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/search" prefetch={false}>
              Search
            </Link>
          </li>
          <li>
            <Link href="/triples" prefetch={false}>
              Entities and triples
            </Link>
          </li>
          <li aria-current="page">{entity.name}</li>
        </ol>
      </nav>
      <div className="entity-heading">
        <h1 id="page-title" className="wrap-anywhere">
          {entity.name}
        </h1>
        <EntityTypeBadge type={entity.type} />
        {entity.hidden ? <span className="badge badge-neutral">Hidden</span> : null}
      </div>
      {state.done ? (
        <p className="alert alert-ok" role="status" data-testid="curation-notice">
          {CURATION_NOTICES[state.done]}
        </p>
      ) : null}
      {entity.key !== key ? (
        <p className="alert alert-info" role="note" data-testid="merged-note">
          <code>{key}</code> was merged into this entity.
        </p>
      ) : null}
      {entity.hidden ? (
        <p className="alert alert-warning entity-hidden-note" role="note">
          This entity is hidden: searches, lists and the explorer leave it out.
          {curator ? ' Unhide it below to show it again.' : ''}
        </p>
      ) : null}
      <EntityActions entity={entity} />
      <PendingRegion label="Loading…">
        <div className="entity-layout">
          <div className="entity-main">
            <Facts entity={entity} />
            <section className="doc-section" aria-labelledby="timeline-title">
              <h2 id="timeline-title">Mentions over time</h2>
              <MentionTimeline buckets={entity.timeline} />
            </section>
            <Mentions entity={entity} state={state} />
            <Triples entity={entity} state={state} />
          </div>
          <aside className="entity-side" aria-label="Related">
            {curator ? (
              <CurationPanel
                entity={entity}
                mergeQuery={state.merge}
                candidates={
                  candidates === null ? [] : candidates.ok ? candidates.data.searchEntities : null
                }
              />
            ) : null}
            <section className="doc-section" aria-labelledby="cooccurring-title">
              <h2 id="cooccurring-title">Named together with</h2>
              {entity.cooccurring.length > 0 ? (
                <CooccurringList items={entity.cooccurring} />
              ) : (
                <p className="muted" data-testid="cooccurring-empty">
                  No other entity shares a sentence with it in the documents you can read.
                </p>
              )}
            </section>
          </aside>
        </div>
      </PendingRegion>
    </article>
  );
}

function EntityActions({ entity }: { entity: EntityPageEntity }) {
  const search = isEntityType(entity.type) ? entitySearchHref(entity.type, entity.name) : null;
  return (
    <p className="entity-actions">
      <Link
        href={exploreHref([entity.key])}
        prefetch={false}
        className="button button-primary"
        data-testid="open-in-explorer"
      >
        Open in explorer
      </Link>
      <Link
        href={triplesHref({ entityKey: entity.key })}
        prefetch={false}
        className="button button-quiet"
      >
        All its triples
      </Link>
      {search ? (
        <Link href={search} prefetch={false} className="button button-quiet">
          Search documents naming it
        </Link>
      ) : null}
    </p>
  );
}

function Facts({ entity }: { entity: EntityPageEntity }) {
  return (
    <section className="doc-section" aria-labelledby="facts-title">
      <h2 id="facts-title">About</h2>
      <dl className="entity-counts">
        <div>
          <dt>Mentions</dt>
          <dd data-testid="mention-count">{formatInteger(entity.mentionCount)}</dd>
        </div>
        <div>
          <dt>Documents</dt>
          <dd data-testid="document-count">{formatInteger(entity.documentCount)}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatDate(entity.firstSeen)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatDate(entity.lastSeen)}</dd>
        </div>
      </dl>
      <table className="meta-table">
        <tbody>
          <tr>
            <th scope="row">Also written</th>
            <td>
              {entity.aliases.length > 0 ? (
                <ul className="entity-aliases" data-testid="aliases">
                  {entity.aliases.map((alias) => (
                    <li key={alias}>{alias}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">No other names</span>
              )}
            </td>
          </tr>
          <tr>
            <th scope="row">Knowledge base</th>
            <td>
              <KnowledgeBaseLink kb={entity.kb} />
            </td>
          </tr>
          <tr>
            <th scope="row">Key</th>
            <td>
              <code>{entity.key}</code>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function Mentions({ entity, state }: { entity: EntityPageEntity; state: EntityPageState }) {
  const shown = entity.mentions.slice(0, ENTITY_MENTIONS_PER_PAGE);
  const more = entity.mentions.length > ENTITY_MENTIONS_PER_PAGE;
  return (
    <section className="doc-section" aria-labelledby="mentions-title">
      <h2 id="mentions-title">Mentions</h2>
      {shown.length > 0 ? (
        <MentionList mentions={shown} />
      ) : (
        <p className="muted" data-testid="mentions-empty">
          {state.mentions > 1 ? 'No more mentions.' : 'No mentions in the documents you can read.'}
        </p>
      )}
      <ListPager
        label="Mention pages"
        page={state.mentions}
        hasNext={more}
        href={(page) =>
          `${entityHref(entity.key, { ...state, mentions: page, done: null })}#mentions-title`
        }
      />
    </section>
  );
}

function Triples({ entity, state }: { entity: EntityPageEntity; state: EntityPageState }) {
  const shown = entity.triples.slice(0, ENTITY_TRIPLES_PER_PAGE);
  const more = entity.triples.length > ENTITY_TRIPLES_PER_PAGE;
  return (
    <section
      className={`doc-section ${entityTypeClass(entity.type)}`}
      aria-labelledby="triples-title"
    >
      <h2 id="triples-title">Triples</h2>
      {shown.length > 0 ? (
        <TripleTable triples={shown} caption={`Triples with ${entity.name}`} />
      ) : (
        <p className="muted" data-testid="triples-empty">
          {state.triples > 1
            ? 'No more triples.'
            : 'No statement (subject – relation – object) names it in the documents you can read.'}
        </p>
      )}
      <ListPager
        label="Triple pages"
        page={state.triples}
        hasNext={more}
        href={(page) =>
          `${entityHref(entity.key, { ...state, triples: page, done: null })}#triples-title`
        }
      />
    </section>
  );
}
