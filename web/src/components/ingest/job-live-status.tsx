'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { endSessionIfRejected } from '../../lib/auth/end-rejected-session.ts';
import { gatewayErrors } from '../../lib/gateway/errors.ts';
import { hasUnfinished, type IngestCounts } from '../../lib/ingest/status.ts';
import { JOB_STATUS } from '../../lib/operations/ingest.ts';
import { JobProgress } from './job-progress.tsx';

const POLL_MS = 2000;

/**
 * Processing progress of the job being uploaded, polled every 2 s through the browser's Apollo
 * Client while files are still being sent or the pipeline still has work; then it stops by
 * itself. Each answer goes to `onCounts` too (the page's file rows and overview follow the job).
 */
export function JobLiveStatus({
  jobId,
  uploading,
  onCounts,
}: {
  jobId: string;
  uploading: boolean;
  onCounts?: (counts: IngestCounts) => void;
}) {
  // A status fetched while files were still arriving may miss the last ones: only a status asked
  // for after the uploads ended can end the polling.
  const [askedAfterUploads, setAskedAfterUploads] = useState(false);
  const [settled, setSettled] = useState(false);
  const { data, previousData, error, refetch } = useQuery(JOB_STATUS, {
    variables: { id: jobId },
    pollInterval: settled ? 0 : POLL_MS,
    fetchPolicy: 'network-only',
    // The refetch after the uploads end must be a new request: deduplicated with a poll already in
    // flight, it answered with counts from before the last files were registered ("0 of 0"), and
    // the polling stopped on them (a clean-clone e2e run saw it).
    context: { queryDeduplication: false },
    // Browser only: on the server, pages call the gateway with runOperation.
    ssr: false,
  });
  // After a failed poll the last status stays on screen, with the error under it.
  const job = (data ?? previousData)?.ingestJob ?? null;

  useEffect(() => {
    if (uploading) {
      setAskedAfterUploads(false);
      return;
    }
    let live = true;
    refetch().then(
      () => {
        if (live) setAskedAfterUploads(true);
      },
      // The poll goes on and shows the error.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [uploading, refetch]);

  // The latest callback, without restarting the polling when the parent re-renders.
  const onCountsRef = useRef(onCounts);
  useEffect(() => {
    onCountsRef.current = onCounts;
  });
  useEffect(() => {
    if (job) onCountsRef.current?.(job.counts);
  }, [job]);

  useEffect(() => {
    setSettled(!uploading && askedAfterUploads && job !== null && !hasUnfinished(job.counts));
  }, [uploading, askedAfterUploads, job]);

  const errors = error ? gatewayErrors(error) : [];
  // A refused session will not come back by polling: end it, as the server pages do.
  endSessionIfRejected(errors);
  const problem =
    errors.length > 0
      ? errors.map((e) => `${e.code}: ${e.message}`).join('; ')
      : data && !job
        ? 'NOT_FOUND: No such ingest job.'
        : null;

  return (
    <section className="panel ingest-panel" aria-labelledby="live-title" data-testid="job-live">
      <div className="ingest-panel-head">
        <h3 id="live-title" className="ingest-panel-title">
          Processing
        </h3>
        {uploading ? (
          // Leaving this page would stop the uploads in flight: open the monitor beside it.
          <a
            href={`/ingest/jobs/${encodeURIComponent(jobId)}`}
            target="_blank"
            rel="noopener"
            data-testid="job-link"
          >
            Open the job monitor in a new tab →
          </a>
        ) : (
          <Link href={`/ingest/jobs/${encodeURIComponent(jobId)}`} data-testid="job-link">
            Open the job monitor →
          </Link>
        )}
      </div>
      {job ? (
        <JobProgress
          counts={job.counts}
          throughputPerMinute={job.throughputPerMinute}
          etaSeconds={job.etaSeconds}
          label="Processing progress of this upload"
        />
      ) : (
        <p className="muted">Waiting for the first status…</p>
      )}
      {problem ? (
        <p className="ingest-retry-error" role="status">
          Status not updated: {problem}
        </p>
      ) : null}
    </section>
  );
}
