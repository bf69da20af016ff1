import type { Metadata } from 'next';
import Link from 'next/link';
import { GatewayErrorAlert } from '../../../../components/ingest/gateway-error.tsx';
import { JobProgress } from '../../../../components/ingest/job-progress.tsx';
import { UploadForm } from '../../../../components/ingest/upload-form.tsx';
import { fetchUploadSetup } from '../../../../lib/ingest/operations.ts';
import { hasUnfinished } from '../../../../lib/ingest/status.ts';

export const metadata: Metadata = { title: 'Ingest' };

export default async function IngestPage() {
  const result = await fetchUploadSetup();

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">Ingest</h1>
        <Link href="/ingest/jobs" className="button button-quiet">
          All jobs
        </Link>
      </div>
      {!result.ok ? (
        <GatewayErrorAlert title="The upload form could not be prepared." errors={result.errors} />
      ) : (
        <>
          <section
            className="panel ingest-panel"
            aria-labelledby="overview-title"
            data-testid="pipeline-overview"
          >
            <div className="ingest-panel-head">
              <h2 id="overview-title" className="ingest-panel-title">
                Pipeline
              </h2>
              <span className="muted">
                {hasUnfinished(result.data.ingestOverview.counts)
                  ? 'Working on your collections'
                  : 'Idle'}
              </span>
            </div>
            <JobProgress
              counts={result.data.ingestOverview.counts}
              throughputPerMinute={result.data.ingestOverview.throughputPerMinute}
              etaSeconds={result.data.ingestOverview.etaSeconds}
              label="Progress over all jobs"
              detailed={false}
            />
            <p className="ingest-panel-foot">
              <Link href="/ingest/jobs">See every job</Link>
            </p>
          </section>

          <h2 id="upload-title">Upload files</h2>
          {result.data.collections.length === 0 ? (
            <div className="panel" data-testid="ingest-no-collections">
              <p>You have no collection to upload into.</p>
              <p className="muted">An administrator can give you access to one.</p>
            </div>
          ) : (
            <UploadForm collections={result.data.collections} skills={result.data.skills} />
          )}
        </>
      )}
    </section>
  );
}
