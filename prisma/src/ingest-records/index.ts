// The one owner of ingest records (IngestJob, IngestItem, SourceFile): every write of the pipeline
// and the documents subgraph goes through here, and rows are read back checked (rows.ts).
export {
  ITEM_STATUSES,
  itemStatusSchema,
  JOB_SOURCES,
  jobSourceSchema,
  KNOWLEDGE_QUALITIES,
  KNOWLEDGE_STATUSES,
  knowledgeQualitySchema,
  knowledgeStatusSchema,
  OPEN_KNOWLEDGE_STATUSES,
  WORKING_STATUSES,
  type FailureReason,
  type ItemStatus,
  type JobSource,
  type KnowledgeQuality,
  type KnowledgeStatus,
  type WorkingStatus,
} from './statuses.ts';
export {
  checkedItem,
  checkedJob,
  IngestRecordError,
  skillsJson,
  skillsSchema,
  type ItemRecord,
  type JobRecord,
} from './rows.ts';
export { createId, createItemId } from './ids.ts';
export { childDocumentIdFor, documentIdFor, lineageIdFor } from './identity.ts';
export { createJob, findJob, type NewJob } from './jobs.ts';
export {
  createRerunItems,
  findItemsWithJob,
  registerChild,
  registerRefused,
  type NewChild,
  type RefusedFile,
  type ItemWithJob,
  type RerunDocument,
  type StoredOriginal,
} from './items.ts';
export { registerFiles, type NewFile, type RegisteredItem } from './registration.ts';
export { isRetryable, markForRetry, RETRYABLE, startNewRuns } from './retry.ts';
export { applyStatusChanges, type KnowledgeChange, type StatusChange } from './status-changes.ts';
