/**
 * The Cypher of one document's write and delete (docs/graph-model.md explains the model). Every
 * statement runs inside the same transaction; the batched ones UNWIND at most BATCH_SIZE rows.
 * Common parameters: $documentId, $collectionId, $seenAt (the document's date or null).
 */
import { READ_SPLIT_RULES } from './curation/rule-statements.ts';

/**
 * Removes everything the document contributed and answers the keys of the entities it mentioned,
 * which may now be orphans, and the curation rules for the keys it is about to write ($keys).
 * Mentions, triples and co-occurrence edges are found through their documentId indexes, so this
 * is one index lookup each however big the graph is.
 *
 * It first write-locks the Document node (MERGE, so also before the first write): two writers of
 * the same document then run one after the other, and the second removes what the first wrote
 * instead of colliding with its Mention ids. A delete of an unknown document creates the node here
 * and removes it again in the same transaction.
 */
export const REMOVE_CONTRIBUTION = `
MERGE (lock:Document {id: $documentId})
SET lock.writing = true
REMOVE lock.writing
WITH lock
CALL () { MATCH (m:Mention {documentId: $documentId}) DETACH DELETE m }
CALL () { MATCH (t:Triple {documentId: $documentId}) DETACH DELETE t }
CALL () { MATCH ()-[c:CO_OCCURS {documentId: $documentId}]->() DELETE c }
CALL () {
  OPTIONAL MATCH (:Document {id: $documentId})-[r:MENTIONS]->(e:Entity)
  WITH r, e.key AS key
  DELETE r
  RETURN collect(key) AS previousKeys
}
${READ_SPLIT_RULES}
RETURN previousKeys, rules`;

export const UPSERT_DOCUMENT = `
MERGE (d:Document {id: $documentId})
SET d.collectionId = $collectionId,
    d.title = $document.title,
    d.date = $document.date,
    d.quality = $document.quality,
    d.languages = $document.languages,
    d.patternOnlyLanguages = $document.patternOnlyLanguages,
    d.skills = $document.skills,
    d.cappedSentences = toInteger($document.cappedSentences)`;

export const DELETE_DOCUMENT = `MATCH (d:Document {id: $documentId}) DETACH DELETE d`;

/** One Entity per key across all collections; the document's own view goes on MENTIONS. */
export const WRITE_ENTITIES = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e += row.entity
CREATE (d)-[:MENTIONS {
  documentId: $documentId, collectionId: $collectionId, seenAt: $seenAt,
  type: row.type, name: row.name, aliases: row.aliases,
  count: toInteger(row.count), firstOffset: toInteger(row.firstOffset), linkScore: row.linkScore
}]->(e)`;

export const WRITE_MENTIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (m:Mention {
  id: row.id, documentId: $documentId, collectionId: $collectionId, seenAt: $seenAt,
  entityKey: row.entityKey, start: toInteger(row.start), end: toInteger(row.end), text: row.text,
  type: row.type, chunkSeq: toInteger(row.chunkSeq), sentence: toInteger(row.sentence),
  sentenceStart: toInteger(row.sentenceStart), sentenceEnd: toInteger(row.sentenceEnd),
  confidence: row.confidence, source: row.source, normalized: row.normalized
})
CREATE (d)-[:HAS_MENTION]->(m)
WITH m, row
CALL (m, row) {
  MATCH (e:Entity {key: row.entityKey})
  CREATE (m)-[:REFERS_TO]->(e)
}`;

export const WRITE_TRIPLES = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (t:Triple {
  id: row.id, documentId: $documentId, collectionId: $collectionId, seenAt: $seenAt,
  sentence: toInteger(row.sentence),
  sentenceStart: toInteger(row.sentenceStart), sentenceEnd: toInteger(row.sentenceEnd),
  subjectText: row.subjectText, subjectStart: toInteger(row.subjectStart),
  subjectEnd: toInteger(row.subjectEnd), subjectKey: row.subjectKey,
  relationText: row.relationText, relationStart: toInteger(row.relationStart),
  relationEnd: toInteger(row.relationEnd),
  objectText: row.objectText, objectStart: toInteger(row.objectStart),
  objectEnd: toInteger(row.objectEnd), objectKey: row.objectKey,
  confidence: row.confidence
})
CREATE (d)-[:HAS_TRIPLE]->(t)
WITH t, row
CALL (t, row) {
  MATCH (e:Entity {key: row.subjectKey})
  CREATE (t)-[:SUBJECT]->(e)
}
CALL (t, row) {
  MATCH (e:Entity {key: row.objectKey})
  CREATE (t)-[:OBJECT]->(e)
}`;

/** One edge per entity pair per document, from the smaller key to the larger. */
export const WRITE_COOCCURRENCES = `
UNWIND $rows AS row
MATCH (a:Entity {key: row.a}), (b:Entity {key: row.b})
CREATE (a)-[:CO_OCCURS {
  documentId: $documentId, collectionId: $collectionId, seenAt: $seenAt, count: toInteger(row.count)
}]->(b)`;

/**
 * After a document's contribution changed: entities no document mentions any more go, unless an
 * analyst's curation marked them (\`curated\`). The write lock comes BEFORE the check: a document
 * written concurrently that mentions the entity either committed its MENTIONS first (then the check
 * sees it) or waits for this delete and recreates the entity (its write is retried, see write.ts).
 * Checking first would let DETACH DELETE remove a MENTIONS committed between check and delete.
 */
export const REMOVE_ORPHANS = `
UNWIND $orphanCandidates AS key
MATCH (e:Entity {key: key})
SET e.orphanCheck = true
REMOVE e.orphanCheck
WITH e
WHERE NOT EXISTS { (e)<-[:MENTIONS]-() } AND coalesce(e.curated, false) = false
DETACH DELETE e`;
