/** Stored lower-case in SQL; the documents subgraph exposes them upper-case. */
export const STATUSES = ['queued', 'cracking', 'enriching', 'indexing', 'done', 'failed'] as const;
export type ItemStatus = (typeof STATUSES)[number];

/**
 * Stable failure codes: the crackers' own (empty, encrypted, corrupt, unsupported, too-large,
 * zip-bomb, too-deep, unsafe-path) plus `internal` for a fault of Quarry or a store.
 */
export type FailureReason = string;

export const JOB_SOURCES = ['upload', 'api', 'folder', 'rerun'] as const;
export type JobSource = (typeof JOB_SOURCES)[number];
