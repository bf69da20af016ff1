/**
 * One chunk's raw material: its sentences (document offsets), the NLP service's analysis
 * (chunk-relative, for document-level NER refinement and triples) or, in the fallback, the
 * gazetteer's names, and its pattern entities (document offsets). Nothing is resolved or merged yet.
 */
import type { NlpAnalyser, NlpAnalysis } from '../corenlp/types.ts';
import { findPatternEntities, type PatternMatch } from '../patterns/index.ts';
import type { Span } from '../types.ts';
import type { ChunkTreatment } from './chunk-classification.ts';
import { splitSentences } from './sentences.ts';
import type { DocumentNamedMention, GazetteerMatcher } from './services.ts';

export interface ExtractionChunk {
  seq: number;
  start: number;
  end: number;
  /** the language the language skill detected for the chunk; null when it could not tell */
  language: string | null;
}

export interface ChunkExtraction {
  chunk: ExtractionChunk;
  /** the document text of the chunk, which triples are extracted from */
  chunkText: string;
  treatment: ChunkTreatment;
  /** document offsets, in order */
  sentences: Span[];
  capped: number;
  /** gazetteer names (fallback chunks only), document offsets */
  gazetteerNames: DocumentNamedMention[];
  patterns: PatternMatch[];
  /** the service's analysis, chunk-relative, its sentences parallel to `sentences` (NLP chunks only) */
  analysis: NlpAnalysis | null;
}

export interface ChunkWork {
  text: string;
  chunk: ExtractionChunk;
  treatment: ChunkTreatment;
  nlp: NlpAnalyser | null;
  gazetteer: GazetteerMatcher | null;
  entities: boolean;
  parse: boolean;
  signal?: AbortSignal;
}

const shift = <T extends Span>(span: T, by: number): T => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});

async function analysedByService(
  work: ChunkWork,
  chunkText: string,
  base: ChunkExtraction,
): Promise<ChunkExtraction> {
  const { treatment, nlp, chunk } = work;
  if (treatment.kind !== 'nlp' || nlp === null) return base;
  const analysis = await nlp.analyse(chunkText, treatment.language, {
    parse: work.parse,
    ...(work.signal === undefined ? {} : { signal: work.signal }),
  });
  return {
    ...base,
    sentences: analysis.sentences.map((sentence) => ({
      start: sentence.start + chunk.start,
      end: sentence.end + chunk.start,
    })),
    capped: analysis.cappedSentences,
    analysis,
  };
}

function splitLocally(work: ChunkWork, chunkText: string, base: ChunkExtraction): ChunkExtraction {
  const { treatment, chunk } = work;
  const language = treatment.kind === 'skip' ? null : treatment.language;
  const split = splitSentences(chunkText, language);
  const gazetteerHits =
    treatment.kind === 'fallback' && work.entities && work.gazetteer !== null
      ? work.gazetteer.find(chunkText, language)
      : [];
  return {
    ...base,
    sentences: split.sentences.map((sentence) => shift(sentence, chunk.start)),
    capped: split.capped,
    gazetteerNames: gazetteerHits.map((hit) => ({
      ...shift(hit, chunk.start),
      source: 'gazetteer' as const,
      chunkSeq: chunk.seq,
    })),
  };
}

/** A chunk with pattern or gazetteer finds but no sentence is one sentence, so every mention has one. */
function withSomeSentence(extraction: ChunkExtraction): ChunkExtraction {
  if (
    extraction.sentences.length > 0 ||
    extraction.gazetteerNames.length + extraction.patterns.length === 0
  ) {
    return extraction;
  }
  const { chunk, chunkText } = extraction;
  const leading = chunkText.length - chunkText.trimStart().length;
  const trailing = chunkText.length - chunkText.trimEnd().length;
  return {
    ...extraction,
    sentences: [{ start: chunk.start + leading, end: chunk.end - trailing }],
  };
}

export async function extractChunk(work: ChunkWork): Promise<ChunkExtraction> {
  const { chunk, treatment } = work;
  const chunkText = work.text.slice(chunk.start, chunk.end);
  const base: ChunkExtraction = {
    chunk,
    chunkText,
    treatment,
    sentences: [],
    capped: 0,
    gazetteerNames: [],
    patterns: [],
    analysis: null,
  };
  if (treatment.kind === 'skip') return base;
  const extracted =
    treatment.kind === 'nlp'
      ? await analysedByService(work, chunkText, base)
      : splitLocally(work, chunkText, base);
  if (!work.entities) return extracted;
  const patterns = findPatternEntities(chunkText, treatment.language).map((match) =>
    shift(match, chunk.start),
  );
  return withSomeSentence({ ...extracted, patterns });
}
