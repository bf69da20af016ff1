import type { Client } from '@elastic/elasticsearch';
import { chunkText, type IndexedDocument } from '@quarry/search-index';

/** What the knowledge stage reads of an indexed document. */
export interface KnowledgeSource {
  documentId: string;
  collectionId: string;
  title: string;
  authoredAt: string | null;
  /** exactly the indexed text: the chunks, in order, cover it without gaps */
  text: string;
  chunks: Array<{ seq: number; start: number; end: number; language: string | null }>;
  skills: string[];
  /** all versions of the file at one path share a lineage; only the latest feeds the graph */
  lineageId: string;
  isLatest: boolean;
  /** the document's version in the index: the summary update is refused if it changed meanwhile */
  seqNo: number;
  primaryTerm: number;
}

type Stored = Pick<
  IndexedDocument,
  'collectionId' | 'title' | 'authoredAt' | 'skills' | 'chunks' | 'lineageId' | 'isLatest'
>;

/**
 * Reads the document's text and chunk languages back from the search index: it is there for every
 * document (small ones are enriched inside their crack job and leave nothing in the derived store),
 * it is exactly what search shows, and a knowledge-only re-run needs nothing else. Null when the
 * document is not (or no longer) in the index.
 */
export async function loadIndexedDocument(
  elasticsearch: Client,
  index: string,
  documentId: string,
): Promise<KnowledgeSource | null> {
  const found = await elasticsearch
    .get<Stored>({
      index,
      id: documentId,
      _source_includes: [
        'collectionId',
        'title',
        'authoredAt',
        'skills',
        'chunks',
        'lineageId',
        'isLatest',
      ],
    })
    .catch((error: unknown) => {
      if ((error as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return null;
      throw error;
    });
  const source = found?._source;
  if (!found || !source) return null;
  const chunks = [...source.chunks].sort((a, b) => a.seq - b.seq);
  return {
    documentId,
    collectionId: source.collectionId,
    title: source.title,
    authoredAt: source.authoredAt,
    text: chunks.map(chunkText).join(''),
    chunks: chunks.map(({ seq, start, end, language }) => ({ seq, start, end, language })),
    skills: source.skills ?? [],
    lineageId: source.lineageId,
    // Documents indexed before versions existed have no flag: they are the only version.
    isLatest: source.isLatest !== false,
    seqNo: found._seq_no ?? 0,
    primaryTerm: found._primary_term ?? 0,
  };
}

/**
 * The first `maxChars` characters of the document for analysis (chunks beyond dropped, the last
 * one cut): one enormous document must not hold a knowledge worker for hours.
 */
export function capSource(source: KnowledgeSource, maxChars: number) {
  if (source.text.length <= maxChars)
    return { text: source.text, chunks: source.chunks, cut: false };
  const chunks = source.chunks
    .filter((chunk) => chunk.start < maxChars)
    .map((chunk) => ({ ...chunk, end: Math.min(chunk.end, maxChars) }));
  return { text: source.text.slice(0, maxChars), chunks, cut: true };
}
