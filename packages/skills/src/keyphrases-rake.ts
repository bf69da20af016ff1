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

interface Token {
  /** The word as written, possessive 's removed. */
  segment: string;
  start: number;
  end: number;
  /** What follows the word up to the next one. */
  gap: string;
}

/**
 * Scripts written without spaces between words need a dictionary-based word breaker (ICU's, via
 * Intl.Segmenter); every other script is split by a regular expression, several times faster.
 */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

function* tokens(text: string, language: string): Generator<Token> {
  if (UNSPACED.has(language)) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    let previous: Token | null = null;
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) {
        if (previous) previous.gap += segment;
        continue;
      }
      if (previous) yield previous;
      previous = { segment, start: index, end: index + segment.length, gap: '' };
    }
    if (previous) yield previous;
    return;
  }
  const matches = text.matchAll(WORD);
  let current = matches.next();
  while (!current.done) {
    const match = current.value;
    const next = matches.next();
    const end = match.index + match[0].length;
    const gap = text.slice(end, next.done ? text.length : next.value.index);
    const possessive = POSSESSIVE.exec(match[0]);
    const segment = possessive ? match[0].slice(0, possessive.index) : match[0];
    // "Burkina Faso’s economy": the possessive ends the phrase that owns it.
    yield {
      segment,
      start: match.index,
      end: match.index + segment.length,
      gap: possessive ? `${possessive[0]},${gap}` : gap,
    };
    current = next;
  }
}

// Between two words of one phrase only spaces may stand (or nothing, in scripts without spaces);
// anything else (comma, dash, bracket, line break) ends the phrase.
const JOINER = /^[ \u00a0]*$/u;
const DIGITS = /^[\p{N}.,'’-]+$/u;
const SENTENCE_END = /[.!?;:\n\u3002\uff01\uff1f]/u;
const UPPERCASE_START = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** "(2023 est.)", "(approx.)": an abbreviation in brackets says nothing about the content. */
const BRACKETED_ABBREVIATION = /^\.[)\]]/u;
/**
 * English has no part-of-speech tagger here: a lower-case -ed word after another word is mostly a
 * verb ("the Cold War allowed German reunification"), so it ends the phrase; at the start of one it
 * is mostly an adjective ("armed forces") and stays.
 */
const PAST_TENSE = /^\p{Ll}\p{L}{2,}ed$/u;
/** Languages that capitalise common nouns, so a capital says nothing about a proper name. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

/** A run of words between stop words and punctuation, with each word's offsets. */
interface Candidate {
  words: string[];
  spans: Array<[number, number]>;
}

function candidates(text: string, language: string, stopwords: Set<string>): Candidate[] {
  const trustCapitals = !CAPITALISED_NOUNS.has(language);
  const english = language === 'en';
  const found: Candidate[] = [];
  let current: Array<{ word: string; start: number; end: number }> = [];
  let sentenceStart = true;
  const close = () => {
    if (current.length > 0 && current.length <= MAX_PHRASE_WORDS) {
      found.push({
        words: current.map((t) => t.word),
        spans: current.map((t) => [t.start, t.end]),
      });
    }
    current = [];
  };
  for (const { segment, start, end, gap } of tokens(text, language)) {
    const word = segment.toLocaleLowerCase(language);
    // Some stopwords-iso lists hold frequent proper names (the Russian one has Россия and
    // Москва): a capitalised word inside a sentence is kept as a name, not dropped as a stop word.
    const name = trustCapitals && !sentenceStart && UPPERCASE_START.test(segment);
    sentenceStart = SENTENCE_END.test(gap);
    if (
      (stopwords.has(word) && !name) ||
      (english && current.length > 0 && PAST_TENSE.test(segment)) ||
      DIGITS.test(word) ||
      BRACKETED_ABBREVIATION.test(gap) ||
      // "total: 12; male: 5": a lower-case field label, not content.
      (gap.startsWith(':') && LOWERCASE_START.test(segment))
    ) {
      if (gap.startsWith(':')) current = [];
      close();
    } else {
      current.push({ word, start, end });
    }
    if (!JOINER.test(gap)) close();
  }
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
  // One entry per distinct phrase (case-insensitively), at its first occurrence.
  const phrases = new Map<string, LocalPhrase & { count: number; words: string[] }>();
  for (const { words, spans } of found) {
    const start = spans[0]![0];
    const end = spans.at(-1)![1];
    const phrase = normalisePhrase(text.slice(start, end));
    if (!phrase) continue;
    const key = phrase.toLocaleLowerCase(language);
    const seen = phrases.get(key);
    if (seen) seen.count++;
    else phrases.set(key, { phrase, score: 0, start, end, count: 1, words });
  }
  for (const entry of phrases.values()) {
    const several = entry.words.length > 1;
    let sum = 0;
    for (const word of entry.words) sum += frequency.get(word) ?? 1;
    // Occurrences (a phrase of several words counts one extra: repeated, it is rarely chance),
    // times how central its words are, with a bonus for several words over one.
    entry.score =
      (entry.count + (several ? 1 : 0)) * Math.sqrt(sum / entry.words.length) * (several ? 1.5 : 1);
  }
  return [...phrases.values()]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, limit)
    .map(({ phrase, score, start, end }) => ({ phrase, score, start, end }));
}
