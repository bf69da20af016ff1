/** Rules every key phrase obeys, whichever extractor found it. */

export const MAX_PHRASE_WORDS = 5;
export const MIN_PHRASE_CHARS = 3;
export const MAX_PHRASE_CHARS = 80;

const LETTER = /\p{L}/u;
const URL_OR_EMAIL = /:\/\/|\bwww\.|@|\.(?:com|org|net|gov|edu|html?|php)\b/iu;
/**
 * Han, kana and Hangul syllable blocks: one character carries a syllable or a whole word, so
 * two-character phrases (中国, 東京) are real words; the 3-character minimum is for alphabets.
 */
const DENSE_SCRIPT =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

/** Collapses whitespace and applies the phrase rules; null when the text is not a usable phrase. */
export function normalisePhrase(text: string): string | null {
  const phrase = text.replace(/\s+/gu, ' ').trim();
  const minChars = DENSE_SCRIPT.test(phrase) ? 2 : MIN_PHRASE_CHARS;
  if (phrase.length < minChars || phrase.length > MAX_PHRASE_CHARS) return null;
  if (phrase.split(' ').length > MAX_PHRASE_WORDS) return null;
  // Pure numbers, dates, amounts and stray symbols carry no letter.
  if (!LETTER.test(phrase)) return null;
  if (URL_OR_EMAIL.test(phrase)) return null;
  return phrase;
}

/** The key under which phrases from different chunks count as the same phrase. */
export function phraseKey(phrase: string): string {
  return phrase.toLocaleLowerCase();
}

export interface ScoredPhrase {
  phrase: string;
  score: number;
}

/**
 * Combines phrases case-insensitively: scores are summed, then divided by the best sum so the
 * result is 0..1, best first. The spelling shown is the one seen most often (first seen on ties).
 */
export function mergePhrases(phrases: Iterable<ScoredPhrase>, limit: number): ScoredPhrase[] {
  const merged = new Map<string, { score: number; spellings: Map<string, number> }>();
  for (const { phrase, score } of phrases) {
    const key = phraseKey(phrase);
    let entry = merged.get(key);
    if (!entry) merged.set(key, (entry = { score: 0, spellings: new Map() }));
    entry.score += score;
    entry.spellings.set(phrase, (entry.spellings.get(phrase) ?? 0) + 1);
  }
  let best = 0;
  for (const entry of merged.values()) best = Math.max(best, entry.score);
  if (best <= 0) return [];
  return [...merged.values()]
    .map(({ score, spellings }) => ({
      phrase: mostFrequent(spellings),
      score: Math.round((score / best) * 1000) / 1000,
    }))
    .sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase))
    .slice(0, limit);
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  // Map iteration follows insertion order, so ties keep the first spelling seen.
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}
