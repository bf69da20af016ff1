'use client';

import { useState } from 'react';
import { acceptedFileLabel } from '../../lib/ingest/accepted-file.ts';
import { matchesFilter, type ListFilter, type UploadEntry } from '../../lib/ingest/batch.ts';
import { formatBytes, formatPercent } from '../../lib/ingest/format.ts';
import type { IngestCounts } from '../../lib/ingest/status.ts';

const PAGE = 200;

const FILTERS: { value: ListFilter; label: string }[] = [
  { value: 'all', label: 'All files' },
  { value: 'waiting', label: 'Waiting or sending' },
  { value: 'sent', label: 'Sent' },
  { value: 'problems', label: 'Errors and cancelled' },
];

interface UploadListProps {
  entries: readonly UploadEntry<File>[];
  /** The latest counts of the upload's job (null before the first): what sent files say. */
  jobCounts: IngestCounts | null;
  /** Removing is only offered before a file is sent. */
  onRemove: ((key: number) => void) | null;
}

/** The picked files with their progress and result. Long lists render 200 rows at a time. */
export function UploadList({ entries, jobCounts, onRemove }: UploadListProps) {
  const [filter, setFilter] = useState<ListFilter>('all');
  const [limit, setLimit] = useState(PAGE);
  const shown = entries.filter((entry) => matchesFilter(entry, filter));
  return (
    <div className="ingest-upload-list">
      <div className="ingest-list-tools">
        <label htmlFor="upload-filter">Show</label>
        <select
          id="upload-filter"
          value={filter}
          onChange={(event) => {
            setFilter(event.currentTarget.value as ListFilter);
            setLimit(PAGE);
          }}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <span className="muted">
          {shown.length === entries.length
            ? `${entries.length} files`
            : `${shown.length} of ${entries.length} files`}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No files in this view.</p>
      ) : (
        <ul className="ingest-files" data-testid="upload-files">
          {shown.slice(0, limit).map((entry) => (
            <li
              key={entry.key}
              className={`ingest-upload ingest-upload-${entry.state}`}
              data-testid="upload-file"
              data-state={entry.state}
            >
              <span className="ingest-upload-path" title={entry.path}>
                {entry.path}
              </span>
              <span className="ingest-upload-size">{formatBytes(entry.size)}</span>
              <progress
                className="ingest-bar ingest-bar-small"
                max={Math.max(entry.size, 1)}
                value={
                  entry.size === 0
                    ? entry.state === 'pending'
                      ? 0
                      : 1
                    : Math.min(entry.loaded, entry.size)
                }
                aria-label={`Upload of ${entry.path}`}
              />
              <span className="ingest-upload-result">
                <EntryResult entry={entry} jobCounts={jobCounts} />
              </span>
              {onRemove && entry.state === 'pending' ? (
                <button
                  type="button"
                  className="button button-quiet ingest-button-small"
                  onClick={() => onRemove(entry.key)}
                  aria-label={`Remove ${entry.path}`}
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setLimit(limit + PAGE)}
        >
          Show {Math.min(PAGE, shown.length - limit)} more
        </button>
      ) : null}
    </div>
  );
}

const ACCEPTED_TONE = { busy: 'muted', ok: 'ingest-ok', bad: 'ingest-retry-error' } as const;

function EntryResult({
  entry,
  jobCounts,
}: {
  entry: UploadEntry<File>;
  jobCounts: IngestCounts | null;
}) {
  switch (entry.state) {
    case 'pending':
      return <span className="muted">Waiting</span>;
    case 'uploading':
      return <span>Sending {entry.size > 0 ? formatPercent(entry.loaded / entry.size) : ''}</span>;
    case 'queued': {
      const label = acceptedFileLabel(jobCounts);
      return (
        <span className={ACCEPTED_TONE[label.tone]} data-testid="upload-file-result">
          {label.text}
        </span>
      );
    }
    case 'duplicate':
      return <span className="ingest-ok">Duplicate: already in the collection</span>;
    case 'cancelled':
      return <span className="muted">Cancelled</span>;
    case 'error':
      return (
        <span className="ingest-retry-error">
          <code>{entry.error?.code ?? 'ERROR'}</code> {entry.error?.message ?? ''}
        </span>
      );
  }
}
