/**
 * A capitalized "The" inside a sentence belongs to the name that follows it ("supporting The Cult",
 * "published in The Economist"): in running English text "the" is only capitalized there as part of
 * a name, while the CRF leaves it out. At the start of a sentence "The" says nothing and stays out.
 * (On WikiGold's development part, 40 of 41 names after a mid-sentence "The" include it.)
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import type { Candidate } from './candidate.ts';

export function includeLeadingThe(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const taken = (sentence: number, at: number) =>
    candidates.some((c) => c.sentence === sentence && c.first <= at && at < c.end);
  return candidates.map((c) => {
    const before = c.first - 1;
    const word = analysis.sentences[c.sentence]!.tokens[before]?.word;
    return word === 'The' && before > 0 && !taken(c.sentence, before) ? { ...c, first: before } : c;
  });
}
