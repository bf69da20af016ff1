/**
 * The @cypher statements of the types that scoped statements return: Document (the federation
 * stub: `this.id` only, so it works on a Document node and on an `{id}` map alike), and the result
 * rows EntityMention, Triple, TripleArgument, CoOccurrence and EntityHit. Each row carries the
 * `collectionId` that made it readable; the statements check it again against `$collections`,
 * so a row can never be resolved for a caller it was not made for.
 */
import { canonical, isReadable, notHidden } from './fragments.ts';
import { mentionRow } from './entity-fields.ts';

export const DOCUMENT_ENTITIES = `MATCH (:Document {id: this.id})-[r:MENTIONS]->(mentioned:Entity)
WHERE r.collectionId IN $collections
WITH r, ${canonical('mentioned')} AS entity
WHERE ${notHidden('entity')}
  AND ($types IS NULL OR coalesce(entity.curatedType, entity.type, r.type) IN $types)
WITH entity, sum(r.count) AS mentions
ORDER BY mentions DESC, entity.key
LIMIT $first
RETURN entity`;

/** In text order, for highlighting; mentions of hidden entities are left out. */
export const DOCUMENT_MENTIONS = `MATCH (m:Mention {documentId: this.id})
WHERE m.collectionId IN $collections
OPTIONAL MATCH (m)-[:REFERS_TO]->(referred:Entity)
WITH m, ${canonical('referred')} AS entity
WHERE (entity IS NULL OR ${notHidden('entity')})
  AND ($types IS NULL OR coalesce(entity.curatedType, m.type) IN $types)
WITH m, entity ORDER BY m.start, m.end
LIMIT $first
RETURN ${mentionRow('m', 'entity')} AS mention`;

export const DOCUMENT_TRIPLES = `MATCH (t:Triple {documentId: this.id})
WHERE t.collectionId IN $collections
WITH t ORDER BY t.sentenceStart, t.subjectStart, t.id
LIMIT $first
RETURN t`;

/** A span of the row's document: its sentence (`this` is a Mention or Triple node, or a mention row). */
export const SENTENCE_PASSAGE = `RETURN CASE WHEN this.collectionId IN $collections
  THEN {documentId: this.documentId, start: this.sentenceStart, end: this.sentenceEnd}
END AS passage`;

export const ROW_DOCUMENT = `RETURN CASE WHEN this.collectionId IN $collections
  THEN {id: this.documentId}
END AS document`;

function tripleArgument(part: 'subject' | 'relation' | 'object'): string {
  const key = part === 'relation' ? 'null' : `this.${part}Key`;
  return `RETURN CASE WHEN this.collectionId IN $collections THEN {
  text: this.${part}Text, start: this.${part}Start, end: this.${part}End,
  key: ${key}, collectionId: this.collectionId
} END AS argument`;
}

export const TRIPLE_SUBJECT = tripleArgument('subject');
export const TRIPLE_RELATION = tripleArgument('relation');
export const TRIPLE_OBJECT = tripleArgument('object');

/** The argument's entity (canonical), when the argument overlaps one. */
export const ARGUMENT_ENTITY = `OPTIONAL MATCH (argument_entity:Entity {key: this.key})
WITH this, ${canonical('argument_entity')} AS entity
RETURN CASE WHEN this.collectionId IN $collections THEN entity END AS entity`;

/** The entity of a CoOccurrence or EntityHit row (`this.node`), checked readable again. */
export const ROW_ENTITY = `WITH this.node AS entity
RETURN CASE WHEN ${isReadable('entity')} THEN entity END AS entity`;
