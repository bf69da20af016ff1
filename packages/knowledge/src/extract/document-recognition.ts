/**
 * Named entities of the whole document from the NLP service's per-chunk analyses: the analyses are
 * merged into one in document offsets and refined once, so the NER rules that look across the text
 * (one label per name, a surname standing for the full name, repeats of found names) work across
 * chunks too. Chunks of different languages are merged alike: the rules read tokens and their
 * tags, which every language's analysis carries.
 */
import type { NlpAnalysis, NlpSentence } from '../corenlp/types.ts';
import { partitionPoint } from '../patterns/partition-point.ts';
import type { ChunkExtraction } from './chunk-extraction.ts';
import type { DocumentNamedMention, NamedEntityRecognizer } from './services.ts';

function shiftSentence(sentence: NlpSentence, by: number): NlpSentence {
  return {
    ...sentence,
    start: sentence.start + by,
    end: sentence.end + by,
    tokens: sentence.tokens.map((token) => ({
      ...token,
      start: token.start + by,
      end: token.end + by,
    })),
  };
}

export function recognizeInDocument(
  text: string,
  extractions: readonly ChunkExtraction[],
  recognize: NamedEntityRecognizer,
): DocumentNamedMention[] {
  const analysed = extractions.filter((extraction) => extraction.analysis !== null);
  const first = analysed[0]?.analysis;
  if (first === undefined || first === null) return [];
  const merged: NlpAnalysis = {
    language: first.language,
    sentences: [],
    mentions: [],
    cappedSentences: 0,
  };
  for (const { analysis, chunk } of analysed) {
    if (analysis === null) continue;
    merged.sentences.push(
      ...analysis.sentences.map((sentence) => shiftSentence(sentence, chunk.start)),
    );
    merged.mentions.push(
      ...analysis.mentions.map((mention) => ({
        ...mention,
        start: mention.start + chunk.start,
        end: mention.end + chunk.start,
      })),
    );
    merged.cappedSentences += analysis.cappedSentences;
  }
  // the chunk a mention lies in: the last analysed chunk starting at or before it
  const chunkAt = (offset: number): number =>
    analysed[Math.max(0, partitionPoint(analysed, ({ chunk }) => chunk.start <= offset) - 1)]?.chunk
      .seq ?? 0;
  return recognize(text, merged).map((mention) => ({
    start: mention.start,
    end: mention.end,
    text: mention.text,
    type: mention.type,
    confidence: mention.confidence,
    source: 'ner' as const,
    chunkSeq: chunkAt(mention.start),
  }));
}
