import type { GraphDriver } from './graph-driver.ts';
import { readRecords } from './read-records.ts';

/** Properties as stored (docs/graph-model.md lists them); integers as numbers. */
export type StoredProperties = Record<string, unknown>;

/** One document's contribution as stored: for a document page, and for tests. */
export interface DocumentGraph {
  document: StoredProperties;
  /** each entity the document mentions: the MENTIONS properties, and the shared Entity node */
  entities: Array<{ mentions: StoredProperties; entity: StoredProperties }>;
  /** Mention nodes by offset; `refersTo` is the key of the entity the REFERS_TO edge points at */
  mentions: Array<StoredProperties & { refersTo: string | null }>;
  /** Triple nodes by sentence; `subject` and `object` are the keys their edges point at */
  triples: Array<StoredProperties & { subject: string | null; object: string | null }>;
  /** this document's CO_OCCURS edges, `a` and `b` the keys of their ends */
  cooccurrences: Array<StoredProperties & { a: string; b: string }>;
}

const READ_DOCUMENT = `
MATCH (d:Document {id: $documentId})
RETURN properties(d) AS document,
  COLLECT {
    MATCH (d)-[r:MENTIONS]->(e:Entity)
    RETURN {mentions: properties(r), entity: properties(e)} AS row ORDER BY e.key
  } AS entities,
  COLLECT {
    MATCH (d)-[:HAS_MENTION]->(m:Mention)
    OPTIONAL MATCH (m)-[:REFERS_TO]->(e:Entity)
    RETURN m {.*, refersTo: e.key} AS row ORDER BY m.start, m.end, m.id
  } AS mentions,
  COLLECT {
    MATCH (d)-[:HAS_TRIPLE]->(t:Triple)
    OPTIONAL MATCH (t)-[:SUBJECT]->(s:Entity)
    OPTIONAL MATCH (t)-[:OBJECT]->(o:Entity)
    RETURN t {.*, subject: s.key, object: o.key} AS row ORDER BY t.sentence, t.id
  } AS triples,
  COLLECT {
    MATCH (a:Entity)-[c:CO_OCCURS {documentId: $documentId}]->(b:Entity)
    RETURN c {.*, a: a.key, b: b.key} AS row ORDER BY a.key, b.key
  } AS cooccurrences`;

/** The document's whole contribution, or null when the graph has no node for it. */
export async function readDocumentGraph(
  driver: GraphDriver,
  documentId: string,
): Promise<DocumentGraph | null> {
  const records = await readRecords(driver, READ_DOCUMENT, { documentId });
  return (records[0] as DocumentGraph | undefined) ?? null;
}
