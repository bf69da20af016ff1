/**
 * Names do not start with a conjunction, preposition, adverb or pronoun, nor end in punctuation or a
 * possessive: the CRF sometimes takes in a sentence-initial "Because" or a final "'s" or ".".
 * Determiners stay ("The Mad Capsule Markets" is the band's name).
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import type { Candidate } from './candidate.ts';

const NOT_A_NAME_START =
  /^(IN|CC|RB|RBR|RBS|PRP|PRP\$|WP|WDT|WRB|TO|MD|VB[DGNPZ]?|[.,:;`'"()]+|-[LR]RB-|``|'')$/u;
const NOT_A_NAME_END = /^(POS|[.,:;`'"(]+|-LRB-|``|'')$/u;

export function trimEdges(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  return candidates.flatMap((c) => {
    const tokens = analysis.sentences[c.sentence]!.tokens;
    let { first, end } = c;
    while (first < end - 1 && startsBadly(tokens[first]!)) first += 1;
    while (end > first + 1 && NOT_A_NAME_END.test(tokens[end - 1]!.pos)) end -= 1;
    return first === c.first && end === c.end ? [c] : [{ ...c, first, end }];
  });
}

function startsBadly(token: NlpToken): boolean {
  return NOT_A_NAME_START.test(token.pos) && !/^(NNP|NNPS)$/u.test(token.pos);
}
