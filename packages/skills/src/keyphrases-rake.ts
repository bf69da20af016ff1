import stopwordLists from 'stopwords-iso' with { type: 'json' };
import {
  FNV_OFFSET,
  FNV_PRIME,
  hashString,
  IS_ASCII_LETTERS,
  IS_DIGITS,
  PhraseTable,
  WordTable,
} from './keyphrase-tables.ts';
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
 * about 0.17 ms per chunk (`node bench/skills-cost.ts`; 0.6 ms in its first form, before words
 * and phrases were counted into the reusable tables of keyphrase-tables.ts), against about 4 ms
 * for the part-of-speech based retext pipeline used for English before (skill version 1), with
 * phrases of similar use (docs/measurements.md).
 */

/** A phrase found in a piece of text, with offsets into that text. */
export interface LocalPhrase {
  phrase: string;
  score: number;
  start: number;
  end: number;
}

const lists = stopwordLists as Record<string, string[] | undefined>;

/** The stop words of a language (stopwords-iso), lower-cased, or null when there is no list for it. */
function stopwordsOf(language: string): Set<string> | null {
  // Own properties only: the language code comes from callers ("constructor" is not a list).
  const list = Object.hasOwn(lists, language) ? lists[language] : undefined;
  return list && list.length > 0
    ? new Set(list.map((word) => word.toLocaleLowerCase(language)))
    : null;
}

/** What separates a word from the next one, as bit flags (no string is cut out for it). */
const JOINS = 1; // only spaces (or nothing): the next word may continue the phrase
const ENDS_SENTENCE = 2;
const COLON_AFTER = 4; // "total: 12": the word is a field label
const BRACKETED_ABBREVIATION = 8; // "(2023 est.)", "(approx.)": says nothing about the content

/**
 * Receives the words of a text: text[start, end) as written (possessive 's removed) and the flags
 * of what follows. A method of one long-lived object rather than a closure made per call.
 */
interface WordSink {
  word(start: number, end: number, gap: number): void;
}

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

/** Hands text[start, end) to `sink`, followed by the text up to `gapEnd`. */
function emitWord(text: string, start: number, end: number, gapEnd: number, sink: WordSink): void {
  const flags = gapFlags(text, end, gapEnd);
  // "Burkina Faso’s": the possessive 's is dropped, and ends the phrase that owns it, like a
  // comma would.
  if (end - start >= 3 && text.charCodeAt(end - 1) === 0x73) {
    const apostrophe = text.charCodeAt(end - 2);
    if (apostrophe === 0x27 || apostrophe === 0x2019) {
      sink.word(start, end - 2, flags & ENDS_SENTENCE);
      return;
    }
  }
  sink.word(start, end, flags);
}

function forEachWord(text: string, language: string, sink: WordSink): void {
  if (UNSPACED.has(language)) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    let previous = -1;
    let gapStart = 0;
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) continue;
      if (previous >= 0) sink.word(previous, gapStart, gapFlags(text, gapStart, index));
      previous = index;
      gapStart = index + segment.length;
    }
    if (previous >= 0) sink.word(previous, gapStart, gapFlags(text, gapStart, text.length));
    return;
  }
  // What WORD matches, found by table look-ups instead of the regular expression (3x faster).
  // A word is handed on once the next one is found: the gap between them is part of its visit.
  let pendingStart = -1;
  let pendingEnd = 0;
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
    if (pendingStart >= 0) emitWord(text, pendingStart, pendingEnd, start, sink);
    pendingStart = start;
    pendingEnd = i;
  }
  if (pendingStart >= 0) emitWord(text, pendingStart, pendingEnd, n, sink);
}

/** Whether the first letter of text[start, end) is upper case (ASCII without a regex). */
function startsUpper(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPERCASE_START.test(text.slice(start, end));
}

function startsLower(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE_START.test(text.slice(start, end));
}

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

const stopwordTables = new Map<string, WordTable | null>();

/** The stop words of a language as a WordTable (built once, kept only so), or null without a list. */
function stopwordTableFor(language: string): WordTable | null {
  let table = stopwordTables.get(language);
  if (table === undefined) {
    const set = stopwordsOf(language);
    table = set && new WordTable();
    if (set && table) for (const word of set) table.add(word, hashString(word));
    stopwordTables.set(language, table);
  }
  return table;
}

/**
 * Finds the candidates of RAKE: runs of words between stop words and punctuation, counted into
 * `words` (how often each word occurs in candidates) and `phrases`. One instance is reused for
 * every text, so its tables are allocated once, not per chunk.
 */
class CandidateFinder implements WordSink {
  readonly words = new WordTable();
  readonly phrases = new PhraseTable();
  private text = '';
  private language = '';
  private stopwords = new WordTable();
  private trustCapitals = true;
  private english = false;
  private localeCasing = false;
  private sentenceStart = true;
  /** The current run: its first MAX_PHRASE_WORDS word ids, its length (may be more), its span. */
  private run = new Int32Array(MAX_PHRASE_WORDS);
  private runLength = 0;
  private start = 0;
  private end = 0;

  find(text: string, language: string, stopwords: WordTable): void {
    this.text = text;
    this.language = language;
    this.stopwords = stopwords;
    this.trustCapitals = !CAPITALISED_NOUNS.has(language);
    this.english = language === 'en';
    this.localeCasing = LOCALE_CASING.has(language);
    this.sentenceStart = true;
    this.runLength = 0;
    this.words.clear();
    this.phrases.clear();
    forEachWord(text, language, this);
    this.close();
    this.text = ''; // the text is not kept alive past the call
  }

