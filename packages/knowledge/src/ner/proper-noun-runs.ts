/**
 * What the CRF misses most on encyclopedic text is names it left untagged: runs of capitalized
 * proper nouns ("Velvet Revolver", "Bov Parish", "Rimington Trophy"). A run is only tagged when a
 * word decides its type: its last word (ORGANIZATION_HEADS, LOCATION_HEADS, MISC_HEADS), its first
 * (MISC_OPENERS) or a title before it (PERSON_TITLES); other runs stay untagged, since guessing
 * costs more precision than it gains recall.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import { overlaps, type Candidate } from './candidate.ts';
import {
  LOCATION_HEADS,
  MISC_HEADS,
  MISC_OPENERS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
} from './head-words.ts';
import { isCapitalized, isProperNoun, isUntagged } from './name-shape.ts';

const RULE_CONFIDENCE = 0.6;
/** lower-case words allowed inside a name: "Battle of Fredericksburg", "League of Rights" */
const CONNECTORS = new Set(['of', 'de', 'du', 'des', 'del', 'der', 'für', 'and', '&']);

export function tagProperNounRuns(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const added: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    for (const [runStart, end] of properNounRuns(sentence.tokens)) {
      // a capitalized title opens the run ("Dr. Kowalski"): the name is what follows it
      const titled = PERSON_TITLES.has(sentence.tokens[runStart]!.word) && end - runStart > 1;
      const first = titled ? runStart + 1 : runStart;
      const type = typeOfRun(sentence.tokens, first, end);
      if (!type) continue;
      const candidate: Candidate = {
        sentence: s,
        first,
        end,
        type,
        confidence: RULE_CONFIDENCE,
        rule: type === 'PERSON' ? 'title' : 'head-word',
      };
      if (!candidates.some((c) => overlaps(c, candidate))) added.push(candidate);
    }
  });
  return [...candidates, ...added];
}

function isNameWord(token: NlpToken): boolean {
  return (
    isCapitalized(token.word) &&
    isUntagged(token) &&
    (isProperNoun(token) || ORGANIZATION_HEADS.has(token.word))
  );
}

/** maximal [first, end) runs of untagged capitalized proper nouns, connectors inside allowed */
export function properNounRuns(tokens: readonly NlpToken[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      if (isNameWord(tokens[end]!)) end += 1;
      else if (
        CONNECTORS.has(tokens[end]!.word) &&
        tokens[end + 1] &&
        isNameWord(tokens[end + 1]!)
      ) {
        end += 2;
      } else break;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

function typeOfRun(
  tokens: readonly NlpToken[],
  first: number,
  end: number,
): NamedEntityType | undefined {
  const last = tokens[end - 1]!.word;
  const before = tokens[first - 1]?.word;
  if (before && PERSON_TITLES.has(before)) return 'PERSON';
  if (MISC_OPENERS.has(tokens[first]!.word) && end - first > 1) return 'MISC';
  if (end - first < 2) return undefined;
  if (ORGANIZATION_HEADS.has(last)) return 'ORGANIZATION';
  if (LOCATION_HEADS.has(last)) return 'LOCATION';
  if (MISC_HEADS.has(last)) return 'MISC';
  return undefined;
}
