/**
 * The document's sentences in order, numbered from 0 over all chunks, and the lookup from an
 * offset to the sentence it lies in (binary search, so 10,000 mentions cost 10,000 log n steps).
 */
import { partitionPoint } from '../patterns/partition-point.ts';
import type { Sentence, Span } from '../types.ts';

export function numberSentences(
  chunks: ReadonlyArray<{ seq: number; sentences: readonly Span[] }>,
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const chunk of chunks) {
    for (const span of chunk.sentences) {
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        chunkSeq: chunk.seq,
      });
    }
  }
  return sentences;
}

/**
 * The sentence of the chunk `chunkSeq` that contains `offset`; when the offset falls between
 * sentences, the one before it, or the chunk's first when it comes before all of them. Undefined
 * when the chunk has no sentence.
 */
export function sentenceAt(
  sentences: readonly Sentence[],
  offset: number,
  chunkSeq: number,
): Sentence | undefined {
  const low = partitionPoint(sentences, (sentence) => sentence.start <= offset);
  const before = sentences[low - 1];
  if (before?.chunkSeq === chunkSeq) return before;
  const after = sentences[low];
  return after?.chunkSeq === chunkSeq ? after : undefined;
}
