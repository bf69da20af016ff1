// @quarry/search-index: the one definition of the Elasticsearch documents index, shared by the
// pipeline (writer), the documents subgraph (reader) and the benchmarks.
export {
  chunkText,
  emptyEntitySummary,
  ENTITY_SUMMARY_FIELD,
  ENTITY_SUMMARY_TYPES,
  makeChunk,
  type DocumentKnowledgeSummary,
  type EntitySummary,
  type EntitySummaryType,
  type IndexedChunk,
  type IndexedDocument,
  type KeyPhraseScore,
  type KnowledgeQuality,
  type LanguageShare,
  type PageSpan,
  type Provenance,
} from './document.ts';
export {
  isIndexedLanguage,
  LANGUAGES,
  TEXT_FIELDS,
  textFieldFor,
  type IndexedLanguage,
} from './languages.ts';
export {
  FULL_TEXT_FIELD,
  indexMappings,
  indexSettings,
  MAPPING_VERSION,
  MAX_CHUNKS,
  type AnalysisFlavour,
} from './mapping.ts';
export { migrateSource } from './migrations.ts';
export {
  detectAnalysis,
  ensureSearchIndex,
  versionedIndexName,
  type EnsureResult,
} from './setup.ts';
