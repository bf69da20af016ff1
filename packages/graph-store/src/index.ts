export type { DocumentKnowledge } from '@quarry/knowledge';
export type { GraphDriver } from './graph-driver.ts';
export { ensureGraphSchema, GRAPH_SCHEMA } from './schema.ts';
export { BATCH_SIZE, deleteDocumentKnowledge, writeDocumentKnowledge } from './write.ts';
export type { DocumentFacts } from './rows.ts';
export { mentionId, normalizeDate, tripleId } from './rows.ts';
export { identityFromKey, type KeyIdentity } from './entity-key.ts';
export { InconsistentKnowledgeError } from './knowledge-check.ts';
export { readDocumentGraph, type DocumentGraph, type StoredProperties } from './read.ts';
export {
  readScopedCooccurrences,
  readScopedEntity,
  type ScopedCooccurrence,
  type ScopedEntity,
} from './scoped-reads.ts';
export * from './curation/index.ts';
