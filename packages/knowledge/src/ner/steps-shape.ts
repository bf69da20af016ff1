/**
 * Two clean-ups of the service's mentions: drop those without a capitalized word (the fine-grained
 * classes tag ideologies and adjectives such as "republican" or "capitalism", which CoNLL does not
 * count as names), and join mentions of one type that touch (the fine classes split "South America"
 * into LOCATION + COUNTRY, which are one LOC).
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import type { Candidate } from './candidate.ts';
import { isCapitalized } from './name-shape.ts';

export function dropUncapitalized(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  return candidates.filter((c) =>
    analysis.sentences[c.sentence]!.tokens.slice(c.first, c.end).some((t) => isCapitalized(t.word)),
  );
}

export function mergeTouching(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const merged: Candidate[] = [];
  for (const c of sorted) {
    const last = merged.at(-1);
    if (last && last.sentence === c.sentence && last.end === c.first && last.type === c.type) {
      merged[merged.length - 1] = {
        ...last,
        end: c.end,
        confidence: Math.min(last.confidence, c.confidence),
      };
    } else merged.push(c);
  }
  return merged;
}

/**
 * A nationality right before an organization is part of its name: "German Air Force", "Spanish Air
 * Defense Command" (the fine classes tag the adjective NATIONALITY, which maps to MISC).
 */
export function joinNationalityToOrganization(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const joined: Candidate[] = [];
  for (const c of sorted) {
    const last = joined.at(-1);
    if (
      last?.type === 'MISC' &&
      c.type === 'ORGANIZATION' &&
      last.sentence === c.sentence &&
      last.end === c.first
    ) {
      joined[joined.length - 1] = { ...c, first: last.first, rule: 'adjective-organization' };
    } else joined.push(c);
  }
  return joined;
}
