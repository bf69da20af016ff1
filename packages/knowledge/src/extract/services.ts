/**
 * What extraction asks of the services around it. Resolution and the orchestrator call these
 * interfaces; the linking area implements them (a local knowledge base, a gazetteer), and tests may
 * pass fakes or null.
 */
import type {
  NlpAnalyser,
  NlpAnalysis,
  NlpEntityMention,
  NlpLanguage,
  NlpSentence,
} from '../corenlp/types.ts';
import type { EntityType, KnowledgeBaseLink, NamedEntityType, Triple } from '../types.ts';

/** One resolved cluster of mentions that might be a known thing. */
export interface LinkCandidate {
  /** the cluster's canonical name (the longest mention, titles stripped) */
  name: string;
  type: EntityType;
  /** every distinct surface form in the document, `name` included */
  aliases: string[];
}

/** What the linker may use to pick between meanings of the same surface form. */
export interface LinkContext {
  /** the document's dominant language, null when unknown */
  language: string | null;
  /** canonical names of every named entity in the document (co-occurring evidence) */
  names: string[];
}

/**
 * Links clusters to the local knowledge base. The answer is parallel to `candidates`: one link or
 * null per candidate. When a link is given, the entity's key becomes `<kb>:<id>` and its name the
 * knowledge-base title.
 */
export interface EntityLinker {
  link(candidates: LinkCandidate[], context: LinkContext): Promise<Array<KnowledgeBaseLink | null>>;
}

/** A gazetteer hit, offsets relative to the text given to `find`. */
export interface GazetteerMatch {
  start: number;
  end: number;
  text: string;
  type: NamedEntityType;
  /** 0..1 */
  confidence: number;
  link?: KnowledgeBaseLink;
}

/** Finds known names in plain text; the fallback's only source of named entities. */
export interface GazetteerMatcher {
  find(text: string, language: string | null): GazetteerMatch[];
}

/** A named mention in document offsets, from the NLP service or the gazetteer. */
export interface DocumentNamedMention {
  start: number;
  end: number;
  text: string;
  type: NamedEntityType;
  /** 0..1 */
  confidence: number;
  source: 'ner' | 'gazetteer';
  chunkSeq: number;
  /** a knowledge-base link the mention came with (gazetteer hits) */
  link?: KnowledgeBaseLink;
}

/**
 * Named entities of an analysis: the NLP service's mentions, refined. Extraction calls it once per
 * document with the analyses of all its chunks merged into one (document offsets, `text` the
 * document), so rules that look across the text (one label per name, repeated names) see it all.
 */
export type NamedEntityRecognizer = (text: string, analysis: NlpAnalysis) => NlpEntityMention[];

/**
 * Triples of one parsed sentence; offsets relative to `text`, the chunk text the sentence was
 * parsed from (the triples area's `extractTriples` has this shape).
 */
export type TripleExtractor = (
  text: string,
  sentence: NlpSentence,
  language: NlpLanguage,
) => Array<Omit<Triple, 'sentence'>>;

/** What extraction may call; null (or absent) where a service is not deployed. */
export interface ExtractionServices {
  /** the NLP service; null means the fallback (patterns and gazetteer, quality 'fallback') */
  nlp: NlpAnalyser | null;
  linker: EntityLinker | null;
  /** named entities in the fallback */
  gazetteer: GazetteerMatcher | null;
  triples?: TripleExtractor;
  /** default: the ner area's `recognizeEntities` (the service's mentions refined document-wide) */
  recognize?: NamedEntityRecognizer;
}
