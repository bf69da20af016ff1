import type { KnowledgeBaseLink } from '../types.ts';
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

/** Hamburg's GeoNames entry, as a linker or a gazetteer would give it. */
export const HAMBURG_LINK: KnowledgeBaseLink = {
  kb: 'geonames',
  id: '2911298',
  title: 'Hamburg',
  score: 0.8,
};
