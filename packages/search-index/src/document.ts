import { TEXT_FIELDS, textFieldFor } from './languages.ts';

/** Where an indexed document came from: the ingest records in SQL hold the full history. */
export interface Provenance {
  jobId: string;
  itemId: string;
  /** 'upload' | 'api' | 'folder' | 'rerun' */
  source: string;
  ingestedBy: string | null;
}

export interface KeyPhraseScore {
  phrase: string;
  score: number;
}

export interface LanguageShare {
  language: string;
  /** Fraction of the document's characters, 0..1. */
  share: number;
}

export interface PageSpan {
  number: number;
  start: number;
  end: number;
}

/**
 * A piece of a document's text as indexed. The text sits in exactly one field: `text_<language>`
 * when the chunk's language has an analysed field, `text` otherwise (see languages.ts). Chunks
 * cover the text exactly (no gaps, no overlap); the pipeline cuts them at paragraph or sentence
 * breaks so that phrases rarely straddle two.
 */
export interface IndexedChunk {
  seq: number;
  /** Character offsets into the document text, end exclusive. */
  start: number;
  end: number;
  language: string | null;
  [field: `text${string}`]: string | undefined;
}

/**
 * Entity kinds summarised on the document for facets and filters: the named-entity types of the
 * knowledge stage plus what its patterns find.
 */
export const ENTITY_SUMMARY_TYPES = [
  'person',
  'organization',
  'location',
  'misc',
  'date',
  'money',
  'email',
  'url',
  'phone',
  'iban',
] as const;
export type EntitySummaryType = (typeof ENTITY_SUMMARY_TYPES)[number];

/** The summary field of each entity type as the knowledge stage and the API name it (PERSON -> person). */
export const ENTITY_SUMMARY_FIELD = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'location',
  MISC: 'misc',
  DATE: 'date',
  MONEY: 'money',
  EMAIL: 'email',
  URL: 'url',
  PHONE: 'phone',
  IBAN: 'iban',
} as const satisfies Record<Uppercase<EntitySummaryType>, EntitySummaryType>;

/** Canonical entity names per kind, each name once. */
export type EntitySummary = Record<EntitySummaryType, string[]>;

/** 'fallback': patterns and gazetteer only, because the NLP service was not there. */
export type KnowledgeQuality = 'full' | 'fallback';

export function emptyEntitySummary(): EntitySummary {
  return Object.fromEntries(
    ENTITY_SUMMARY_TYPES.map((type) => [type, []]),
  ) as unknown as EntitySummary;
}

/**
 * What the knowledge stage adds to an indexed document, as one partial update after the document
 * is searchable. Absent until the stage has run (documents without a knowledge skill never have
 * them); a search-only re-run carries them over.
 */
export interface DocumentKnowledgeSummary {
  entities: EntitySummary;
  /** The graph's entity keys (`wikipedia:<Title>`, `name:PERSON:<name>`, ...), for exact filters. */
  entityKeys: string[];
  knowledgeQuality: KnowledgeQuality;
}

/** One version of one document: the unit of search. */
export interface IndexedDocument {
  id: string;
  collectionId: string;
  /** All versions of the file at one path share a lineage. */
  lineageId: string;
  version: number;
  isLatest: boolean;
  /** The archive or mail this came out of; null at the top. */
  parentId: string | null;
  rootId: string;
  title: string;
  fileName: string;
  sourcePath: string;
  /** Format family sniffed from the content (pdf, docx, eml, ...). */
  format: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  mislabelled: boolean;
  /** Main language (ISO 639-1) or null when undetermined. */
  language: string | null;
  languages: LanguageShare[];
  /** The best key phrases, best first: a keyword field for facets and filters. */
  keyPhrases: string[];
  keyPhraseScores: KeyPhraseScore[];
  metadata: Record<string, string>;
  /** ISO 8601: when the content says it was written, if it says so. */
  authoredAt: string | null;
  /** ISO 8601: when Quarry indexed this version. */
  ingestedAt: string;
  textLength: number;
  /** True when the text was longer than the pipeline indexes and was cut. */
  textTruncated: boolean;
  pageCount: number | null;
  pages: PageSpan[];
  warnings: string[];
  /** Skills that ran, as name@version. */
  skills: string[];
  provenance: Provenance;
  chunks: IndexedChunk[];
  /** Set by the knowledge stage (see DocumentKnowledgeSummary). */
  entities?: EntitySummary;
  entityKeys?: string[];
  knowledgeQuality?: KnowledgeQuality;
}

export function chunkText(chunk: IndexedChunk): string {
  for (const field of TEXT_FIELDS) {
    const value = chunk[field as `text${string}`];
    if (typeof value === 'string') return value;
  }
  return '';
}

export function makeChunk(
  seq: number,
  start: number,
  end: number,
  language: string | null,
  text: string,
): IndexedChunk {
  const chunk: IndexedChunk = { seq, start, end, language };
  chunk[textFieldFor(language) as `text${string}`] = text;
  return chunk;
}
