/**
 * Events, awards and campaigns named after a place or a person: "Battle of Gettysburg", "Siege of
 * Petersburg", "Operation Market Garden", "Appomattox Campaign", "GMAC Bowl". The CRF tags the place
 * or person inside and misses the whole, which CoNLL counts as one MISC. An opener (MISC_OPENERS,
 * with "of" or not) followed by capitalized words, or a tagged name followed by a head word
 * (MISC_HEADS), becomes one MISC replacing what was tagged inside.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import { replaceInside, type Candidate } from './candidate.ts';
import { MISC_HEADS, MISC_OPENERS } from './head-words.ts';
import { isCapitalized } from './name-shape.ts';

const RULE_CONFIDENCE = 0.6;

export function tagEventFrames(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const frames: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    const tagged = (i: number) =>
      candidates.find((c) => c.sentence === s && c.first <= i && i < c.end);
    tokens.forEach((token, i) => {
      let frame: [number, number] | undefined;
      if (MISC_OPENERS.has(token.word)) {
        const from = tokens[i + 1]?.word === 'of' ? i + 2 : i + 1;
        const end = capitalizedRunEnd(tokens, from);
        if (end > from) frame = [i, end];
      } else if (MISC_HEADS.has(token.word) && i > 0) {
        const named = tagged(i - 1);
        if (named && named.end === i) frame = [named.first, i + 1];
      }
      if (frame) {
        frames.push({
          sentence: s,
          first: frame[0],
          end: frame[1],
          type: 'MISC',
          confidence: RULE_CONFIDENCE,
          rule: 'event-frame',
        });
      }
    });
  });
  return replaceInside(candidates, frames);
}

/** end of the run of capitalized words from `from`, "'s" between two of them allowed */
function capitalizedRunEnd(tokens: readonly NlpToken[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const word = tokens[end]!.word;
    if (isCapitalized(word)) end += 1;
    else if (
      word === "'s" &&
      end > from &&
      tokens[end + 1] &&
      isCapitalized(tokens[end + 1]!.word)
    ) {
      end += 2;
    } else break;
  }
  return end;
}
