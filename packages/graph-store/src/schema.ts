import neo4j from 'neo4j-driver';
import type { GraphDriver } from './graph-driver.ts';

/**
 * Constraints and indexes of the knowledge graph (docs/graph-model.md says which query uses which).
 * Only uniqueness constraints: Neo4j Community has no property-existence constraints, and the graph
 * subgraph's tests create Entity and Document nodes of the preliminary model without `key`, which a
 * uniqueness constraint ignores. Every statement is IF NOT EXISTS, so running them again is free.
 */
export const GRAPH_SCHEMA: readonly string[] = [
  'CREATE CONSTRAINT graph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE',
  'CREATE CONSTRAINT graph_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT graph_mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT graph_triple_id IF NOT EXISTS FOR (t:Triple) REQUIRE t.id IS UNIQUE',
  // Removal of a document's contribution, and per-document reads.
  'CREATE INDEX graph_mention_document IF NOT EXISTS FOR (m:Mention) ON (m.documentId)',
  'CREATE INDEX graph_triple_document IF NOT EXISTS FOR (t:Triple) ON (t.documentId)',
  'CREATE INDEX graph_cooccurs_document IF NOT EXISTS FOR ()-[c:CO_OCCURS]-() ON (c.documentId)',
  // Scoping by readable collections when a query starts from a collection rather than an entity.
  'CREATE INDEX graph_document_collection IF NOT EXISTS FOR (d:Document) ON (d.collectionId)',
  'CREATE INDEX graph_mention_collection IF NOT EXISTS FOR (m:Mention) ON (m.collectionId)',
  'CREATE INDEX graph_triple_collection IF NOT EXISTS FOR (t:Triple) ON (t.collectionId)',
  'CREATE INDEX graph_mentions_collection IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.collectionId)',
  'CREATE INDEX graph_cooccurs_collection IF NOT EXISTS FOR ()-[c:CO_OCCURS]-() ON (c.collectionId)',
  // Top entities by type; time windows.
  'CREATE INDEX graph_entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX graph_mentions_type IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.type)',
  'CREATE INDEX graph_document_date IF NOT EXISTS FOR (d:Document) ON (d.date)',
  // Entity search: shared names on the node, each document's names and aliases on its MENTIONS
  // (so a search answers only from readable documents); triples by subject, relation or object.
  'CREATE FULLTEXT INDEX graph_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.kbTitle]',
  'CREATE FULLTEXT INDEX graph_mention_aliases IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON EACH [r.name, r.aliases]',
  'CREATE FULLTEXT INDEX graph_triple_text IF NOT EXISTS FOR (t:Triple) ON EACH [t.subjectText, t.relationText, t.objectText]',
];

/** Creates what is missing and waits until every index is online (queries right after may use them). */
export async function ensureGraphSchema(driver: GraphDriver, timeoutSeconds = 300): Promise<void> {
  const session = driver.session();
  try {
    // Schema statements cannot share a transaction with each other's writes: one auto-commit each.
    for (const statement of GRAPH_SCHEMA) await session.run(statement);
    await session.run('CALL db.awaitIndexes($timeoutSeconds)', {
      timeoutSeconds: neo4j.int(Math.ceil(timeoutSeconds)),
    });
  } finally {
    await session.close();
  }
}
