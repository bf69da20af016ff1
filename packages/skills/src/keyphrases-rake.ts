import stopwordLists from 'stopwords-iso' with { type: 'json' };
import { MAX_PHRASE_WORDS, normalisePhrase } from './phrases.ts';

/**
 * Key phrases for every language with a stop word list (stopwords-iso), English included.
 * Candidates are found as in RAKE (Rose et al. 2010): runs of words between stop words and
 * punctuation. They are scored on statistics of the chunk itself, as YAKE-like methods do: how often
 * the phrase occurs, how frequent its words are among all candidate words (central words recur),
 * and a bonus for phrases of several words (a repeated multi-word phrase is rarely chance).
 * Classic RAKE's degree/frequency score is not used: it ranks long one-off runs of rare words
 * ("Europeans established trading posts") above the subject of the text.
 *
 * Measured on the 1,000-file Factbook benchmark corpus (2,203 chunks of up to 8,000 characters):
 * about 0.6 ms per chunk, against about 4 ms for the part-of-speech based retext pipeline used
 * for English before (skill version 1), with phrases of similar use (docs/measurements.md).
 */

/** A phrase found in a piece of text, with offsets into that text. */
export interface LocalPhrase {
  phrase: string;
  score: number;
  start: number;
  end: number;
}

const lists = stopwordLists as Record<string, string[] | undefined>;
const stopwordSets = new Map<string, Set<string> | null>();

/** The stop words of a language (stopwords-iso), or null when there is no list for it. */
export function stopwordsFor(language: string): Set<string> | null {
  let set = stopwordSets.get(language);
  if (set === undefined) {
    // Own properties only: the language code comes from callers ("constructor" is not a list).
    const list = Object.hasOwn(lists, language) ? lists[language] : undefined;
    set =
      list && list.length > 0
        ? new Set(list.map((word) => word.toLocaleLowerCase(language)))
        : null;
    stopwordSets.set(language, set);
  }
  return set;
}

/** What separates a word from the next one, as bit flags (no string is cut out for it). */
const JOINS = 1; // only spaces (or nothing): the next word may continue the phrase
const ENDS_SENTENCE = 2;
const COLON_AFTER = 4; // "total: 12": the word is a field label
const BRACKETED_ABBREVIATION = 8; // "(2023 est.)", "(approx.)": says nothing about the content

/** A word of the text: `segment` as written (possessive 's removed), its offsets, what follows. */
type Visit = (segment: string, start: number, end: number, gap: number) => void;

const SPACE = 0x20;
const NBSP = 0xa0;
const SENTENCE_END = new Set([...'.!?;:\n\u3002\uff01\uff1f'].map((c) => c.charCodeAt(0)));

/** The flags of text[from, to), the characters between two words. */
function gapFlags(text: string, from: number, to: number): number {
  let flags = JOINS;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== NBSP) flags &= ~JOINS;
    if (SENTENCE_END.has(code)) flags |= ENDS_SENTENCE;
  }
  const first = text.charCodeAt(from);
  if (from < to && first === 0x3a) flags |= COLON_AFTER;
  const second = text.charCodeAt(from + 1);
  if (from + 1 < to && first === 0x2e && (second === 0x29 || second === 0x5d)) {
    flags |= BRACKETED_ABBREVIATION;
  }
  return flags;
}

/**
 * Scripts written without spaces between words need a dictionary-based word breaker (ICU's, via
 * Intl.Segmenter); every other script is split by a regular expression, several times faster.
 */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);
/**
 * Words are what `[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*` matches: letters, marks and
 * digits, joined by an apostrophe, hyphen or dot ("U.S.", "Guinea-Bissau"). Characters of the
 * Basic Multilingual Plane are looked up in a table built once; others asked of the expression.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const BMP_WORD_CHARS = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code < 0xd800 || code > 0xdfff)
      table[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return table;
})();

/** The width (1 or 2 code units) of the word character at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return 0;
  if (code < 0xd800 || code > 0xdbff) return BMP_WORD_CHARS[code]!;
  const point = text.codePointAt(i)!;
  return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** "Burkina Faso’s": length of a possessive 's at the end of a word (2), else 0. */
function possessiveLength(word: string): number {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 0x73) return 0;
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019 ? 2 : 0;
}

function forEachWord(text: string, language: string, visit: Visit): void {
  if (UNSPACED.has(language)) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    let previous: { segment: string; index: number } | null = null;
    let gapStart = 0;
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) continue;
      if (previous)
        visit(previous.segment, previous.index, gapStart, gapFlags(text, gapStart, index));
      previous = { segment, index };
      gapStart = index + segment.length;
    }
    if (previous)
      visit(previous.segment, previous.index, gapStart, gapFlags(text, gapStart, text.length));
    return;
  }
  // What WORD matches, found by table look-ups instead of the regular expression (3x faster).
  let pendingStart = -1;
  let pendingEnd = 0;
  const emit = (gapEnd: number) => {
    if (pendingStart < 0) return;
    const word = text.slice(pendingStart, pendingEnd);
    const possessive = possessiveLength(word);
    const flags = gapFlags(text, pendingEnd, gapEnd);
    // The possessive ends the phrase that owns it, like a comma would.
    visit(
      possessive ? word.slice(0, -possessive) : word,
      pendingStart,
      pendingEnd - possessive,
      possessive ? flags & ENDS_SENTENCE : flags,
    );
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      width = wordCharAt(text, i);
      if (width > 0) {
        i += width;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e) {
        const after = wordCharAt(text, i + 1);
        if (after > 0) {
          i += 1 + after;
          continue;
        }
      }
      break;
    }
    emit(start);
    pendingStart = start;
    pendingEnd = i;
  }
  emit(n);
}

