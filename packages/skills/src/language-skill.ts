// eld's medium n-gram database, not its large one: as accurate on the text this skill gives it
// (97.4 % against 97.5 % on 15,000 translated samples of 340 bytes in 53 languages,
// `node bench/language-accuracy.ts`), but 54 MiB of heap in every process that detects instead
// of 129, and in the pipeline 0.35-0.45 ms less CPU per document: V8 no longer marks 130 MB of
// small objects, and the look-ups stay in the cache (docs/measurements.md).
import { eld } from 'eld/medium';
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
 * eld reads its input only up to the first space after 350 bytes of UTF-8 (some 60 words of
 * English) and ignores the rest. So a longer text is sampled in three pieces of about a third of
 * that each, from its start, middle and end, and the detector reads all three: a chunk that changes
 * language part way is judged on all of it, not on how it begins (a heading, a quote). The cost
 * is the same as for a short text, however large the chunk.
 */
export const DETECTOR_BYTES = 340;
const PIECE_BYTES = Math.floor(DETECTOR_BYTES / 3);
/** A piece starts at the next word unless that is further away than this (unspaced scripts). */
const WORD_SEARCH_CHARS = 30;

function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code < 0xdc00) return 4; // a surrogate pair, counted at its first half
  if (code >= 0xdc00 && code < 0xe000) return 0;
  return 3;
}

const isSpace = (code: number) => code <= 0x20 || code === 0xa0 || code === 0x3000;

/** The UTF-8 length of `text`, counted only up to `limit`. */
function utf8LengthUpTo(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) bytes += utf8Bytes(text.charCodeAt(i));
  return bytes;
}

/** About `bytes` of UTF-8 from `from` on, starting and ending at word boundaries where it can. */
function piece(text: string, from: number, bytes: number): string {
  let start = from;
  if (start > 0) {
    let i = start;
    while (i < text.length && i - start < WORD_SEARCH_CHARS && !isSpace(text.charCodeAt(i))) i++;
    if (i < text.length && isSpace(text.charCodeAt(i))) start = i + 1;
  }
  // Never begin on the second half of a surrogate pair.
  if (utf8Bytes(text.charCodeAt(start)) === 0) start++;
  let end = start;
  for (let used = 0; end < text.length; end++) {
    used += utf8Bytes(text.charCodeAt(end));
    if (used > bytes) break;
  }
  if (end < text.length && !isSpace(text.charCodeAt(end))) {
    // Drop the word cut in two, unless it is all there is (unspaced scripts).
    let i = end;
    while (i > start && !isSpace(text.charCodeAt(i - 1))) i--;
    if (i > start) end = i;
  }
  return text.slice(start, end);
}

function sample(text: string): string {
  if (utf8LengthUpTo(text, DETECTOR_BYTES) <= DETECTOR_BYTES) return text;
  const middle = Math.max(0, Math.floor(text.length / 2 - PIECE_BYTES / 2));
  const last = Math.max(0, text.length - PIECE_BYTES);
  return [
    piece(text, 0, PIECE_BYTES),
    piece(text, middle, PIECE_BYTES),
    piece(text, last, PIECE_BYTES),
  ].join(' ');
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
  // 2: reads a bounded sample of long chunks. 3: the sample fits what eld reads (DETECTOR_BYTES).
  // 4: eld's medium database.
  version: '4',
  description: 'Detects the language of each chunk (ISO 639-1) and the document language mix.',
  default: true,
  async runChunk(chunk) {
    return detectLanguage(chunk.text);
  },
  mergeDocument: mergeLanguages,
};
