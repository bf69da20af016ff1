/** Word-shape tests shared by the refinement steps. */
import type { NlpToken } from '../corenlp/types.ts';

/** starts with an upper-case letter or a digit, as names in the four languages do */
export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(word);
}

/** a proper-noun tag in the English (NNP, NNPS), German (NE), French and Spanish (PROPN) tag sets */
export function isProperNoun(token: NlpToken): boolean {
  return /^(NNPS?|NE|PROPN|NP.*)$/u.test(token.pos);
}

export function isUntagged(token: NlpToken): boolean {
  return token.ner === undefined || token.ner === 'O';
}
