/**
 * One label per surface form and document: the CRF labels each occurrence from its local context,
 * so "Gigi" can be PERSON in one sentence and ORGANIZATION in the next. The label with the largest
 * summed confidence over the document wins for every occurrence.
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import { surfaceForm, type Candidate } from './candidate.ts';

export function unifyLabels(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const votes = new Map<string, Map<NamedEntityType, number>>();
  for (const c of candidates) {
    const form = surfaceForm(analysis.sentences, c);
    const byType = votes.get(form) ?? new Map<NamedEntityType, number>();
    byType.set(c.type, (byType.get(c.type) ?? 0) + c.confidence);
    votes.set(form, byType);
  }
  return candidates.map((c) => {
    const byType = votes.get(surfaceForm(analysis.sentences, c))!;
    if (byType.size < 2) return c;
    const [winner] = [...byType].sort((a, b) => b[1] - a[1])[0]!;
    return winner === c.type ? c : { ...c, type: winner, rule: 'label-consistency' };
  });
}
