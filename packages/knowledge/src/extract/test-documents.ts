import type { ExtractionChunk } from './chunk-extraction.ts';
import type { ExtractionInput } from './extract.ts';

/** A document whose chunks are the given parts, in order, each with its language. */
export function documentOf(...parts: Array<[string, string | null]>): ExtractionInput {
  const chunks: ExtractionChunk[] = [];
  let text = '';
  parts.forEach(([part, language], seq) => {
    chunks.push({ seq, start: text.length, end: text.length + part.length, language });
    text += part;
  });
  return { documentId: 'doc-1', collectionId: 'col-1', text, chunks };
}
