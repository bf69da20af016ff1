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
import { includeLeadingThe } from './leading-the.ts';
import { joinNicknames } from './nicknames.ts';
import { tagModelDesignations } from './model-designations.ts';
import { applyTypeCues } from './type-cues.ts';
import { retypeKnownOrganizations, tagKnownNames } from './known-names.ts';
import type { KnownNameLookup } from './name-types.ts';

export interface RecognizeOptions {
  /** false: the service's mentions as they are (the "stock" baseline) */
  refine?: boolean;
  /**
   * Known names from the offline knowledge base (`knownNamesFrom(kb)`); without it the steps that
   * need the knowledge base are skipped.
   */
  knownNames?: KnownNameLookup;
}

type Step = (candidates: Candidate[], analysis: NlpAnalysis) => Candidate[];

function refinementSteps(knownNames: KnownNameLookup | undefined): Step[] {
  const withKnowledgeBase = (step: (lookup: KnownNameLookup) => Step): Step[] =>
    knownNames ? [step(knownNames)] : [];
  return [
    dropUncapitalized,
    trimEdges,
    includeLeadingThe,
    mergeTouching,
    joinNationalityToOrganization,
    placesBeforeRegions,
    propagateSurnames,
    unifyLabels,
    ...withKnowledgeBase(retypeKnownOrganizations),
    tagQuotedTitles,
    joinNicknames,
    tagEventFrames,
    tagModelDesignations,
    tagProperNounRuns,
    applyTypeCues,
    ...withKnowledgeBase(tagKnownNames),
    tagRepeatedForms,
    // the steps above may leave touching pieces of one name ("World War" + "II")
    mergeTouching,
  ];
}

export function recognizeEntities(
  text: string,
  analysis: NlpAnalysis,
  options: RecognizeOptions = {},
): RecognizedEntity[] {
  let candidates = candidatesFromAnalysis(analysis);
  if (options.refine ?? true) {
    for (const step of refinementSteps(options.knownNames)) candidates = step(candidates, analysis);
  }
  return candidates
    .sort((a, b) => a.sentence - b.sentence || a.first - b.first)
    .map((c) => toRecognizedEntity(text, analysis.sentences, c));
}
