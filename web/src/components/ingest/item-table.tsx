import Link from 'next/link';
import { formatBytes, formatInteger } from '../../lib/ingest/format.ts';
import type { IngestItemRow } from '../../lib/ingest/operations.ts';
import { retryOffer } from '../../lib/ingest/retry-offer.ts';
import { KnowledgeCell } from './knowledge-cell.tsx';
import { RetryButton } from './retry-button.tsx';
import { StatusBadge } from './status-badge.tsx';

/** The files of a job, one row each. All names and paths are plain text. */
export function ItemTable({ jobId, items }: { jobId: string; items: IngestItemRow[] }) {
  return (
    <div className="ingest-table-wrap">
      <table className="ingest-table" data-testid="ingest-items">
        <caption className="visually-hidden">Files of this job</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">Status</th>
            <th scope="col">Details</th>
            <th scope="col">Knowledge</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="ingest-item" data-status={item.status}>
              <th scope="row" className="ingest-file">
                <span className="ingest-file-name">{item.name}</span>
                {item.path !== item.name ? (
                  <span className="ingest-file-path">{item.path}</span>
                ) : null}
                {item.parentItemId ? (
                  <span className="muted ingest-note">found inside another file</span>
                ) : null}
              </th>
              <td className="num">{formatBytes(item.sizeBytes)}</td>
              <td>
                <StatusBadge status={item.status} />
                {item.duplicate ? (
                  <span className="badge badge-neutral ingest-dup">Duplicate</span>
                ) : null}
              </td>
              <td className="ingest-details">
                <ItemDetails item={item} />
              </td>
              <td className="ingest-knowledge" data-knowledge-status={item.knowledgeStatus}>
                <KnowledgeCell item={item} />
              </td>
              <td className="num">{formatInteger(item.attempts)}</td>
              <td className="ingest-actions">
                {item.status === 'DONE' ? (
                  <Link href={`/documents/${encodeURIComponent(item.documentId)}`}>
                    Open<span className="visually-hidden"> {item.name}</span>
                  </Link>
                ) : null}
                {retryOffer(item) === 'retry' ? (
                  <RetryButton
                    jobId={jobId}
                    itemId={item.id}
                    label="Retry"
                    ariaLabel={`Retry ${item.name}`}
                    className="button button-quiet ingest-button-small"
                  />
                ) : null}
                {retryOffer(item) === 'final' ? (
                  <span className="muted ingest-note">cannot succeed as it is</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ItemDetails({ item }: { item: IngestItemRow }) {
  if (item.status === 'FAILED') {
    return (
      <span className="ingest-failure">
        {item.reason ? <code>{item.reason}</code> : null} {item.message ?? 'No explanation given.'}
      </span>
    );
  }
  if (item.status === 'ENRICHING' && item.chunksTotal > 0) {
    return (
      <span className="ingest-chunks">
        <progress
          className="ingest-bar ingest-bar-small"
          max={item.chunksTotal}
          value={item.chunksDone}
          aria-label={`Chunks of ${item.name} enriched`}
        />{' '}
        {formatInteger(item.chunksDone)}/{formatInteger(item.chunksTotal)} chunks
      </span>
    );
  }
  if (item.duplicate && item.status === 'DONE')
    return <span className="muted">Same bytes as an existing document; not processed again.</span>;
  const parts = [item.mediaType, item.version > 1 ? `version ${item.version}` : null].filter(
    Boolean,
  );
  return <span className="muted">{parts.join(' · ')}</span>;
}
