import type { NlpEntityMention } from '../corenlp/types.ts';

/** A named-entity mention after Quarry's refinement, in the coordinates of the analysed text. */
export interface RecognizedEntity extends NlpEntityMention {
  /** index into the analysis's sentences */
  sentence: number;
  /** which step produced or last changed it; for debugging and the quality report */
  rule: EntityRule;
}

export type EntityRule =
  | 'ner'
  | 'org-suffix'
  | 'title'
  | 'label-consistency'
  | 'partial-name'
  | 'repeated-form'
  | 'head-word'
  | 'quoted-title'
  | 'adjective-organization'
  | 'place-region'
  | 'event-frame'
  | 'knowledge-base'
  | 'nickname'
  | 'type-cue'
  | 'model-designation';
