import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { AutoRefresh } from '../../../../../components/ingest/auto-refresh.tsx';
import { GatewayErrorAlert } from '../../../../../components/ingest/gateway-error.tsx';
import { JobProgress } from '../../../../../components/ingest/job-progress.tsx';
import { KnowledgeLine } from '../../../../../components/ingest/knowledge-progress.tsx';
import { StagePanels } from '../../../../../components/ingest/stage-panels.tsx';
import { parseAfter } from '../../../../../lib/ingest/filter.ts';
import { formatCount, formatDateTime, formatInteger } from '../../../../../lib/ingest/format.ts';
import { fetchJobs } from '../../../../../lib/ingest/operations.ts';
import { knowledgeUnfinished } from '../../../../../lib/ingest/knowledge.ts';
import { hasUnfinished, statusLabel } from '../../../../../lib/ingest/status.ts';

export const metadata: Metadata = { title: 'Ingest jobs' };

export default async function IngestJobsPage({ searchParams }: PageProps<'/ingest/jobs'>) {
  const after = parseAfter(await searchParams);
  const result = await fetchJobs(after);

  if (!result.ok) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">Ingest jobs</h1>
        <GatewayErrorAlert title="The ingest jobs could not be loaded." errors={result.errors} />
      </section>
    );
  }
  const { collections, ingestOverview: overview, ingestJobs: jobs } = result.data;
  const names = new Map(collections.map((c) => [c.id, c.name]));
  const running =
    hasUnfinished(overview.counts) || knowledgeUnfinished(overview.knowledge.counts) > 0;

  return (
    <section className="page" aria-labelledby="page-title">
      <nav aria-label="Breadcrumb" className="ingest-breadcrumb">
        <Link href="/ingest">Ingest</Link>
      </nav>
      <div className="page-heading">
        <h1 id="page-title">Ingest jobs</h1>
        <AutoRefresh active={running} />
      </div>

      <section className="panel ingest-panel" aria-labelledby="overview-title">
        <h2 id="overview-title" className="ingest-panel-title">
          All your collections
        </h2>
        <StagePanels
          counts={overview.counts}
          throughputPerMinute={overview.throughputPerMinute}
          etaSeconds={overview.etaSeconds}
          knowledge={overview.knowledge}
          subject="all jobs"
        />
      </section>

      {jobs.nodes.length === 0 ? (
        <div className="panel" data-testid="ingest-jobs-empty">
          <p>{after ? 'No more jobs.' : 'No ingest jobs yet.'}</p>
          <p>
            <Link href="/ingest">Upload files</Link> to start one, or copy files into the
            server&apos;s ingest folder.
          </p>
        </div>
      ) : (
        <>
          <p className="muted ingest-page-info">
            {formatCount(jobs.totalCount, 'job')}, newest first
          </p>
          <div className="ingest-table-wrap">
            <table className="ingest-table" data-testid="ingest-jobs">
              <caption className="visually-hidden">Ingest jobs</caption>
              <thead>
                <tr>
                  <th scope="col">Job</th>
                  <th scope="col">Collection</th>
                  <th scope="col">Source</th>
                  <th scope="col">Created</th>
                  <th scope="col">Files by status</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {jobs.nodes.map((job) => {
                  const title = job.label || `Job ${job.id}`;
                  return (
                    <tr key={job.id} data-testid="ingest-job">
                      <th scope="row">
                        <Link href={`/ingest/jobs/${encodeURIComponent(job.id)}`}>{title}</Link>
                      </th>
                      <td>{names.get(job.collectionId) ?? job.collectionId}</td>
                      <td>{job.source}</td>
                      <td className="ingest-nowrap">{formatDateTime(job.createdAt)}</td>
                      <td>
                        <StatusLine counts={job.counts} />
                      </td>
                      <td className="ingest-progress-cell">
                        <JobProgress
                          counts={job.counts}
                          throughputPerMinute={job.throughputPerMinute}
                          etaSeconds={job.etaSeconds}
                          label={`Progress of ${title}`}
                          detailed={false}
                        />
                        <KnowledgeLine counts={job.knowledge.counts} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <nav aria-label="Pages of jobs" className="ingest-pager">
        {after ? <Link href="/ingest/jobs">← Newest jobs</Link> : null}
        {jobs.hasNextPage && jobs.endCursor ? (
          <Link href={`/ingest/jobs?after=${encodeURIComponent(jobs.endCursor)}`}>
            Older jobs →
          </Link>
        ) : null}
      </nav>
    </section>
  );
}

/** "3 done · 1 failed · 2 queued": only the statuses that have files. */
function StatusLine({ counts }: { counts: Parameters<typeof hasUnfinished>[0] }) {
  const parts = (
    [
      ['DONE', counts.done],
      ['FAILED', counts.failed],
      ['INDEXING', counts.indexing],
      ['ENRICHING', counts.enriching],
      ['CRACKING', counts.cracking],
      ['QUEUED', counts.queued],
    ] as const
  ).filter(([, n]) => n > 0);
  if (parts.length === 0) return <span className="muted">no files</span>;
  return (
    <span className="ingest-status-line">
      {parts.map(([status, n], i) => (
        <Fragment key={status}>
          {i > 0 ? ' · ' : ''}
          <span className={status === 'FAILED' ? 'ingest-failed-count' : undefined}>
            {formatInteger(n)} {statusLabel(status).toLowerCase()}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
