import type { DocumentKnowledge, ResolvedEntity } from '@quarry/knowledge';
import { identityFromKey } from './entity-key.ts';

/**
 * The Cypher parameters for one document's contribution: plain rows that the write statements
 * UNWIND. Integers travel as JavaScript numbers and the statements store them with toInteger().
 */

/** What the writer knows about the document beside its knowledge. */
export interface DocumentFacts {
  title?: string | null;
  /** when the document was written or sent; any form Date.parse reads */
  date?: string | null;
}

export interface DocumentRow {
  documentId: string;
  collectionId: string;
  title: string | null;
  /** ISO 8601 in UTC (so strings compare as times), or null */
  date: string | null;
  quality: DocumentKnowledge['quality'];
  languages: string[];
  patternOnlyLanguages: string[];
  skills: string[];
  cappedSentences: number;
}

/** Shared Entity properties: only what the key and the knowledge base say (never document text). */
export interface EntityProperties {
  name: string;
  type?: string;
  kb?: string;
  kbId?: string;
  kbTitle?: string;
  latitude?: number;
  longitude?: number;
}

export interface EntityRow {
  key: string;
  /** set on the Entity node with `+=`: absent properties stay as they are */
  entity: EntityProperties;
  /** the type this document gives it: the node's type until the majority is computed */
  type: string;
  /** per-document view, stored on the MENTIONS relationship */
  name: string;
  aliases: string[];
  count: number;
  firstOffset: number | null;
  linkScore: number | null;
}

export interface MentionRow {
  id: string;
  entityKey: string | null;
  start: number;
  end: number;
  text: string;
  type: string;
  chunkSeq: number;
  sentence: number;
  sentenceStart: number;
  sentenceEnd: number;
  confidence: number;
  source: string;
  normalized: string | null;
}

export interface TripleRow {
  id: string;
  sentence: number;
  sentenceStart: number;
  sentenceEnd: number;
  subjectText: string;
  subjectStart: number;
  subjectEnd: number;
  subjectKey: string | null;
  relationText: string;
  relationStart: number | null;
  relationEnd: number | null;
  objectText: string;
  objectStart: number;
  objectEnd: number;
  objectKey: string | null;
  confidence: number;
}

export interface CooccurrenceRow {
  a: string;
  b: string;
  count: number;
}

export interface ContributionRows {
  document: DocumentRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  triples: TripleRow[];
  cooccurrences: CooccurrenceRow[];
}

export const mentionId = (documentId: string, index: number) => `${documentId}#m${index}`;
export const tripleId = (documentId: string, index: number) => `${documentId}#t${index}`;

export function normalizeDate(date: string | null | undefined): string | null {
  if (!date) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function contributionRows(
  knowledge: DocumentKnowledge,
  facts: DocumentFacts,
): ContributionRows {
  const { documentId } = knowledge;
  const entityOf = new Map<number, string>();
  for (const entity of knowledge.entities) {
    for (const index of entity.mentions) entityOf.set(index, entity.key);
  }
  const sentence = (index: number) => knowledge.sentences[index]!;
  return {
    document: {
      documentId,
      collectionId: knowledge.collectionId,
      title: facts.title ?? null,
      date: normalizeDate(facts.date),
      quality: knowledge.quality,
      languages: knowledge.languages,
      patternOnlyLanguages: knowledge.patternOnlyLanguages,
      skills: knowledge.skills,
      cappedSentences: knowledge.cappedSentences,
    },
    entities: knowledge.entities.map((entity) => entityRow(entity, knowledge)),
    mentions: knowledge.mentions.map((mention, index) => ({
      id: mentionId(documentId, index),
      entityKey: entityOf.get(index) ?? null,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      type: mention.type,
      chunkSeq: mention.chunkSeq,
      sentence: mention.sentence,
      sentenceStart: sentence(mention.sentence).start,
      sentenceEnd: sentence(mention.sentence).end,
      confidence: mention.confidence,
      source: mention.source,
      normalized: mention.normalized ?? null,
    })),
    triples: knowledge.triples.map((triple, index) => ({
      id: tripleId(documentId, index),
      sentence: triple.sentence,
      sentenceStart: sentence(triple.sentence).start,
      sentenceEnd: sentence(triple.sentence).end,
      subjectText: triple.subject.text,
      subjectStart: triple.subject.start,
      subjectEnd: triple.subject.end,
      subjectKey: triple.subject.entityKey ?? null,
      relationText: triple.relation.text,
      relationStart: triple.relation.start ?? null,
      relationEnd: triple.relation.end ?? null,
      objectText: triple.object.text,
      objectStart: triple.object.start,
      objectEnd: triple.object.end,
      objectKey: triple.object.entityKey ?? null,
      confidence: triple.confidence,
    })),
    cooccurrences: knowledge.cooccurrences.map(({ a, b, count }) => ({ a, b, count })),
  };
}

function entityRow(entity: ResolvedEntity, knowledge: DocumentKnowledge): EntityRow {
  // reduce, not Math.min(...): an entity may have tens of thousands of mentions
  const firstOffset = entity.mentions.reduce<number | null>((first, index) => {
    const start = knowledge.mentions[index]!.start;
    return first === null || start < first ? start : first;
  }, null);
  return {
    key: entity.key,
    entity: entityProperties(entity),
    type: entity.type,
    name: entity.name,
    aliases: [...new Set(entity.aliases)].sort(),
    count: entity.mentions.length,
    firstOffset,
    linkScore: entity.link?.score ?? null,
  };
}

/**
 * The knowledge-base link is a fact of the entity only when it is the link the key was made of;
 * then its title and coordinates are public knowledge, the same for every document.
 */
function entityProperties({ key, link }: ResolvedEntity): EntityProperties {
  const identity = identityFromKey(key);
  const properties: EntityProperties = { name: identity.name };
  if (identity.type) properties.type = identity.type;
  if (identity.kb && identity.kbId) {
    properties.kb = identity.kb;
    properties.kbId = identity.kbId;
  }
  if (link && link.kb === identity.kb && link.id === identity.kbId) {
    properties.name = link.title;
    properties.kbTitle = link.title;
    if (link.latitude !== undefined) properties.latitude = link.latitude;
    if (link.longitude !== undefined) properties.longitude = link.longitude;
  }
  return properties;
}
