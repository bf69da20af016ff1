/**
 * The root statements of Query (besides search, neighbourhood and paths, in their own modules).
 * Each is one exported constant, so a benchmark can send exactly this Cypher with the driver
 * (parameters: cypher/index.ts statementParameters).
 */
import { canonical, inNarrowedReadable, inWindow, isReadable, notHidden } from './fragments.ts';

/** A merged key answers its canonical entity; hidden entities too (so they can be unhidden). */
export const ENTITY = `MATCH (asked:Entity {key: $key})
WITH ${canonical('asked')} AS entity
WHERE ${isReadable('entity')}
RETURN entity`;

/** In the order asked, each canonical entity once; hidden ones left out. */
export const ENTITIES_BY_KEYS = `UNWIND range(0, size($keys) - 1) AS position
MATCH (asked:Entity {key: $keys[position]})
WITH position, ${canonical('asked')} AS entity
WHERE ${notHidden('entity')} AND ${isReadable('entity')}
WITH entity, min(position) AS first
ORDER BY first
RETURN entity`;

export const TOP_ENTITIES = `MATCH ()-[r:MENTIONS]->(mentioned:Entity)
WHERE ${inNarrowedReadable('r.collectionId')} AND ${inWindow('r.seenAt')}
WITH r, ${canonical('mentioned')} AS entity
WHERE ${notHidden('entity')}
  AND ($types IS NULL OR coalesce(entity.curatedType, entity.type, r.type) IN $types)
WITH entity, sum(r.count) AS mentions
ORDER BY mentions DESC, entity.key
LIMIT $first
RETURN entity`;

/**
 * Triples by text (case-insensitive substring of subject, relation, object), by entity (canonical:
 * a merged member's triples count), by document. Starts from the most selective anchor given.
 */
export const TRIPLES = `OPTIONAL MATCH (askedAnchor:Entity {key: coalesce($entityKey, $subjectKey, $objectKey)})
OPTIONAL MATCH (askedSubject:Entity {key: $subjectKey})
OPTIONAL MATCH (askedObject:Entity {key: $objectKey})
WITH ${canonical('askedAnchor')} AS anchor,
  ${canonical('askedSubject')} AS subjectEntity, ${canonical('askedObject')} AS objectEntity
CALL (anchor) {
  WITH anchor WHERE anchor IS NOT NULL
  MATCH (anchor)<-[:MERGED_INTO*0..1]-(:Entity)<-[:SUBJECT|OBJECT]-(t:Triple)
  WHERE ${inNarrowedReadable('t.collectionId')}
  RETURN DISTINCT t
UNION
  WITH anchor WHERE $entityKey IS NULL AND $subjectKey IS NULL AND $objectKey IS NULL
    AND $documentId IS NOT NULL
  MATCH (t:Triple {documentId: $documentId})
  WHERE ${inNarrowedReadable('t.collectionId')}
  RETURN t
UNION
  WITH anchor WHERE $entityKey IS NULL AND $subjectKey IS NULL AND $objectKey IS NULL
    AND $documentId IS NULL
  MATCH (t:Triple)
  WHERE ${inNarrowedReadable('t.collectionId')}
  RETURN t
}
WITH t, subjectEntity, objectEntity
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($subject IS NULL OR toLower(t.subjectText) CONTAINS toLower($subject))
  AND ($relation IS NULL OR toLower(t.relationText) CONTAINS toLower($relation))
  AND ($object IS NULL OR toLower(t.objectText) CONTAINS toLower($object))
  AND ($subjectKey IS NULL OR EXISTS {
    MATCH (t)-[:SUBJECT]->(s:Entity) WHERE ${canonical('s')} = subjectEntity
  })
  AND ($objectKey IS NULL OR EXISTS {
    MATCH (t)-[:OBJECT]->(o:Entity) WHERE ${canonical('o')} = objectEntity
  })
WITH t ORDER BY coalesce(t.seenAt, '') DESC, t.documentId, t.sentenceStart, t.id
SKIP $offset LIMIT $first
RETURN t`;
