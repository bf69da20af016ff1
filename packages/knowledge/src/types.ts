/**
 * What knowledge extraction produces for one document: the contract between the extractors (NER,
 * patterns, linking, triples), the pipeline's knowledge stage, the graph store and the search
 * index. Offsets are UTF-16 code-unit offsets into the DOCUMENT text (JavaScript string indexes),
 * end exclusive, so `text.slice(start, end)` is the mention.
 */

/** Named entities from the NLP service (or the gazetteer in the fallback). */
export type NamedEntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
/** Entities found by patterns and checksums, in every language. */
export type PatternEntityType = 'DATE' | 'MONEY' | 'EMAIL' | 'URL' | 'PHONE' | 'IBAN';
export type EntityType = NamedEntityType | PatternEntityType;

export const NAMED_ENTITY_TYPES: readonly NamedEntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MISC',
];
export const PATTERN_ENTITY_TYPES: readonly PatternEntityType[] = [
  'DATE',
  'MONEY',
  'EMAIL',
  'URL',
  'PHONE',
  'IBAN',
];

export interface Span {
  start: number;
  end: number;
}

/** A sentence of the document; `index` counts from 0 over the whole document. */
export interface Sentence extends Span {
  index: number;
  /** the chunk the sentence lies in */
  chunkSeq: number;
}

/** Where a mention came from, which is also how much to trust it. */
export type MentionSource = 'ner' | 'pattern' | 'gazetteer';

export interface Mention extends Span {
  /** exactly `documentText.slice(start, end)` */
  text: string;
  type: EntityType;
  chunkSeq: number;
  /** index into DocumentKnowledge.sentences */
  sentence: number;
  /** 0..1 */
  confidence: number;
  source: MentionSource;
  /** a comparable form for pattern entities: ISO date, E.164 phone, IBAN without spaces, ... */
  normalized?: string;
}

/** A link into the local knowledge base. */
export interface KnowledgeBaseLink {
  kb: 'wikipedia' | 'geonames';
  /** Wikipedia title with underscores, or the GeoNames id */
  id: string;
  /** human-readable title */
  title: string;
  /** 0..1, after context */
  score: number;
  latitude?: number;
  longitude?: number;
}

/**
 * One real-world thing as this document sees it. `key` is the same in every document and every
 * collection that mentions the same thing, so the graph holds one entity for it:
 *   `wikipedia:<Title>` or `geonames:<id>` when linked,
 *   `name:<TYPE>:<normalized name>` when not (clustered by normalized name and type),
 *   `value:<TYPE>:<normalized value>` for pattern entities.
 */
export interface ResolvedEntity {
  key: string;
  type: EntityType;
  /** canonical name: the knowledge-base title, else the longest mention */
  name: string;
  /** every distinct surface form seen in this document, canonical name included */
  aliases: string[];
  link?: KnowledgeBaseLink;
  /** indexes into DocumentKnowledge.mentions */
  mentions: number[];
}

export interface TripleArgument extends Span {
  text: string;
  /** the entity this argument overlaps, when one does */
  entityKey?: string;
}

export interface Triple {
  subject: TripleArgument;
  /** the relation phrase; offsets when it is a contiguous span of the sentence */
  relation: { text: string; start?: number; end?: number };
  object: TripleArgument;
  /** index into DocumentKnowledge.sentences */
  sentence: number;
  confidence: number;
}

/** Two entities mentioned in the same sentence; `a` < `b` by key, `count` sentences in this document. */
export interface CoOccurrence {
  a: string;
  b: string;
  count: number;
}

export interface DocumentKnowledge {
  documentId: string;
  collectionId: string;
  /** 'fallback': patterns and gazetteer only, because the NLP service was not there */
  quality: 'full' | 'fallback';
  /** languages the NLP service analysed */
  languages: string[];
  /** languages detected in the document that only got pattern entities */
  patternOnlyLanguages: string[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: ResolvedEntity[];
  triples: Triple[];
  cooccurrences: CoOccurrence[];
  /** `name@version` of each knowledge skill that ran */
  skills: string[];
  /** sentences split or cut because they were longer than the NLP service's cap */
  cappedSentences: number;
}