/** Whether the first letter is upper case (ASCII decided without a regular expression). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPERCASE_START.test(word);
}

function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE_START.test(word);
}

const DIGITS = /^[\p{N}.,'’-]+$/u;
const UPPERCASE_START = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
/**
 * English has no part-of-speech tagger here: a lower-case -ed word after another word is mostly a
 * verb ("the Cold War allowed German reunification"), so it ends the phrase; at the start of one it
 * is mostly an adjective ("armed forces") and stays.
 */
const PAST_TENSE = /^\p{Ll}\p{L}{2,}ed$/u;
/** Languages that capitalise common nouns, so a capital says nothing about a proper name. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);
/** Languages whose lower case differs from the default mapping (dotted and dotless i). */
const LOCALE_CASING = new Set(['tr', 'az', 'lt']);

/** A run of words between stop words and punctuation: its words (lower case) and its span. */
interface Candidate {
  words: string[];
  start: number;
  end: number;
}

function candidates(text: string, language: string, stopwords: Set<string>): Candidate[] {
  const trustCapitals = !CAPITALISED_NOUNS.has(language);
  const english = language === 'en';
  const localeCasing = LOCALE_CASING.has(language);
  const found: Candidate[] = [];
  let words: string[] = [];
  let start = 0;
  let end = 0;
  let sentenceStart = true;
  const close = () => {
    if (words.length > 0 && words.length <= MAX_PHRASE_WORDS) found.push({ words, start, end });
    words = [];
  };
  forEachWord(text, language, (segment, wordStart, wordEnd, gap) => {
    const word = localeCasing ? segment.toLocaleLowerCase(language) : segment.toLowerCase();
    // Some stopwords-iso lists hold frequent proper names (the Russian one has Россия and
    // Москва): a capitalised word inside a sentence is kept as a name, not dropped as a stop word.
    const name = trustCapitals && !sentenceStart && startsUpper(segment);
    sentenceStart = (gap & ENDS_SENTENCE) !== 0;
    const first = word.charCodeAt(0);
    if (
      (stopwords.has(word) && !name) ||
      (english && words.length > 0 && segment.endsWith('ed') && PAST_TENSE.test(segment)) ||
      ((first < 0x30 || first > 0x7a || first <= 0x39) && DIGITS.test(word)) ||
      (gap & BRACKETED_ABBREVIATION) !== 0 ||
      // "total: 12; male: 5": a lower-case field label, not content.
      ((gap & COLON_AFTER) !== 0 && startsLower(segment))
    ) {
      if ((gap & COLON_AFTER) !== 0) words = [];
      close();
    } else {
      if (words.length === 0) start = wordStart;
      words.push(word);
      end = wordEnd;
    }
    if ((gap & JOINS) === 0) close();
  });
  close();
  return found;
}

/** Key phrases of text in `language`; [] when there is no stop word list for it. */
export function rakeKeyPhrases(text: string, language: string, limit: number): LocalPhrase[] {
  const stopwords = stopwordsFor(language);
  if (!stopwords) return [];
  const found = candidates(text, language, stopwords);

  const frequency = new Map<string, number>();
  for (const { words } of found) {
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  // One entry per distinct phrase (its words, case-insensitively), at its first occurrence.
  const phrases = new Map<string, { count: number; words: string[]; start: number; end: number }>();
  for (const { words, start, end } of found) {
    const key = words.join(' ');
    const seen = phrases.get(key);
    if (seen) seen.count++;
    else phrases.set(key, { count: 1, words, start, end });
  }
  const ranked = [...phrases.values()].map((entry) => {
    const several = entry.words.length > 1;
    let sum = 0;
    for (const word of entry.words) sum += frequency.get(word) ?? 1;
    // Occurrences (a phrase of several words counts one extra: repeated, it is rarely chance),
    // times how central its words are, with a bonus for several words over one.
    const score =
      (entry.count + (several ? 1 : 0)) * Math.sqrt(sum / entry.words.length) * (several ? 1.5 : 1);
    return { score, start: entry.start, end: entry.end };
  });
  ranked.sort((a, b) => b.score - a.score || a.start - b.start);
  // The phrase rules are checked best first, only until `limit` phrases pass them.
  const best: LocalPhrase[] = [];
  for (const { score, start, end } of ranked) {
    if (best.length >= limit) break;
    const phrase = normalisePhrase(text.slice(start, end));
    if (phrase) best.push({ phrase, score, start, end });
  }
  return best;
}
