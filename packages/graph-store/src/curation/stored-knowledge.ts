/**
 * A document's knowledge as the graph stores it, turned back into the DocumentKnowledge the writer
 * takes. Curation rebuilds a document with it (read, apply the rules, write through the same path
 * as a re-ingest), so a rebuilt document and a re-ingested one cannot differ. Everything the rows
 * are made of is stored; what is not (sentences no mention or triple is in, the chunk of a
 * sentence only a triple is in) is never read by the writer.
 */
import type {
  DocumentKnowledge,
  EntityType,
  KnowledgeBaseLink,
  Mention,
  MentionSource,
  ResolvedEntity,
  Sentence,
  Triple,
} from '@quarry/knowledge';
import type { ManagedTransaction } from 'neo4j-driver';
import { plainValue } from '../plain-values.ts';
import type { DocumentFacts, MentionRow, TripleRow } from '../rows.ts';

export const READ_STORED_KNOWLEDGE = `
MATCH (d:Document {id: $documentId})
RETURN properties(d) AS document,
  COLLECT {
    MATCH (d)-[r:MENTIONS]->(e:Entity)
    RETURN {key: e.key, kb: e.kb, kbId: e.kbId, kbTitle: e.kbTitle, latitude: e.latitude,
            longitude: e.longitude, type: r.type, name: r.name, aliases: r.aliases,
            linkScore: r.linkScore} AS row
  } AS entities,
  COLLECT {
    MATCH (d)-[:HAS_MENTION]->(m:Mention)
    RETURN properties(m) AS row
  } AS mentions,
  COLLECT {
    MATCH (d)-[:HAS_TRIPLE]->(t:Triple)
    RETURN properties(t) AS row
  } AS triples,
  COLLECT {
    MATCH (a:Entity)-[c:CO_OCCURS {documentId: $documentId}]->(b:Entity)
    RETURN {a: a.key, b: b.key, count: c.count} AS row
  } AS cooccurrences`;

interface StoredEntity {
  key: string;
  kb: 'wikipedia' | 'geonames' | null;
  kbId: string | null;
  kbTitle: string | null;
  latitude: number | null;
  longitude: number | null;
  type: EntityType;
  name: string;
  aliases: string[];
  linkScore: number | null;
}

/** A mention as WRITE_MENTIONS stored it, with the types the writer was given. */
type StoredMention = Omit<MentionRow, 'type' | 'source'> & {
  type: EntityType;
  source: MentionSource;
};

/** A triple reads back exactly as WRITE_TRIPLES wrote it. */
type StoredTriple = TripleRow;

interface StoredDocument {
  document: Record<string, unknown> & { id: string; collectionId: string };
  entities: StoredEntity[];
  mentions: StoredMention[];
  triples: StoredTriple[];
  cooccurrences: Array<{ a: string; b: string; count: number }>;
}

export interface StoredKnowledge {
  knowledge: DocumentKnowledge;
  facts: DocumentFacts;
}

/** The index in `<documentId>#m<index>` / `#t<index>`: the position the extractor gave it. */
const positionOf = (id: string): number => Number(id.slice(id.lastIndexOf('#') + 2));

const byPosition = <T extends { id: string }>(rows: T[]): T[] =>
  [...rows].sort((x, y) => positionOf(x.id) - positionOf(y.id));

