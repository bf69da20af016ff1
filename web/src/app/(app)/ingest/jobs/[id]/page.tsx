import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '../../../../../components/ingest/auto-refresh.tsx';
import { GatewayErrorAlert } from '../../../../../components/ingest/gateway-error.tsx';
import { ItemTable } from '../../../../../components/ingest/item-table.tsx';
import { StagePanels } from '../../../../../components/ingest/stage-panels.tsx';
import { RetryButton } from '../../../../../components/ingest/retry-button.tsx';
import {
  itemFilterHref,
  parseItemFilter,
  type ItemFilter,
} from '../../../../../lib/ingest/filter.ts';
import { formatCount, formatDateTime, formatInteger } from '../../../../../lib/ingest/format.ts';
import {
  knowledgeCountKey,
  knowledgeLabel,
  knowledgeUnfinished,
  KNOWLEDGE_STATUSES,
} from '../../../../../lib/ingest/knowledge.ts';
import { fetchJob } from '../../../../../lib/ingest/operations.ts';
import { isSafeId } from '../../../../../lib/ingest/route-guard.ts';
import {
  countKey,
  hasUnfinished,
  INGEST_STATUSES,
  statusLabel,
} from '../../../../../lib/ingest/status.ts';

export const metadata: Metadata = { title: 'Ingest job' };

export default async function IngestJobPage({
  params,
  searchParams,
}: PageProps<'/ingest/jobs/[id]'>) {
  const { id } = await params;
  const filter = parseItemFilter(await searchParams);
  // notFound() answers HTTP 404 only because no loading.tsx wraps this page (the ingest pages'
  // skeletons sit in route groups beside it): inside a loading boundary the 200 is already sent.
  if (!isSafeId(id)) notFound();
  const result = await fetchJob(id, filter, filter.after);

  if (!result.ok) {
    return (
      <section className="page" aria-labelledby="page-title">
        <Breadcrumb />
        <h1 id="page-title">Ingest job</h1>
        <GatewayErrorAlert title="The job could not be loaded." errors={result.errors} />
        <p>
          <Link href={itemFilterHref(id, filter)}>Try again</Link>
        </p>
      </section>
    );
  }
  const job = result.data.ingestJob;
  if (!job) notFound();
  const collection = result.data.collections.find((c) => c.id === job.collectionId);
  // Polling goes on while either stage has work, waiting files included: they resume by themselves.
  const running = hasUnfinished(job.counts) || knowledgeUnfinished(job.knowledge.counts) > 0;
  const title = job.label || `Job ${job.id}`;

  return (
    <section className="page" aria-labelledby="page-title">
      <Breadcrumb />
      <div className="page-heading">
        <h1 id="page-title">{title}</h1>
        <AutoRefresh active={running} />
      </div>
      <p className="muted ingest-meta" data-testid="job-meta">
        {collection?.name ?? job.collectionId} · {job.source} · created{' '}
        {formatDateTime(job.createdAt)}
        {job.skills.length > 0 ? ` · skills: ${job.skills.join(', ')}` : ''}
      </p>

      <div className="panel ingest-panel">
        <h2 className="visually-hidden">Progress</h2>
        <StagePanels
          counts={job.counts}
          throughputPerMinute={job.throughputPerMinute}
          etaSeconds={job.etaSeconds}
          knowledge={job.knowledge}
          subject={title}
        />
        {job.counts.failed > 0 ? (
          <div className="ingest-panel-actions">
            <RetryButton
              jobId={job.id}
              label={`Retry ${formatCount(job.counts.failed, 'failed file')}`}
              className="button button-primary"
            />
          </div>
        ) : null}
      </div>

      <h2 id="items-title">Files</h2>
      <nav aria-label="Filter files by status" className="ingest-filter">
        <ul>
          <li>
            <FilterLink
              href={itemFilterHref(job.id, { status: null, knowledge: null, after: null })}
              current={filter.status === null && filter.knowledge === null}
            >
              All <span className="ingest-filter-count">{formatInteger(job.counts.total)}</span>
            </FilterLink>
          </li>
          {INGEST_STATUSES.map((status) => (
            <li key={status}>
              <FilterLink
                href={itemFilterHref(job.id, { status, knowledge: null, after: null })}
                current={filter.status === status && filter.knowledge === null}
              >
                {statusLabel(status)}{' '}
                <span className="ingest-filter-count">
                  {formatInteger(job.counts[countKey(status)])}
                </span>
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
      {job.knowledge.counts.total > 0 ? (
        <nav aria-label="Filter files by knowledge status" className="ingest-filter">
          <ul>
            <li className="ingest-filter-label muted">Knowledge:</li>
            {KNOWLEDGE_STATUSES.map((knowledge) => (
              <li key={knowledge}>
                <FilterLink
                  href={itemFilterHref(job.id, { status: null, knowledge, after: null })}
                  current={filter.knowledge === knowledge && filter.status === null}
                >
                  {knowledgeLabel(knowledge)}{' '}
                  <span className="ingest-filter-count">
                    {formatInteger(job.knowledge.counts[knowledgeCountKey(knowledge)])}
                  </span>
                </FilterLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {job.items.nodes.length === 0 ? (
        <p className="panel" data-testid="ingest-items-empty">
          {filter.status || filter.knowledge
            ? `No files${filter.after ? ' on this page' : ''} with ${filterName(filter)}.`
            : job.source === 'upload'
              ? 'No files have arrived in this job yet.'
              : 'No files in this job yet.'}
        </p>
      ) : (
        <>
          <p className="muted ingest-page-info">
            Showing {formatInteger(job.items.nodes.length)} of{' '}
            {formatCount(job.items.totalCount, 'file')}
            {filter.status || filter.knowledge ? ` (${filterName(filter)})` : ''}
          </p>
          <ItemTable jobId={job.id} items={job.items.nodes} />
        </>
      )}
      <nav aria-label="Pages of files" className="ingest-pager">
        {filter.after ? (
          <Link href={itemFilterHref(job.id, { ...filter, after: null })}>← First page</Link>
        ) : null}
        {job.items.hasNextPage && job.items.endCursor ? (
          <Link href={itemFilterHref(job.id, { ...filter, after: job.items.endCursor })}>
            Next page →
          </Link>
        ) : null}
      </nav>
    </section>
  );
}

/** "status failed", "knowledge status waiting for enrichment", or both joined with "and". */
function filterName(filter: ItemFilter): string {
  const parts = [
    filter.status ? `status ${statusLabel(filter.status).toLowerCase()}` : null,
    filter.knowledge ? `knowledge status ${knowledgeLabel(filter.knowledge).toLowerCase()}` : null,
  ];
  return parts.filter(Boolean).join(' and ');
}

function Breadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="ingest-breadcrumb">
      <Link href="/ingest">Ingest</Link> / <Link href="/ingest/jobs">Jobs</Link>
    </nav>
  );
}

function FilterLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className="ingest-filter-link"
      aria-current={current ? 'page' : undefined}
      scroll={false}
    >
      {children}
    </Link>
  );
}
