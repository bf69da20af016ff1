import {
  formatDuration,
  formatInteger,
  formatPercent,
  formatThroughput,
} from '../../lib/ingest/format.ts';
import {
  countKey,
  hasUnfinished,
  INGEST_STATUSES,
  progressOf,
  statusLabel,
  statusTone,
  type IngestCounts,
} from '../../lib/ingest/status.ts';

export interface JobProgressProps {
  counts: IngestCounts;
  throughputPerMinute: number;
  etaSeconds: number | null;
  /** Accessible name of the progress bar, e.g. "Progress of job Scans 2026". */
  label: string;
  /** Show the per-status count tiles (the job list shows a compact line instead). */
  detailed?: boolean;
}

/** A progress bar with finished/total, and (detailed) tiles per status plus throughput and ETA. */
export function JobProgress({
  counts,
  throughputPerMinute,
  etaSeconds,
  label,
  detailed = true,
}: JobProgressProps) {
  const progress = progressOf(counts);
  const running = hasUnfinished(counts);
  return (
    <div className="ingest-progress">
      <div className="ingest-progress-line">
        <progress
          className="ingest-bar"
          max={Math.max(progress.total, 1)}
          value={progress.total === 0 ? 0 : progress.finished}
          aria-label={label}
        />
        <span className="ingest-progress-text">
          {formatInteger(progress.finished)} of {formatInteger(progress.total)} finished ·{' '}
          {progress.total === 0 ? 'no files yet' : formatPercent(progress.fraction)}
        </span>
      </div>
      {detailed ? (
        <>
          <dl className="ingest-counts">
            {INGEST_STATUSES.map((status) => (
              <div
                key={status}
                className={`ingest-count ingest-count-${statusTone(status)}`}
                data-testid={`count-${status.toLowerCase()}`}
              >
                <dt>{statusLabel(status)}</dt>
                <dd>{formatInteger(counts[countKey(status)])}</dd>
              </div>
            ))}
          </dl>
          <p className="ingest-rates muted">
            Throughput <strong>{formatThroughput(throughputPerMinute)}</strong>
            {running ? (
              <>
                {' '}
                · time left{' '}
                <strong>
                  {etaSeconds === null ? 'unknown' : `about ${formatDuration(etaSeconds)}`}
                </strong>
              </>
            ) : null}
          </p>
        </>
      ) : null}
    </div>
  );
}