export async function readStoredKnowledge(
  tx: ManagedTransaction,
  documentId: string,
): Promise<StoredKnowledge | null> {
  const result = await tx.run(READ_STORED_KNOWLEDGE, { documentId });
  const record = result.records[0];
  if (record === undefined) return null;
  const stored = plainValue(record.toObject()) as StoredDocument;
  const document = stored.document;
  const mentions = byPosition(stored.mentions);
  const triples = byPosition(stored.triples);
  return {
    knowledge: {
      documentId,
      collectionId: document.collectionId,
      quality: document['quality'] as DocumentKnowledge['quality'],
      languages: (document['languages'] as string[] | undefined) ?? [],
      patternOnlyLanguages: (document['patternOnlyLanguages'] as string[] | undefined) ?? [],
      sentences: sentencesOf(mentions, triples),
      mentions: mentions.map(toMention),
      entities: stored.entities.map((entity) => toEntity(entity, mentions)),
      triples: triples.map(toTriple),
      cooccurrences: stored.cooccurrences,
      skills: (document['skills'] as string[] | undefined) ?? [],
      cappedSentences: (document['cappedSentences'] as number | undefined) ?? 0,
    },
    facts: {
      title: (document['title'] as string | null | undefined) ?? null,
      date: (document['date'] as string | null | undefined) ?? null,
    },
  };
}

function toMention(stored: StoredMention): Mention {
  const mention: Mention = {
    start: stored.start,
    end: stored.end,
    text: stored.text,
    type: stored.type,
    chunkSeq: stored.chunkSeq,
    sentence: stored.sentence,
    confidence: stored.confidence,
    source: stored.source,
  };
  if (stored.normalized !== null) mention.normalized = stored.normalized;
  return mention;
}

function toEntity(stored: StoredEntity, mentions: readonly StoredMention[]): ResolvedEntity {
  const entity: ResolvedEntity = {
    key: stored.key,
    type: stored.type,
    name: stored.name,
    aliases: stored.aliases,
    mentions: mentions.flatMap((mention, index) =>
      mention.entityKey === stored.key ? [index] : [],
    ),
  };
  // The node holds the link only when it is the one the key was made of; the score is the
  // document's own (MENTIONS.linkScore).
  if (stored.linkScore !== null && stored.kb !== null && stored.kbId !== null) {
    const link: KnowledgeBaseLink = {
      kb: stored.kb,
      id: stored.kbId,
      title: stored.kbTitle ?? stored.name,
      score: stored.linkScore,
    };
    if (stored.latitude !== null) link.latitude = stored.latitude;
    if (stored.longitude !== null) link.longitude = stored.longitude;
    entity.link = link;
  }
  return entity;
}

function toTriple(stored: StoredTriple): Triple {
  return {
    subject: {
      start: stored.subjectStart,
      end: stored.subjectEnd,
      text: stored.subjectText,
      ...(stored.subjectKey !== null ? { entityKey: stored.subjectKey } : {}),
    },
    relation: {
      text: stored.relationText,
      ...(stored.relationStart !== null ? { start: stored.relationStart } : {}),
      ...(stored.relationEnd !== null ? { end: stored.relationEnd } : {}),
    },
    object: {
      start: stored.objectStart,
      end: stored.objectEnd,
      text: stored.objectText,
      ...(stored.objectKey !== null ? { entityKey: stored.objectKey } : {}),
    },
    sentence: stored.sentence,
    confidence: stored.confidence,
  };
}

/** The sentences mentions and triples are in, at their indexes; the others are placeholders. */
function sentencesOf(
  mentions: readonly StoredMention[],
  triples: readonly StoredTriple[],
): Sentence[] {
  const known = new Map<number, Sentence>();
  for (const mention of mentions) {
    known.set(mention.sentence, {
      index: mention.sentence,
      start: mention.sentenceStart,
      end: mention.sentenceEnd,
      chunkSeq: mention.chunkSeq,
    });
  }
  for (const triple of triples) {
    if (!known.has(triple.sentence)) {
      known.set(triple.sentence, {
        index: triple.sentence,
        start: triple.sentenceStart,
        end: triple.sentenceEnd,
        chunkSeq: 0,
      });
    }
  }
  // reduce, not Math.max(...): a long document has tens of thousands of sentences
  const count = [...known.keys()].reduce((max, index) => Math.max(max, index), -1) + 1;
  return Array.from(
    { length: count },
    (_, index) => known.get(index) ?? { index, start: 0, end: 0, chunkSeq: 0 },
  );
}
