export * from './services.ts';
export {
  extractDocumentKnowledge,
  type ExtractionInput,
  type ExtractionOptions,
} from './extract.ts';
export type { ExtractionChunk } from './chunk-extraction.ts';
export { resolveEntities, type Resolution, type ResolutionInput } from './resolve.ts';
export { normalizeName, canonicalName } from './name-normalization.ts';
export { splitSentences, MAX_SENTENCE_CHARS } from './sentences.ts';
export {
  countCooccurrences,
  COOCCURRING_TYPES,
  MAX_ENTITIES_PER_SENTENCE,
} from './cooccurrence.ts';
