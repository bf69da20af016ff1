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

/**
 * The knowledge stage's own status per item, beside `status` (search first, knowledge after):
 * 'none' when the job has no knowledge skill; 'waiting' when the NLP service is down or not ready,
 * a fallback result is stored and the item resumes by itself (not a failure).
 */
export const KNOWLEDGE_STATUSES = [
  'none',
  'queued',
  'running',
  'waiting',
  'done',
  'failed',
] as const;
export const knowledgeStatusSchema = z.enum(KNOWLEDGE_STATUSES);
export type KnowledgeStatus = z.infer<typeof knowledgeStatusSchema>;

/** Knowledge statuses of an item still on its way through the stage. */
export const OPEN_KNOWLEDGE_STATUSES = [
  'queued',
  'running',
  'waiting',
] as const satisfies readonly KnowledgeStatus[];

/** 'fallback': patterns and gazetteer only, because the NLP service was not there. */
export const KNOWLEDGE_QUALITIES = ['full', 'fallback'] as const;
export const knowledgeQualitySchema = z.enum(KNOWLEDGE_QUALITIES);
export type KnowledgeQuality = z.infer<typeof knowledgeQualitySchema>;

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
