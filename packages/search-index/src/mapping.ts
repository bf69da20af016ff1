import { ENTITY_SUMMARY_TYPES } from './document.ts';
import { LANGUAGES } from './languages.ts';

/**
 * Bump on every mapping change. A new `<alias>-v<N>` index is created beside the old one, the old
 * documents are copied over through `migrateSource` (migrations.ts), then the alias moves in one
 * atomic step. The old index is kept until an operator deletes it.
 */
export const MAPPING_VERSION = 4;

/**
 * 'language-analyzers' when the cluster has the analysis-common module (the production image):
 * stemming per language. 'stop-words' on distributions without it (the integration-test build):
 * standard tokenizer, lowercase and the language's stop list.
 */
export type AnalysisFlavour = 'language-analyzers' | 'stop-words';

/**
 * The whole text of a document as one indexed (not stored) field, filled from every chunk by
 * copy_to. Chunks give snippets and per-chunk ranking; this field lets "a b" match a document with
 * `a` on page 1 and `b` on page 9, which a per-chunk query alone would miss.
 */
export const FULL_TEXT_FIELD = 'fullText';

/** Chunks per document at most; the pipeline sizes chunks so that its text cap fits. */
export const MAX_CHUNKS = 10_000;

function languageAnalyzers(flavour: AnalysisFlavour) {
  if (flavour === 'language-analyzers') return {};
  return Object.fromEntries(
    Object.values(LANGUAGES).map((name) => [
      `quarry_${name}`,
      {
        type: 'custom' as const,
        tokenizer: 'standard',
        filter: ['lowercase', `quarry_${name}_stop`],
      },
    ]),
  );
}

function languageStopFilters(flavour: AnalysisFlavour) {
  if (flavour === 'language-analyzers') return {};
  return Object.fromEntries(
    Object.values(LANGUAGES).map((name) => [
      `quarry_${name}_stop`,
      { type: 'stop' as const, stopwords: `_${name}_` },
    ]),
  );
}

function chunkTextFields(flavour: AnalysisFlavour) {
  type Field = { type: 'text'; analyzer: string; index_options: 'offsets'; copy_to: string };
  const fields: Record<string, Field> = {
    // offsets make highlighting fast on long chunks (no re-analysis).
    text: {
      type: 'text',
      analyzer: 'standard',
      index_options: 'offsets',
      copy_to: FULL_TEXT_FIELD,
    },
  };
  for (const [code, name] of Object.entries(LANGUAGES)) {
    fields[`text_${code}`] = {
      type: 'text',
      analyzer: flavour === 'language-analyzers' ? name : `quarry_${name}`,
      index_options: 'offsets',
      copy_to: FULL_TEXT_FIELD,
    };
  }
  return fields;
}

export function indexSettings(flavour: AnalysisFlavour) {
  return {
    // One replica where there is a second node to hold it; green on a single edge node.
    'index.auto_expand_replicas': '0-1',
    // Text paging reads chunks as inner hits; a document has up to MAX_CHUNKS of them.
    'index.max_inner_result_window': MAX_CHUNKS,
    'index.mapping.nested_objects.limit': MAX_CHUNKS,
    analysis: {
      normalizer: { quarry_sort: { type: 'custom' as const, filter: ['lowercase'] } },
      filter: languageStopFilters(flavour),
      analyzer: languageAnalyzers(flavour),
    },
  };
}

const keyword = { type: 'keyword' } as const;
const stored = { type: 'object', enabled: false } as const;

/**
 * Entity names per kind: keywords for facets and exact filters, with a `text` subfield so a
 * search for "merz" finds "Friedrich Merz".
 */
function entitySummaryFields() {
  const name = {
    type: 'keyword',
    ignore_above: 256,
    fields: { text: { type: 'text', analyzer: 'standard' } },
  } as const;
  return { properties: Object.fromEntries(ENTITY_SUMMARY_TYPES.map((type) => [type, name])) };
}

export function indexMappings(flavour: AnalysisFlavour) {
  return {
    dynamic: 'strict',
    _meta: { mappingVersion: MAPPING_VERSION, analysis: flavour },
    properties: {
      id: keyword,
      collectionId: keyword,
      lineageId: keyword,
      version: { type: 'integer' },
      isLatest: { type: 'boolean' },
      parentId: keyword,
      rootId: keyword,
      title: {
        type: 'text',
        analyzer: 'standard',
        fields: { sort: { type: 'keyword', normalizer: 'quarry_sort', ignore_above: 256 } },
      },
      fileName: { type: 'text', analyzer: 'standard', fields: { keyword: keyword } },
      sourcePath: { type: 'keyword', ignore_above: 4096 },
      format: keyword,
      mediaType: keyword,
      sizeBytes: { type: 'long' },
      sha256: keyword,
      mislabelled: { type: 'boolean' },
      language: keyword,
      languages: stored,
      keyPhrases: { type: 'keyword', ignore_above: 256 },
      keyPhraseScores: stored,
      metadata: stored,
      authoredAt: { type: 'date' },
      ingestedAt: { type: 'date' },
      [FULL_TEXT_FIELD]: { type: 'text', analyzer: 'standard' },
      textLength: { type: 'long' },
      textTruncated: { type: 'boolean' },
      pageCount: { type: 'integer' },
      pages: stored,
      warnings: { type: 'keyword', index: false },
      skills: keyword,
      entities: entitySummaryFields(),
      entityKeys: { type: 'keyword', ignore_above: 512 },
      knowledgeQuality: keyword,
      provenance: {
        properties: { jobId: keyword, itemId: keyword, source: keyword, ingestedBy: keyword },
      },
      chunks: {
        type: 'nested',
        properties: {
          seq: { type: 'integer' },
          start: { type: 'long' },
          end: { type: 'long' },
          language: keyword,
          ...chunkTextFields(flavour),
        },
      },
    },
  };
}
