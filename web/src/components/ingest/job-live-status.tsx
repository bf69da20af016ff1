'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { hasUnfinished, type IngestCounts } from '../../lib/ingest/status.ts';
import { JobProgress } from './job-progress.tsx';

interface JobStatus {
  counts: IngestCounts;
  throughputPerMinute: number;
  etaSeconds: number | null;
}

/**
 * Processing progress of the job being uploaded, polled every 2 s from the narrow status route
 * while files are still being sent or the pipeline still has work; then it stops by itself. Each
 * answer goes to `onCounts` too (the page's file rows and overview follow the job).
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
  const [status, setStatus] = useState<(JobStatus & { at: number }) | null>(null);
  // The latest callback, without restarting the polling when the parent re-renders.
  const onCountsRef = useRef(onCounts);
  useEffect(() => {
    onCountsRef.current = onCounts;
  });
  const [problem, setProblem] = useState<string | null>(null);
  // A status fetched while files were still arriving may miss the last ones: only a status asked
  // for after the uploads ended can end the polling.
  const [uploadsEndedAt, setUploadsEndedAt] = useState(0);
  useEffect(() => {
    if (!uploading) setUploadsEndedAt(Date.now());
  }, [uploading]);
  const settled =
    !uploading && status !== null && status.at > uploadsEndedAt && !hasUnfinished(status.counts);

  useEffect(() => {
    if (settled) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      const at = Date.now();
      try {
        const response = await fetch(`/api/ingest/jobs/${encodeURIComponent(jobId)}`, {
          cache: 'no-store',
        });
        const body = (await response.json().catch(() => null)) as {
          job?: JobStatus;
          error?: { code?: string; message?: string };
        } | null;
        if (stopped) return;
        if (response.ok && body?.job) {
          setStatus({ ...body.job, at });
          setProblem(null);
          onCountsRef.current?.(body.job.counts);
        } else {
          setProblem(
            `${body?.error?.code ?? `HTTP_${response.status}`}: ${body?.error?.message ?? 'no status'}`,
          );
          // A lost session will not come back by polling.
          if (response.status === 401) return;
        }
      } catch (error) {
        if (!stopped)
          setProblem(`NETWORK: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!stopped) timer = window.setTimeout(() => void poll(), 2000);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId, settled]);

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
      {status ? (
        <JobProgress
          counts={status.counts}
          throughputPerMinute={status.throughputPerMinute}
          etaSeconds={status.etaSeconds}
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
