// Ingest item statuses and the arithmetic over their counts (progress, "anything still running?").
// Pure: shared by server pages, client components and unit tests.
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { IngestStatus as SchemaIngestStatus } from '#graphql/types';
import type { INGEST_COUNTS } from '../operations/ingest.ts';

export const INGEST_STATUSES = [
  'QUEUED',
  'CRACKING',
  'ENRICHING',
  'INDEXING',
  'DONE',
  'FAILED',
] as const satisfies readonly SchemaIngestStatus[];

export type IngestStatus = (typeof INGEST_STATUSES)[number];

/** Items per status, as the operations select them (IngestCountsFields). */
export type IngestCounts = ResultOf<typeof INGEST_COUNTS>;

export const EMPTY_COUNTS: IngestCounts = {
  total: 0,
  queued: 0,
  cracking: 0,
  enriching: 0,
  indexing: 0,
  done: 0,
  failed: 0,
};

export function isIngestStatus(value: unknown): value is IngestStatus {
  return typeof value === 'string' && (INGEST_STATUSES as readonly string[]).includes(value);
}

const LABELS: Record<IngestStatus, string> = {
  QUEUED: 'Queued',
  CRACKING: 'Cracking',
  ENRICHING: 'Enriching',
  INDEXING: 'Indexing',
  DONE: 'Done',
  FAILED: 'Failed',
};

/** "Enriching" */
export function statusLabel(status: IngestStatus): string {
  return LABELS[status];
}

/** The counts field that holds a status: ENRICHING → "enriching". */
export function countKey(status: IngestStatus): Exclude<keyof IngestCounts, 'total'> {
  return status.toLowerCase() as Exclude<keyof IngestCounts, 'total'>;
}

/** Badge colour family: waiting, working, finished well, finished badly. */
export function statusTone(status: IngestStatus): 'neutral' | 'busy' | 'ok' | 'bad' {
  if (status === 'DONE') return 'ok';
  if (status === 'FAILED') return 'bad';
  if (status === 'QUEUED') return 'neutral';
  return 'busy';
}

/** Items not yet done or failed. */
export function unfinishedCount(counts: IngestCounts): number {
  return counts.queued + counts.cracking + counts.enriching + counts.indexing;
}

/** True while anything is still queued or being worked on: the monitor keeps polling. */
export function hasUnfinished(counts: IngestCounts): boolean {
  return unfinishedCount(counts) > 0;
}

export interface Progress {
  /** Done + failed. */
  finished: number;
  total: number;
  /** 0..1; 1 for an empty job (nothing left to do). */
  fraction: number;
}

/**
 * How far a job is: finished (done or failed) over total. The total is never taken below the sum of
 * the per-status counts, so a momentarily inconsistent snapshot cannot show more than 100%.
 */
export function progressOf(counts: IngestCounts): Progress {
  const finished = counts.done + counts.failed;
  const total = Math.max(counts.total, finished + unfinishedCount(counts));
  return { finished, total, fraction: total === 0 ? 1 : finished / total };
}

/** Whether two snapshots of a job's counts differ (the upload page then refreshes its overview). */
export function sameCounts(a: IngestCounts, b: IngestCounts): boolean {
  return (Object.keys(EMPTY_COUNTS) as (keyof IngestCounts)[]).every((key) => a[key] === b[key]);
}
