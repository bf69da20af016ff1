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
