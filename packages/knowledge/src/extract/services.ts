/**
 * What extraction asks of the services around it. Resolution and the orchestrator call these
 * interfaces; the linking area implements them (a local knowledge base, a gazetteer), and tests may
 * pass fakes or null.
 */
import type { NlpAnalyser, NlpLanguage, NlpSentence } from '../corenlp/types.ts';
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

/** A named mention in document offsets, as the NER post-processing sees and returns it. */
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
 * Document-level NER post-processing (label consistency across the document, gazetteer and
 * knowledge-base evidence, rules for what the NLP service misses): gets every named mention of the
 * document at once and returns the refined list. Offsets must stay within `text`.
 */
export type NamedMentionRefiner = (input: {
  text: string;
  mentions: DocumentNamedMention[];
  /** sentence spans in document offsets, in order */
  sentences: Array<{ start: number; end: number }>;
  /** the languages the NLP service analysed */
  languages: string[];
}) => DocumentNamedMention[];

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
  /** document-level NER post-processing; without it the service's mentions are taken as they are */
  refineNamedMentions?: NamedMentionRefiner;
}
