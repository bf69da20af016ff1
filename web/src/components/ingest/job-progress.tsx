import { formatInteger } from '../../lib/ingest/format.ts';
import {
  countKey,
  hasUnfinished,
  INGEST_STATUSES,
  progressOf,
  statusLabel,
  statusTone,
  type IngestCounts,
} from '../../lib/ingest/status.ts';
import { ProgressLine, StageRates } from './stage-parts.tsx';

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
  return (
    <div className="ingest-progress">
      <ProgressLine progress={progressOf(counts)} label={label} />
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
          <StageRates
            throughputPerMinute={throughputPerMinute}
            etaSeconds={etaSeconds}
            running={hasUnfinished(counts)}
          />
        </>
      ) : null}
    </div>
  );
}
