/**
 * What the NLP service (Stanford CoreNLP, a separate GPL process) gives back for one piece of text,
 * reduced to what Quarry's extractors use. Offsets are relative to the text that was analysed
 * (UTF-16 code units, end exclusive), so callers add the chunk's start.
 */
import type { NamedEntityType } from '../types.ts';

/** Languages the NLP service has models for; other languages get pattern entities only. */
export type NlpLanguage = 'en' | 'de' | 'fr' | 'es';
export const NLP_LANGUAGES: readonly NlpLanguage[] = ['en', 'de', 'fr', 'es'];

export interface NlpToken {
  /** 1-based position in its sentence, as dependency governors and dependents count */
  index: number;
  word: string;
  start: number;
  end: number;
  pos: string;
  lemma?: string;
  /** the NER tag CoreNLP gave this token ('O' when none) */
  ner?: string;
}

export interface NlpDependency {
  /** Universal Dependencies relation, e.g. 'nsubj', 'obj', 'obl:tmod' */
  relation: string;
  /** token index of the head; 0 for the root */
  governor: number;
  dependent: number;
}

export interface NlpSentence {
  start: number;
  end: number;
  tokens: NlpToken[];
  /** empty when parsing was not asked for or the sentence was too long to parse */
  dependencies: NlpDependency[];
  /** true when the sentence was longer than the service's cap and was cut or split */
  capped?: boolean;
}

export interface NlpEntityMention {
  start: number;
  end: number;
  text: string;
  type: NamedEntityType;
  /** 0..1 */
  confidence: number;
}

export interface NlpAnalysis {
  language: NlpLanguage;
  sentences: NlpSentence[];
  mentions: NlpEntityMention[];
  cappedSentences: number;
}

export interface NlpAnalyseOptions {
  /** also produce dependency parses (needed for triples); costs most of the time */
  parse?: boolean;
  signal?: AbortSignal;
}

/** The client the extractors and the pipeline use; one per process, bounded concurrency inside. */
export interface NlpAnalyser {
  analyse(text: string, language: NlpLanguage, options?: NlpAnalyseOptions): Promise<NlpAnalysis>;
  /** true when the service answers its readiness probe */
  ready(): Promise<boolean>;
}

/** The service is down, not ready or timed out: the document waits for enrichment; it has not failed. */
export class NlpUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NlpUnavailableError';
  }
}
