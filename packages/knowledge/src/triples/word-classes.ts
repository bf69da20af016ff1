/**
 * The few closed word classes the clause rules need that UD labels alone do not give: negation
 * (UD attaches "not" as plain advmod), relative words, and punctuation to trim from argument
 * edges. Per language, since the extractor runs on English, German, French and Spanish parses.
 */
import type { NlpLanguage } from '../corenlp/types.ts';
import type { NlpToken } from '../corenlp/types.ts';

const NEGATIONS: Record<NlpLanguage, ReadonlySet<string>> = {
  en: new Set(['not', "n't", 'never', 'no']),
  de: new Set(['nicht', 'nie', 'niemals', 'kein']),
  fr: new Set(['ne', "n'", 'pas', 'jamais', 'plus']),
  es: new Set(['no', 'nunca', 'jamás']),
};

const RELATIVE_WORDS: Record<NlpLanguage, ReadonlySet<string>> = {
  en: new Set(['who', 'whom', 'which', 'that', 'whose']),
  de: new Set([
    'der',
    'die',
    'das',
    'dem',
    'den',
    'deren',
    'dessen',
    'welche',
    'welcher',
    'welches',
  ]),
  fr: new Set(['qui', 'que', "qu'", 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'dont']),
  es: new Set(['que', 'quien', 'quienes', 'cual', 'cuales']),
};

function lower(token: NlpToken): string {
  return token.word.toLowerCase();
}

export function isNegation(token: NlpToken, language: NlpLanguage): boolean {
  return NEGATIONS[language].has(lower(token));
}

export function isRelativeWord(token: NlpToken, language: NlpLanguage): boolean {
  return /^W(DT|P\$?)$/.test(token.pos) || RELATIVE_WORDS[language].has(lower(token));
}

/** Punctuation by tag or by shape: PTB tags for English, UD's PUNCT for the other models. */
export function isPunctuation(token: NlpToken): boolean {
  return token.pos === 'PUNCT' || /^[^\p{L}\p{N}$%€£]+$/u.test(token.word);
}
