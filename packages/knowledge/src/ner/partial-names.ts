/**
 * A single word that is the surname of a person named in full elsewhere in the document is that
 * person, whatever type the CRF gave it out of context ("Merz" after "Friedrich Merz").
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import { surfaceForm, type Candidate } from './candidate.ts';

export function propagateSurnames(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || c.end - c.first < 2) continue;
    surnames.add(analysis.sentences[c.sentence]!.tokens[c.end - 1]!.word);
  }
  return candidates.map((c) =>
    c.type !== 'PERSON' && c.end - c.first === 1 && surnames.has(surfaceForm(analysis.sentences, c))
      ? { ...c, type: 'PERSON', rule: 'partial-name' }
      : c,
  );
}
