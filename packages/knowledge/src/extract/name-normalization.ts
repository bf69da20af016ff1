/**
 * How a named entity's name becomes comparable, the `<normalized name>` in `name:<TYPE>:<...>`
 * keys. The rule, in order:
 *   1. Unicode NFC; every run of whitespace becomes one space; quotes and brackets around the name
 *      and punctuation after it (except a dot that ends an abbreviation) are dropped; an English
 *      possessive ('s) is dropped.
 *   2. Words that do not change who or what is named are dropped: a leading "the", a leading
 *      French/Spanish/Italian article written lower case ("la France", "l'Algérie"; capitalized it
 *      is kept, as in "Los Angeles" or "Le Havre"); for a PERSON,
 *      leading titles and honorifics, repeatedly ("Bundeskanzler", "Prof. Dr."); for an
 *      ORGANIZATION, trailing legal forms, repeatedly ("AG", "GmbH & Co. KG", "Inc.", "S.A.").
 *      At least one word always stays.
 *   3. Case-folded (lower case); accents are kept ("Müller" stays "müller", "José" stays "josé"),
 *      since they tell different names apart; hyphens are kept ("hapag-lloyd").
 * `displayName` applies 1 and 2 but keeps the case, for a canonical name such as "Friedrich Merz"
 * from "Bundeskanzler Friedrich Merz".
 */
import type { EntityType } from '../types.ts';
import {
  LEADING_ARTICLES,
  LEGAL_FORMS,
  LOWER_CASE_ARTICLES,
  PERSON_TITLES,
} from './name-affixes.ts';

const toPhrases = (entries: readonly string[]): string[][] =>
  entries.map((entry) => entry.split(' '));
const TITLE_PHRASES = toPhrases(PERSON_TITLES);
const LEGAL_FORM_PHRASES = toPhrases(LEGAL_FORMS);
const ARTICLE_PHRASES = toPhrases(LEADING_ARTICLES);

const WRAPPING = /^[\s"'„“”‚‘’«»()[\]{}<>]+|[\s"'„“”‚‘’«»()[\]{}<>,;:!?]+$/gu;
const POSSESSIVE = /['’]s$/u;

const comparable = (word: string): string => word.toLowerCase().replace(/\.$/u, '');

function cleanSurface(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').replace(WRAPPING, '').replace(POSSESSIVE, '');
}

const words = (text: string): string[] =>
  cleanSurface(text)
    .split(' ')
    .filter((word) => word.length > 0);

/** Length in words of the phrase `words` starts (or ends) with, 0 when none. */
function affixLength(
  words: readonly string[],
  phrases: readonly string[][],
  atEnd: boolean,
): number {
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length >= words.length || phrase.length <= longest) continue;
    const offset = atEnd ? words.length - phrase.length : 0;
    if (phrase.every((part, index) => comparable(words[offset + index] ?? '') === part))
      longest = phrase.length;
  }
  return longest;
}

/** The words without the phrases they start (or end) with, repeatedly; one word always stays. */
function strip(words: string[], phrases: readonly string[][], atEnd: boolean): string[] {
  let remaining = words;
  for (
    let cut = affixLength(remaining, phrases, atEnd);
    cut > 0;
    cut = affixLength(remaining, phrases, atEnd)
  ) {
    remaining = atEnd ? remaining.slice(0, remaining.length - cut) : remaining.slice(cut);
  }
  return remaining;
}

const stripLeading = (words: string[], phrases: readonly string[][]): string[] =>
  strip(words, phrases, false);

function stripTrailing(words: string[], phrases: readonly string[][]): string[] {
  const remaining = strip(words, phrases, true);
  // "Siemens Energy AG" and "Siemens Energy, AG" alike
  const last = remaining.length - 1;
  return remaining.map((word, index) => (index === last ? word.replace(/,$/u, '') : word));
}

/** "la France" -> "France", "l'Algérie" -> "Algérie"; a capitalized article stays. */
function stripLowerCaseArticle(words: string[]): string[] {
  const [first, ...rest] = words;
  if (first === undefined) return words;
  if (rest.length > 0 && LOWER_CASE_ARTICLES.has(first)) return rest;
  const elided = /^l['’](?=\p{L})/u.exec(first);
  return elided === null ? words : [first.slice(elided[0].length), ...rest];
}

/** The name without its title, honorific, article or legal form, case kept. */
export function displayName(text: string, type: EntityType): string {
  let words = cleanSurface(text)
    .split(' ')
    .filter((word) => word.length > 0);
  words = stripLowerCaseArticle(stripLeading(words, ARTICLE_PHRASES));
  if (type === 'PERSON') words = stripLeading(words, TITLE_PHRASES);
  if (type === 'ORGANIZATION') words = stripTrailing(words, LEGAL_FORM_PHRASES);
  return words.join(' ');
}

/**
 * The name an unlinked entity is shown by: a person's without titles ("Friedrich Merz"), an
 * organization's with its legal form ("Siemens Energy AG"), none with a leading article.
 */
export function canonicalName(text: string, type: EntityType): string {
  return type === 'ORGANIZATION'
    ? stripLowerCaseArticle(stripLeading(words(text), ARTICLE_PHRASES)).join(' ')
    : displayName(text, type);
}

export function normalizeName(text: string, type: EntityType): string {
  return displayName(text, type).toLowerCase();
}

/** The words of a normalized name, for matching "Merz" against "Friedrich Merz". */
export function nameTokens(normalized: string): string[] {
  return normalized.split(' ').filter((word) => word.length > 0);
}

/**
 * Where the titles written right before a person's name begin ("Bundeskanzler Friedrich Merz",
 * "Prof. Dr. Drosten"), so the titled form can count as an alias although the NLP service tags only
 * the name; `start` itself when no title precedes it.
 */
export function titleStart(text: string, start: number): number {
  const offset = Math.max(0, start - 60);
  const before = text.slice(offset, start);
  // only whitespace may stand between the title and the name
  if (!/\s$/u.test(before)) return start;
  const words = [...before.matchAll(/\S+/gu)].map((match) => ({ word: match[0], at: match.index }));
  let first = words.length;
  for (;;) {
    const taken = words.slice(0, first).map((entry) => entry.word);
    const length = TITLE_PHRASES.filter(
      (phrase) =>
        phrase.length <= taken.length &&
        phrase.every(
          (part, index) => comparable(taken[taken.length - phrase.length + index] ?? '') === part,
        ),
    ).reduce((longest, phrase) => Math.max(longest, phrase.length), 0);
    if (length === 0) break;
    first -= length;
  }
  return first === words.length ? start : offset + (words[first]?.at ?? 0);
}
