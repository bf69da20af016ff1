import { eld } from 'eld/large';
import type { ChunkOutcome, Skill } from './skill.ts';

export interface LanguageChunkResult {
  /** ISO 639-1 code, or null when the text is too short or the detector is unsure. */
  language: string | null;
  /**
   * eld's n-gram score for the detected language (0..1, higher = more evidence); 0 when null.
   * It ranks detections; it is not a calibrated probability.
   */
  confidence: number;
}

export interface LanguageShare {
  language: string;
  /** Share of the document's language-bearing text, 0..1. */
  share: number;
}

export interface LanguageDocumentResult {
  language: string | null;
  languages: LanguageShare[];
}

/** Below this many letters n-gram statistics are noise ("OK", "Fig. 3", table cells). */
export const MIN_LETTERS = 20;
/** Shares below this are dropped from the document result: stray quotes, names, boilerplate. */
const MIN_SHARE = 0.02;

const LETTER = /\p{L}/gu;
const UNDETERMINED: LanguageChunkResult = { language: null, confidence: 0 };

function countLetters(text: string, atLeast: number): number {
  let count = 0;
  LETTER.lastIndex = 0;
  while (count < atLeast && LETTER.exec(text)) count++;
  return count;
}

/**
 * Characters the detector reads at most: n-gram statistics settle long before that, and the cost
 * stays bounded however large a chunk is configured. A longer text is sampled at its start,
 * middle and end, so a chunk that changes language part way is still seen as mixed.
 */
export const SAMPLE_CHARS = 3_000;

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const part = SAMPLE_CHARS / 3;
  const middle = Math.floor(text.length / 2 - part / 2);
  return [text.slice(0, part), text.slice(middle, middle + part), text.slice(-part)].join('\n');
}

/** Detects the language of a piece of text; shared with skills that need it when run alone. */
export function detectLanguage(text: string): LanguageChunkResult {
  const sampled = sample(text);
  if (countLetters(sampled, MIN_LETTERS) < MIN_LETTERS) return UNDETERMINED;
  const result = eld.detect(sampled);
  // eld answers '' when it found no usable n-grams and isReliable() false when the best score is
  // low for that language: both mean "undetermined" rather than a guess.
  if (!result.language || !result.isReliable()) return UNDETERMINED;
  const score = result.getScores()[result.language] ?? 0;
  return { language: result.language, confidence: Math.round(score * 1000) / 1000 };
}

/**
 * Document languages weighted by chunk length. Shares are of the text whose language was
 * determined, so a document half made of number tables is still 100 % English.
 */
export function mergeLanguages(
  chunks: ReadonlyArray<ChunkOutcome<LanguageChunkResult>>,
): LanguageDocumentResult {
  const lengths = new Map<string, number>();
  let total = 0;
  for (const { start, end, result } of chunks) {
    if (!result.language) continue;
    const length = Math.max(0, end - start);
    lengths.set(result.language, (lengths.get(result.language) ?? 0) + length);
    total += length;
  }
  if (total === 0) return { language: null, languages: [] };
  const languages = [...lengths]
    .map(([language, length]) => ({ language, share: Math.round((length / total) * 1000) / 1000 }))
    .filter(({ share }) => share >= MIN_SHARE)
    .sort((a, b) => b.share - a.share || a.language.localeCompare(b.language));
  return { language: languages[0]?.language ?? null, languages };
}

export const languageSkill: Skill<LanguageChunkResult, LanguageDocumentResult> = {
  name: 'language',
  // 2: reads a bounded sample of long chunks (SAMPLE_CHARS).
  version: '2',
  description: 'Detects the language of each chunk (ISO 639-1) and the document language mix.',
  default: true,
  async runChunk(chunk) {
    return detectLanguage(chunk.text);
  },
  mergeDocument: mergeLanguages,
};
