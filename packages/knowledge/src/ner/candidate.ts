/**
 * The refinement steps work on token spans: an entity is a run of whole tokens of one sentence,
 * which keeps every rule on token boundaries and makes "the same words elsewhere" a token match.
 */
import type { NlpAnalysis, NlpSentence } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import type { EntityRule, RecognizedEntity } from './recognized-entity.ts';

export interface Candidate {
  sentence: number;
  /** first token, 0-based position in the sentence's tokens */
  first: number;
  /** one past the last token */
  end: number;
  type: NamedEntityType;
  confidence: number;
  rule: EntityRule;
}

/** The service's mentions as token spans; mentions that do not fall on token boundaries are kept whole. */
export function candidatesFromAnalysis(analysis: NlpAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  let sentence = 0;
  const sorted = [...analysis.mentions].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    while (
      sentence < analysis.sentences.length &&
      analysis.sentences[sentence]!.end <= mention.start
    ) {
      sentence += 1;
    }
    const tokens = analysis.sentences[sentence]?.tokens ?? [];
    const first = tokens.findIndex((t) => t.end > mention.start);
    const after = tokens.findIndex((t) => t.start >= mention.end);
    const end = after === -1 ? tokens.length : after;
    if (first === -1 || end <= first) continue;
    candidates.push({
      sentence,
      first,
      end,
      type: mention.type,
      confidence: mention.confidence,
      rule: 'ner',
    });
  }
  return candidates;
}

export function toRecognizedEntity(
  text: string,
  sentences: readonly NlpSentence[],
  candidate: Candidate,
): RecognizedEntity {
  const tokens = sentences[candidate.sentence]!.tokens;
  const start = tokens[candidate.first]!.start;
  const end = tokens[candidate.end - 1]!.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    type: candidate.type,
    confidence: candidate.confidence,
    sentence: candidate.sentence,
    rule: candidate.rule,
  };
}

/** The words of a candidate, joined by single spaces: its surface form for document-level rules. */
export function surfaceForm(sentences: readonly NlpSentence[], candidate: Candidate): string {
  return sentences[candidate.sentence]!.tokens.slice(candidate.first, candidate.end)
    .map((t) => t.word)
    .join(' ');
}

export function overlaps(a: Candidate, b: Candidate): boolean {
  return a.sentence === b.sentence && a.first < b.end && b.first < a.end;
}

/**
 * Puts wider entities in place of what lies inside them ("Battle of Gettysburg" replaces the
 * LOCATION "Gettysburg"). A wider entity that cuts through an existing one is not used: the
 * existing boundary is better evidence than a pattern.
 */
export function replaceInside(candidates: Candidate[], wider: Candidate[]): Candidate[] {
  const within = (c: Candidate, w: Candidate) =>
    c.sentence === w.sentence && c.first >= w.first && c.end <= w.end;
  const kept = wider.filter((w) => !candidates.some((c) => overlaps(c, w) && !within(c, w)));
  return [...candidates.filter((c) => !kept.some((w) => within(c, w))), ...kept];
}
