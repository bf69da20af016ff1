import type { Driver } from 'neo4j-driver';
import { deleteDocumentKnowledge, writeDocumentKnowledge } from '@quarry/graph-store';
import { buildKnowledge, type EntitySpec } from '@quarry/graph-store/testing/knowledge-fixture.ts';

export interface MentionedEntity {
  key: string;
  /** the surface form the document uses (also its name for readers of this document) */
  name: string;
  type: EntitySpec['type'];
}

/**
 * One document that mentions each entity once, written the way the pipeline writes it: for other
 * workspaces' tests that need "document D in collection C mentions E" in the graph.
 */
export async function writeDocumentEntities(
  driver: Driver,
  document: { id: string; collectionId: string },
  entities: MentionedEntity[],
): Promise<void> {
  await writeDocumentKnowledge(
    driver,
    buildKnowledge({
      documentId: document.id,
      collectionId: document.collectionId,
      sentences: 1,
      entities: entities.map(({ key, name, type }) => ({
        key,
        type,
        mentions: [{ text: name, sentence: 0 }],
      })),
    }),
    { title: document.id },
  );
}

/** Removes what writeDocumentEntities wrote (its documents' contribution and their entities). */
export async function removeDocumentEntities(
  driver: Driver,
  documentIds: string[],
  keys: string[],
): Promise<void> {
  for (const id of documentIds) await deleteDocumentKnowledge(driver, id);
  await driver.executeQuery('MATCH (e:Entity) WHERE e.key IN $keys DETACH DELETE e', { keys });
}
