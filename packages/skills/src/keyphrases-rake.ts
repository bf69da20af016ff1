import stopwordLists from 'stopwords-iso' with { type: 'json' };
import type { LocalPhrase } from './keyphrases-english.ts';
import { MAX_PHRASE_WORDS, normalisePhrase } from './phrases.ts';

/**
 * Language-independent key phrases (RAKE, Rose et al. 2010): candidate phrases are runs of words
 * between stop words and punctuation; a word scores degree/frequency (how much it occurs inside
 * longer candidates relative to how often it occurs); a phrase scores the sum of its words.
 * Words come from Intl.Segmenter (ICU), which also splits Chinese, Japanese and Thai, so one
 * extractor serves every language that has a stop word list.
 */

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
  word: string;
  start: number;
  end: number;
}

interface Candidate {
  tokens: Token[];
}

// Between two words of one phrase only spaces may stand (or nothing, in scripts without spaces);
// anything else (comma, dash, bracket, line break) ends the phrase.
const JOINER = /^[ \u00a0]*$/u;
const DIGITS = /^[\p{N}.,]+$/u;
const SENTENCE_END = /[.!?;:\u3002\uff01\uff1f]/u;
const UPPERCASE_START = /^\p{Lu}/u;
/** Languages that capitalise common nouns, so a capital says nothing about a proper name. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

function candidates(text: string, language: string, stopwords: Set<string>): Candidate[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const trustCapitals = !CAPITALISED_NOUNS.has(language);
  const found: Candidate[] = [];
  let current: Token[] = [];
  let sentenceStart = true;
  const close = () => {
    if (current.length > 0 && current.length <= MAX_PHRASE_WORDS) found.push({ tokens: current });
    current = [];
  };
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      if (SENTENCE_END.test(segment)) sentenceStart = true;
      if (!JOINER.test(segment)) close();
      continue;
    }
    const word = segment.toLocaleLowerCase(language);
    // Some stopwords-iso lists hold frequent proper names (the Russian one has Россия and
    // Москва): a capitalised word inside a sentence is kept as a name, not dropped as a stop word.
    const name = trustCapitals && !sentenceStart && UPPERCASE_START.test(segment);
    sentenceStart = false;
    if ((stopwords.has(word) && !name) || DIGITS.test(word)) {
      close();
      continue;
    }
    current.push({ word, start: index, end: index + segment.length });
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
  const degree = new Map<string, number>();
  for (const { tokens } of found) {
    for (const { word } of tokens) {
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
      degree.set(word, (degree.get(word) ?? 0) + tokens.length);
    }
  }

  // One entry per distinct phrase (case-insensitively), at its first occurrence. Unlike classic
  // RAKE, a phrase seen several times scores per occurrence, so a recurring phrase beats a
  // one-off run of rare words.
  const phrases = new Map<string, LocalPhrase>();
  for (const { tokens } of found) {
    const first = tokens[0];
    const last = tokens.at(-1);
    if (!first || !last) continue;
    const phrase = normalisePhrase(text.slice(first.start, last.end));
    if (!phrase) continue;
    let score = 0;
    for (const { word } of tokens) score += (degree.get(word) ?? 0) / (frequency.get(word) ?? 1);
    const key = phrase.toLocaleLowerCase(language);
    const seen = phrases.get(key);
    if (seen) seen.score += score;
    else phrases.set(key, { phrase, score, start: first.start, end: last.end });
  }
  return [...phrases.values()]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, limit);
}
