/**
 * Aircraft, vehicles and products named by a designation and a name: "F-94 Starfire", "CH-53 Sea
 * Stallion", "B-25 Mitchell". CoNLL counts the whole as one MISC; the CRF tags the name part as a
 * person or organization ("Mitchell", "Sabre") or nothing. A designation (capital letters, a hyphen,
 * digits) followed by capitalized words becomes one MISC replacing what was tagged inside.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import { replaceInside, type Candidate } from './candidate.ts';
import { isCapitalized } from './name-shape.ts';

const LETTERS = /^\p{Lu}{1,3}$/u;
const NUMBER = /^\d{1,4}\p{Lu}?$/u;
const MAX_NAME_TOKENS = 3;
const RULE_CONFIDENCE = 0.6;

export function tagModelDesignations(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const models: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    tokens.forEach((_, i) => {
      const designation = designationEnd(tokens, i);
      if (designation === undefined) return;
      let end = designation;
      while (
        end < tokens.length &&
        end - i <= MAX_NAME_TOKENS &&
        isCapitalized(tokens[end]!.word) &&
        /^[\p{L}]/u.test(tokens[end]!.word)
      )
        end += 1;
      if (end === designation) return;
      models.push({
        sentence: s,
        first: i,
        end,
        type: 'MISC',
        confidence: RULE_CONFIDENCE,
        rule: 'model-designation',
      });
    });
  });
  return replaceInside(candidates, models);
}

/**
 * End of a designation starting at `i`: "F-94" as one token, or as the three tokens CoreNLP splits
 * it into ("F", "-", "94") when they touch in the text.
 */
function designationEnd(tokens: readonly NlpToken[], i: number): number | undefined {
  const word = tokens[i]!.word;
  const dash = word.indexOf('-');
  if (dash > 0 && LETTERS.test(word.slice(0, dash)) && NUMBER.test(word.slice(dash + 1)))
    return i + 1;
  const [hyphen, number] = [tokens[i + 1], tokens[i + 2]];
  if (!LETTERS.test(word) || !hyphen || !number) return undefined;
  const touching = tokens[i]!.end === hyphen.start && hyphen.end === number.start;
  return touching && hyphen.word === '-' && NUMBER.test(number.word) ? i + 3 : undefined;
}
