import { z } from 'zod';

/**
 * The one list of ingest item statuses. Stored lower-case in SQL (the schema has no enums, see
 * schema.prisma); the documents subgraph shows them upper-case.
 */
export const ITEM_STATUSES = [
  'queued',
  'cracking',
  'enriching',
  'indexing',
  'done',
  'failed',
] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** An item on its way: not finished yet. */
export type WorkingStatus = Exclude<ItemStatus, 'done' | 'failed'>;
export const WORKING_STATUSES: readonly WorkingStatus[] = [
  'queued',
  'cracking',
  'enriching',
  'indexing',
];

/** Where a job came from: a client opens 'upload' and 'api' jobs, Quarry 'folder' and 'rerun'. */
export const JOB_SOURCES = ['upload', 'api', 'folder', 'rerun'] as const;
export const jobSourceSchema = z.enum(JOB_SOURCES);
export type JobSource = z.infer<typeof jobSourceSchema>;

/**
 * Stable failure codes: the crackers' own (empty, encrypted, corrupt, unsupported, too-large,
 * zip-bomb, too-deep, unsafe-path, timeout, out-of-memory) plus `internal` for a fault of Quarry
 * or a store.
 */
export type FailureReason = string;
