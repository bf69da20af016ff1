/**
 * A common noun next to a name says what the name is: "the band Killing Joke", "record label
 * Deltasonic", "the album A Beautiful Lie", or, in the sentence that defines it, "Crazyhead are an
 * English rock band", "Caloi is a major Brazilian bicycle manufacturer". The CRF types such names
 * from their words ("Mars" a place, "Caloi" a person) or not at all; the noun decides, for every
 * occurrence of the name in the document. An untagged run of proper nouns so described becomes a
 * name of that type.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import { overlaps, surfaceForm, type Candidate } from './candidate.ts';
import { isCapitalized } from './name-shape.ts';
import { properNounRuns } from './proper-noun-runs.ts';

/** lower-case nouns that name the kind of thing a name is */
export const TYPE_CUES: ReadonlyMap<string, NamedEntityType> = new Map([
  ...[
    'band',
    'label',
    'company',
    'firm',
    'manufacturer',
    'newspaper',
    'magazine',
    'club',
    'team',
    'station',
    'party',
    'group',
    'broadcaster',
    'network',
    'university',
  ].map((w): [string, NamedEntityType] => [w, 'ORGANIZATION']),
  ...[
    'album',
    'song',
    'single',
    'film',
    'novel',
    'book',
    'game',
    'programme',
    'program',
    'show',
    'series',
    'opera',
    'poem',
  ].map((w): [string, NamedEntityType] => [w, 'MISC']),
]);

const RULE_CONFIDENCE = 0.8;
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** words allowed between "is a" and the noun: "an English alternative rock band" */
const MODIFIER = /^(JJ.*|NN|NNS|NNP|NNPS|CD|HYPH|VBN|VBG|RB|CC|,)$/u;
const MAX_MODIFIERS = 8;
const MAX_SUBJECT_TOKENS = 4;

export function applyTypeCues(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const decided = new Map<string, NamedEntityType>();
  const added: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    const runs = properNounRuns(tokens);
    const nameAt = (first: number): Candidate | undefined => {
      const tagged = candidates.find((c) => c.sentence === s && c.first === first);
      if (tagged) return tagged;
      // "the band The Mad Capsule Markets": the name may open with its own "The"
      const from = tokens[first]?.word === 'The' ? first + 1 : first;
      const run = runs.find(([start]) => start === from);
      if (!run) return undefined;
      return {
        sentence: s,
        first,
        end: run[1],
        type: 'MISC',
        confidence: RULE_CONFIDENCE,
        rule: 'type-cue',
      };
    };
    const decide = (name: Candidate | undefined, type: NamedEntityType) => {
      if (!name) return;
      decided.set(surfaceForm(analysis.sentences, name), type);
      if (name.rule === 'type-cue' && !candidates.some((c) => overlaps(c, name))) {
        added.push({ ...name, type });
      }
    };
    tokens.forEach((token, i) => {
      const type = TYPE_CUES.get(token.word);
      if (type) decide(nameAt(i + 1), type);
    });
    const defined = definitionType(tokens);
    if (defined) decide(nameAt(0) ?? subjectName(tokens, s), defined);
  });
  const retyped = candidates.map((c) => {
    const type = decided.get(surfaceForm(analysis.sentences, c));
    return type && type !== c.type ? { ...c, type, rule: 'type-cue' as const } : c;
  });
  return [...retyped, ...added];
}

/** "X is a ... band": the type the sentence's defining noun gives its subject */
function definitionType(tokens: readonly NlpToken[]): NamedEntityType | undefined {
  const copula = tokens.findIndex((t) => COPULAS.has(t.word));
  if (copula < 1 || !/^(a|an|the)$/u.test(tokens[copula + 1]?.word ?? '')) return undefined;
  for (let k = copula + 2; k < tokens.length && k <= copula + 2 + MAX_MODIFIERS; k++) {
    const type = TYPE_CUES.get(tokens[k]!.word);
    if (type) return type;
    if (!MODIFIER.test(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

/** The capitalized words before the copula of a defining sentence ("CALOI is a ..."), as a name. */
function subjectName(tokens: readonly NlpToken[], sentence: number): Candidate | undefined {
  const copula = tokens.findIndex((t) => COPULAS.has(t.word));
  if (copula < 1 || copula > MAX_SUBJECT_TOKENS) return undefined;
  if (!tokens.slice(0, copula).every((t) => isCapitalized(t.word))) return undefined;
  return {
    sentence,
    first: 0,
    end: copula,
    type: 'MISC',
    confidence: RULE_CONFIDENCE,
    rule: 'type-cue',
  };
}
