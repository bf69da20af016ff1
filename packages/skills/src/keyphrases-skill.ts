import { rakeKeyPhrases, type LocalPhrase } from './keyphrases-rake.ts';
import { detectLanguage } from './language-skill.ts';
import { mergePhrases, type ScoredPhrase } from './phrases.ts';
import type { ChunkOutcome, Skill } from './skill.ts';

export interface KeyPhrase {
  phrase: string;
  /** 0..1 within the chunk, best = 1. */
  score: number;
  /** Offsets into the DOCUMENT text: text.slice(start, end) is the phrase as written. */
  start: number;
  end: number;
}

export interface KeyPhrasesChunkResult {
  phrases: KeyPhrase[];
}

export interface KeyPhrasesDocumentResult {
  keyPhrases: ScoredPhrase[];
}

export const PHRASES_PER_CHUNK = 20;
export const PHRASES_PER_DOCUMENT = 15;
/**
 * Only guards against an oversized chunk (the pipeline's are 8,000 characters by default): text
 * past it is not searched for phrases.
 */
export const MAX_ANALYSED_CHARS = 50_000;

/** Key phrases of one chunk; the language decides the extractor. */
export function extractKeyPhrases(text: string, language: string | null): LocalPhrase[] {
  // No language means too little text or an unsure detector: phrases from it would be noise.
  if (!language) return [];
  return rakeKeyPhrases(text.slice(0, MAX_ANALYSED_CHARS), language, PHRASES_PER_CHUNK);
}

function scaleToBest(phrases: LocalPhrase[], offset: number): KeyPhrase[] {
  const best = phrases.reduce((max, { score }) => Math.max(max, score), 0);
  if (best <= 0) return [];
  return phrases.map(({ phrase, score, start, end }) => ({
    phrase,
    score: Math.round((score / best) * 1000) / 1000,
    start: offset + start,
    end: offset + end,
  }));
}

export const keyphrasesSkill: Skill<KeyPhrasesChunkResult, KeyPhrasesDocumentResult> = {
  name: 'keyphrases',
  // 2: one statistical method for every language (version 1 tagged English parts of speech).
  version: '2',
  description:
    'Extracts key phrases per chunk: runs of words between stop words, scored by how often they and their words recur.',
  default: true,
  after: ['language'],
  async runChunk(chunk) {
    // Normally the language skill ran first; detect here only when this skill runs on its own.
    const language =
      chunk.language === undefined ? detectLanguage(chunk.text).language : chunk.language;
    return { phrases: scaleToBest(extractKeyPhrases(chunk.text, language), chunk.start) };
  },
  mergeDocument(chunks: ReadonlyArray<ChunkOutcome<KeyPhrasesChunkResult>>) {
    const all = chunks.flatMap(({ result }) => result.phrases);
    return { keyPhrases: mergePhrases(all, PHRASES_PER_DOCUMENT) };
  },
};
