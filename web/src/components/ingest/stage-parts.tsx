import {
  formatDuration,
  formatInteger,
  formatPercent,
  formatThroughput,
} from '../../lib/ingest/format.ts';

/** The bar with "12 of 40 finished · 30%", shared by both stages of the monitor. */
export function ProgressLine({
  progress,
  label,
  emptyText = 'no files yet',
}: {
  progress: { finished: number; total: number; fraction: number };
  /** Accessible name of the bar. */
  label: string;
  emptyText?: string;
}) {
  return (
    <div className="ingest-progress-line">
      <progress
        className="ingest-bar"
        max={Math.max(progress.total, 1)}
        value={progress.total === 0 ? 0 : progress.finished}
        aria-label={label}
      />
      <span className="ingest-progress-text">
        {formatInteger(progress.finished)} of {formatInteger(progress.total)} finished ·{' '}
        {progress.total === 0 ? emptyText : formatPercent(progress.fraction)}
      </span>
    </div>
  );
}

/** "Throughput 12 files/min · time left about 4 min" (the time only while work remains). */
export function StageRates({
  throughputPerMinute,
  etaSeconds,
  running,
  unknownBecause,
  testId,
}: {
  throughputPerMinute: number;
  etaSeconds: number | null;
  running: boolean;
  /** Why the time left cannot be known, when the caller knows ("the NLP service is unavailable"). */
  unknownBecause?: string | null;
  testId?: string;
}) {
  return (
    <p className="ingest-rates muted" data-testid={testId}>
      Throughput <strong>{formatThroughput(throughputPerMinute)}</strong>
      {running ? (
        <>
          {' '}
          · time left{' '}
          <strong>{etaSeconds === null ? 'unknown' : `about ${formatDuration(etaSeconds)}`}</strong>
          {etaSeconds === null && unknownBecause ? ` while ${unknownBecause}` : null}
        </>
      ) : null}
    </p>
  );
}
