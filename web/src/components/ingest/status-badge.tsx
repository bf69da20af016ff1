import { statusLabel, statusTone, type IngestStatus } from '../../lib/ingest/status.ts';

const TONE_CLASS = {
  neutral: 'badge-neutral',
  busy: 'ingest-badge-busy',
  ok: 'badge-ok',
  bad: 'badge-bad',
} as const;

export function StatusBadge({ status }: { status: IngestStatus }) {
  return (
    <span className={`badge ${TONE_CLASS[statusTone(status)]}`} data-status={status}>
      {statusLabel(status)}
    </span>
  );
}
