/**
 * Triples of every parsed sentence of the document, numbered by the document's sentence index and
 * attached to entities (attach-triples.ts).
 */
import type { Triple } from '../types.ts';
import { placeTriples, type MentionIndex } from './attach-triples.ts';
import type { ChunkExtraction } from './chunk-extraction.ts';
import type { TripleExtractor } from './services.ts';

export function documentTriples(
  extractions: readonly ChunkExtraction[],
  extract: TripleExtractor,
  index: MentionIndex,
): Triple[] {
  const triples: Triple[] = [];
  let firstSentence = 0;
  for (const extraction of extractions) {
    const { treatment } = extraction;
    // parsed sentences are parallel to the chunk's sentences, so their position is the offset in it
    if (treatment.kind === 'nlp') {
      extraction.parsed.forEach((sentence, position) => {
        const found = extract(extraction.chunkText, sentence, treatment.language);
        triples.push(
          ...placeTriples(found, extraction.chunk.start, firstSentence + position, index),
        );
      });
    }
    firstSentence += extraction.sentences.length;
  }
  return triples;
}
