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
    // the analysis's sentences are the chunk's sentences, so a position in one is a position in the other
    if (treatment.kind === 'nlp' && extraction.analysis !== null) {
      extraction.analysis.sentences.forEach((sentence, position) => {
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
