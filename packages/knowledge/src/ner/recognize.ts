/**
 * Named entities of one analysed text: the NLP service's mentions, then Quarry's refinement over the
 * whole text. docs/knowledge-quality.md ("Named entities") says what the steps are for and what
 * they score on WikiGold.
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import { candidatesFromAnalysis, toRecognizedEntity, type Candidate } from './candidate.ts';
import { tagEventFrames } from './event-frames.ts';
import { trimEdges } from './trim-edges.ts';
import { unifyLabels } from './label-consistency.ts';
import { propagateSurnames } from './partial-names.ts';
import { placesBeforeRegions } from './place-region.ts';
import { tagProperNounRuns } from './proper-noun-runs.ts';
import { tagQuotedTitles } from './quoted-titles.ts';
import { tagRepeatedForms } from './repeated-forms.ts';
import type { RecognizedEntity } from './recognized-entity.ts';
import { dropUncapitalized, joinNationalityToOrganization, mergeTouching } from './steps-shape.ts';

export interface RecognizeOptions {
  /** false: the service's mentions as they are (the "stock" baseline) */
  refine?: boolean;
}

type Step = (candidates: Candidate[], analysis: NlpAnalysis) => Candidate[];
const STEPS: readonly Step[] = [
  dropUncapitalized,
  trimEdges,
  mergeTouching,
  joinNationalityToOrganization,
  placesBeforeRegions,
  propagateSurnames,
  unifyLabels,
  tagQuotedTitles,
  tagEventFrames,
  tagProperNounRuns,
  tagRepeatedForms,
];

export function recognizeEntities(
  text: string,
  analysis: NlpAnalysis,
  options: RecognizeOptions = {},
): RecognizedEntity[] {
  let candidates = candidatesFromAnalysis(analysis);
  if (options.refine ?? true) {
    for (const step of STEPS) candidates = step(candidates, analysis);
  }
  return candidates
    .sort((a, b) => a.sentence - b.sentence || a.first - b.first)
    .map((c) => toRecognizedEntity(text, analysis.sentences, c));
}