  word(start: number, end: number, gap: number): void {
    const text = this.text;
    // The hash of the word lower-cased, from its characters: an ASCII word needs no string.
    let hash = FNV_OFFSET;
    let all = 0;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      all |= code;
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    const ascii = all < 0x80 && !this.localeCasing;
    let lowered: string | null = null;
    if (!ascii) {
      const segment = text.slice(start, end);
      lowered = this.localeCasing
        ? segment.toLocaleLowerCase(this.language)
        : segment.toLowerCase();
      hash = hashString(lowered);
    }
    // Some stopwords-iso lists hold frequent proper names (the Russian one has Россия and
    // Москва): a capitalised word inside a sentence is kept as a name, not dropped as a stop word.
    const name = this.trustCapitals && !this.sentenceStart && startsUpper(text, start, end);
    this.sentenceStart = (gap & ENDS_SENTENCE) !== 0;
    const stop =
      !name &&
      (lowered === null
        ? this.stopwords.findAscii(text, start, end, hash)
        : this.stopwords.find(lowered, hash)) >= 0;
    let id = -1;
    if (!stop) {
      const words = this.words;
      id = lowered === null ? words.findAscii(text, start, end, hash) : words.find(lowered, hash);
      if (id < 0) id = words.add(lowered ?? text.slice(start, end).toLowerCase(), hash);
    }
    if (
      stop ||
      (this.english && this.runLength > 0 && this.pastTense(start, end, id, ascii)) ||
      (this.words.flags[id]! & IS_DIGITS) !== 0 ||
      (gap & BRACKETED_ABBREVIATION) !== 0 ||
      // "total: 12; male: 5": a lower-case field label, not content.
      ((gap & COLON_AFTER) !== 0 && startsLower(text, start, end))
    ) {
      if ((gap & COLON_AFTER) !== 0) this.runLength = 0;
      this.close();
    } else {
      if (this.runLength === 0) this.start = start;
      if (this.runLength < MAX_PHRASE_WORDS) this.run[this.runLength] = id;
      this.runLength++;
      this.end = end;
    }
    if ((gap & JOINS) === 0) this.close();
  }

  /** PAST_TENSE on the word as written; an ASCII word (of known letters) needs no expression. */
  private pastTense(start: number, end: number, id: number, ascii: boolean): boolean {
    const text = this.text;
    if (end - start < 2 || text.charCodeAt(end - 2) !== 0x65 || text.charCodeAt(end - 1) !== 0x64) {
      return false;
    }
    if (!ascii) return PAST_TENSE.test(text.slice(start, end));
    const first = text.charCodeAt(start);
    return (
      end - start >= 5 &&
      first >= 0x61 &&
      first <= 0x7a &&
      (this.words.flags[id]! & IS_ASCII_LETTERS) !== 0
    );
  }

  /** Ends the current run; it is a candidate when it has at most MAX_PHRASE_WORDS words. */
  private close(): void {
    const length = this.runLength;
    if (length > 0 && length <= MAX_PHRASE_WORDS) {
      const counts = this.words.counts;
      for (let k = 0; k < length; k++) counts[this.run[k]!]!++;
      this.phrases.count(this.run, length, this.start, this.end);
    }
    this.runLength = 0;
  }
}

const finder = new CandidateFinder();
let heap = new Int32Array(64);

/**
 * Whether phrase a ranks before phrase b: best score first, equal scores by position (distinct
 * phrases never start at the same place, so the order is total and any selection method agrees).
 */
function before(a: number, b: number): boolean {
  const { scores, starts } = finder.phrases;
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && starts[a]! < starts[b]!);
}

/** Restores the heap order below `at` (best at the root) in heap[0, size). */
function siftDown(at: number, size: number): void {
  const phrase = heap[at]!;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && before(heap[child + 1]!, heap[child]!)) child++;
    if (!before(heap[child]!, phrase)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = phrase;
}

/** Key phrases of text in `language`; [] when there is no stop word list for it. */
export function rakeKeyPhrases(text: string, language: string, limit: number): LocalPhrase[] {
  const stopwords = stopwordTableFor(language);
  if (!stopwords) return [];
  finder.find(text, language, stopwords);
  const { phrases } = finder;
  const frequency = finder.words.counts;
  let size = phrases.size;
  if (heap.length < size) heap = new Int32Array(Math.max(size, heap.length * 2));
  for (let phrase = 0; phrase < size; phrase++) {
    const length = phrases.lengths[phrase]!;
    const offset = phrase * MAX_PHRASE_WORDS;
    const several = length > 1;
    let sum = 0;
    for (let k = 0; k < length; k++) sum += frequency[phrases.ids[offset + k]!]!;
    // Occurrences (a phrase of several words counts one extra: repeated, it is rarely chance),
    // times how central its words are, with a bonus for several words over one.
    phrases.scores[phrase] =
      (phrases.counts[phrase]! + (several ? 1 : 0)) * Math.sqrt(sum / length) * (several ? 1.5 : 1);
    heap[phrase] = phrase;
  }
  // Only the best few are needed: a heap hands them out in order without sorting the rest.
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at, size);
  // The phrase rules are checked best first, only until `limit` phrases pass them.
  const best: LocalPhrase[] = [];
  while (size > 0 && best.length < limit) {
    const phrase = heap[0]!;
    heap[0] = heap[--size]!;
    siftDown(0, size);
    const start = phrases.starts[phrase]!;
    const end = phrases.ends[phrase]!;
    const normalised = normalisePhrase(text.slice(start, end));
    if (normalised) best.push({ phrase: normalised, score: phrases.scores[phrase]!, start, end });
  }
  return best;
}
