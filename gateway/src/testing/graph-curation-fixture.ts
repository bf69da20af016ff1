import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/**
 * Entities the curation mutations can change successfully through the gateway (not a test itself):
 * one document in a readable, writable collection, stored the way the knowledge stage stores it,
 * naming two people and one knowledge-base-linked entity.
 */
export interface GraphCurationFixture {
  /** merged into `personB`, then unmerged, then split by `aliasOfA` */
  personA: string;
  aliasOfA: string;
  /** renamed, retyped, hidden and shown again */
  personB: string;
  /** its link marked wrong */
  linked: string;
  remove(): Promise<void>;
}

const WRITE_FIXTURE = `
CREATE (d:Document {id: $documentId, collectionId: $collectionId, title: 'Curation audit',
  quality: 'full', languages: ['en'], patternOnlyLanguages: [], skills: [], cappedSentences: 0})
WITH d
UNWIND $entities AS row
MERGE (e:Entity {key: row.key})
SET e += row.node
CREATE (d)-[:MENTIONS {documentId: $documentId, collectionId: $collectionId, type: 'PERSON',
  name: row.text, aliases: [row.text], count: 1, firstOffset: row.start, linkScore: row.linkScore}]->(e)
CREATE (d)-[:HAS_MENTION]->(m:Mention {id: $documentId + '#m' + toString(row.index),
  documentId: $documentId, collectionId: $collectionId, entityKey: row.key,
  start: row.start, end: row.start + size(row.text), text: row.text, type: 'PERSON', chunkSeq: 0,
  sentence: 0, sentenceStart: 0, sentenceEnd: 1000, confidence: 0.9, source: 'ner'})-[:REFERS_TO]->(e)`;

/** Removes the fixture and what curation made of it (the split's and the link's new entities). */
const REMOVE_FIXTURE = `
CALL () {
  MATCH (made:Entity)-[:SPLIT_FROM]->(e:Entity) WHERE e.key IN $keys
  DETACH DELETE made
}
CALL () {
  MATCH (n) WHERE n.id = $documentId OR n.documentId = $documentId OR n.key IN $keys
  DETACH DELETE n
}`;

export async function writeGraphCurationFixture(
  driver: Driver,
  collectionId: string,
): Promise<GraphCurationFixture> {
  const run = randomUUID();
  const documentId = `doc-curation-${run}`;
  const aliasOfA = `Ada ${run}`;
  const personA = `name:PERSON:ada ${run}`;
  const personB = `name:PERSON:ada lovelace ${run}`;
  const linked = `wikipedia:Ada_${run}`;
  const texts = [aliasOfA, `Ada Lovelace ${run}`, `Countess ${run}`];
  const entities = [
    { key: personA, node: { name: `ada ${run}`, type: 'PERSON' } },
    { key: personB, node: { name: `ada lovelace ${run}`, type: 'PERSON' } },
    {
      key: linked,
      node: { name: `Ada ${run}`, kb: 'wikipedia', kbId: `Ada_${run}`, kbTitle: `Ada ${run}` },
    },
  ].map((entity, index) => ({
    ...entity,
    index,
    text: texts[index],
    start: index * 100,
    linkScore: entity.key === linked ? 0.9 : null,
  }));
  await driver.executeQuery(WRITE_FIXTURE, { documentId, collectionId, entities });
  const keys = entities.map((entity) => entity.key);
  return {
    personA,
    aliasOfA,
    personB,
    linked,
    remove: async () => {
      await driver.executeQuery(REMOVE_FIXTURE, { documentId, keys });
    },
  };
}
