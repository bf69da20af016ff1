/**
 * "Debden , England", "Sandy Hook , Maryland", "Grantham , Lincolnshire": a name followed by a comma
 * and a country or region is a place, whatever the CRF made of it (it often reads unknown English
 * place names as surnames). Untagged single proper nouns in that position become places too.
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import type { Candidate } from './candidate.ts';
import { isCapitalized, isProperNoun, isUntagged } from './name-shape.ts';

const REGION_CLASSES = new Set(['COUNTRY', 'STATE_OR_PROVINCE', 'LOCATION', 'LOC', 'I-LOC', 'LUG']);
const RULE_CONFIDENCE = 0.6;

export function placesBeforeRegions(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const startsRegion = (sentence: number, at: number) => {
    const token = analysis.sentences[sentence]?.tokens[at];
    return token !== undefined && REGION_CLASSES.has(token.ner ?? 'O');
  };
  const followedByRegion = (c: Candidate) =>
    analysis.sentences[c.sentence]!.tokens[c.end]?.word === ',' &&
    startsRegion(c.sentence, c.end + 1);
  const retyped = candidates.map((c): Candidate =>
    c.type === 'PERSON' && followedByRegion(c)
      ? { ...c, type: 'LOCATION', rule: 'place-region' }
      : c,
  );
  const added: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((token, i) => {
      const single: Candidate = {
        sentence: s,
        first: i,
        end: i + 1,
        type: 'LOCATION',
        confidence: RULE_CONFIDENCE,
        rule: 'place-region',
      };
      const shaped = isCapitalized(token.word) && isProperNoun(token) && isUntagged(token);
      const free = !candidates.some((c) => c.sentence === s && c.first <= i && i < c.end);
      const previous = sentence.tokens[i - 1];
      const afterName = previous !== undefined && isProperNoun(previous);
      if (shaped && free && !afterName && followedByRegion(single)) added.push(single);
    });
  });
  return [...retyped, ...added];
}
