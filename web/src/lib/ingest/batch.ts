// State of the files on the upload page and the sums shown above the list. Pure (the File
// object is a type parameter), so the arithmetic is unit-tested without a browser.
import type { UploadOutcome } from './upload-result.ts';

export type UploadState = 'pending' | 'uploading' | 'queued' | 'duplicate' | 'error' | 'cancelled';

export interface UploadEntry<F = unknown> {
  key: number;
  file: F;
  path: string;
  size: number;
  state: UploadState;
  /** Bytes sent so far (upload progress). */
  loaded: number;
  error: { code: string; message: string; retryable: boolean } | null;
  documentId: string | null;
}

export function newEntry<F>(key: number, file: F, path: string, size: number): UploadEntry<F> {
  return { key, file, path, size, state: 'pending', loaded: 0, error: null, documentId: null };
}

/** Records how one upload ended. */
export function applyOutcome<F>(entry: UploadEntry<F>, outcome: UploadOutcome): void {
  if (outcome.kind === 'error') {
    entry.state = outcome.code === 'CANCELLED' ? 'cancelled' : 'error';
    entry.error =
      outcome.code === 'CANCELLED'
        ? null
        : { code: outcome.code, message: outcome.message, retryable: outcome.retryable };
    if (entry.state === 'cancelled') entry.loaded = 0;
    return;
  }
  entry.state = outcome.kind;
  entry.loaded = entry.size;
  entry.error = null;
  entry.documentId = outcome.item.documentId;
}

export interface BatchSummary {
  files: number;
  bytesTotal: number;
  /** Bytes sent, counting finished files in full. */
  bytesSent: number;
  pending: number;
  uploading: number;
  queued: number;
  duplicate: number;
  error: number;
  cancelled: number;
  /** Files with an answer (queued, duplicate or error). */
  answered: number;
  /** Files that can be sent (again): not yet sent, cancelled, or failed for a passing reason. */
  sendable: number;
}

export function summarize(entries: readonly UploadEntry[]): BatchSummary {
  const summary: BatchSummary = {
    files: entries.length,
    bytesTotal: 0,
    bytesSent: 0,
    pending: 0,
    uploading: 0,
    queued: 0,
    duplicate: 0,
    error: 0,
    cancelled: 0,
    answered: 0,
    sendable: 0,
  };
  for (const entry of entries) {
    summary.bytesTotal += entry.size;
    summary.bytesSent +=
      entry.state === 'queued' || entry.state === 'duplicate'
        ? entry.size
        : Math.min(entry.loaded, entry.size);
    summary[entry.state] += 1;
    if (entry.state === 'queued' || entry.state === 'duplicate' || entry.state === 'error')
      summary.answered += 1;
    if (isSendable(entry)) summary.sendable += 1;
  }
  return summary;
}

/** Not sent yet, cancelled, or failed for a reason that may pass (network, storage busy). */
export function isSendable(entry: UploadEntry): boolean {
  return (
    entry.state === 'pending' ||
    entry.state === 'cancelled' ||
    (entry.state === 'error' && entry.error?.retryable === true)
  );
}

export type ListFilter = 'all' | 'waiting' | 'sent' | 'problems';

/** Which rows the list shows: everything, not yet answered, accepted, or errors and cancellations. */
export function matchesFilter(entry: UploadEntry, filter: ListFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'waiting':
      return entry.state === 'pending' || entry.state === 'uploading';
    case 'sent':
      return entry.state === 'queued' || entry.state === 'duplicate';
    case 'problems':
      return entry.state === 'error' || entry.state === 'cancelled';
  }
}
