import neo4j from 'neo4j-driver';
import type { GraphDriver } from './graph-driver.ts';
import { readRecords } from './read-records.ts';

/**
 * Reads answered from readable collections only: every count, alias, weight and date comes from
 * per-document relationships whose collectionId the caller may read, so an entity or edge known
 * only from other collections does not appear at all. The next issue's API builds on these shapes.
 */

export interface ScopedEntity {
  key: string;
  /** fixed by the key, else the type most readable documents give it (ties: first by name) */
  type: string | null;
  /** the shared, non-secret name: knowledge-base title or the normalized name of the key */
  name: string;
  kb: string | null;
  kbId: string | null;
  kbTitle: string | null;
  latitude: number | null;
  longitude: number | null;
  /** surface forms from readable documents only */
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

const READ_ENTITY = `
MATCH (e:Entity {key: $key})
CALL (e) {
  MATCH (e)<-[r:MENTIONS]-()
  WHERE r.collectionId IN $collections
  RETURN sum(r.count) AS mentionCount, count(r) AS documentCount,
         min(r.seenAt) AS firstSeen, max(r.seenAt) AS lastSeen
}
WITH e, mentionCount, documentCount, firstSeen, lastSeen
WHERE documentCount > 0
CALL (e) {
  MATCH (e)<-[r:MENTIONS]-()
  WHERE r.collectionId IN $collections
  WITH r.type AS type, count(*) AS documents
  ORDER BY documents DESC, type
  RETURN collect(type)[0] AS readableType
}
RETURN e.key AS key,
  coalesce(e.type, readableType) AS type,
  e.name AS name, e.kb AS kb, e.kbId AS kbId,
  e.kbTitle AS kbTitle, e.latitude AS latitude, e.longitude AS longitude,
  COLLECT {
    MATCH (e)<-[r:MENTIONS]-()
    WHERE r.collectionId IN $collections
    UNWIND r.aliases AS alias
    RETURN DISTINCT alias ORDER BY alias
  } AS aliases,
  mentionCount, documentCount, firstSeen, lastSeen`;

/** The entity as documents of these collections show it, or null when none of them mentions it. */
export async function readScopedEntity(
  driver: GraphDriver,
  key: string,
  collections: readonly string[],
): Promise<ScopedEntity | null> {
  const records = await readRecords(driver, READ_ENTITY, { key, collections });
  return (records[0] as ScopedEntity | undefined) ?? null;
}

export interface ScopedCooccurrence {
  key: string;
  name: string;
  type: string | null;
  /** sentences they share, summed over readable documents */
  weight: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

const READ_COOCCURRENCES = `
MATCH (e:Entity {key: $key})-[c:CO_OCCURS]-(other:Entity)
WHERE c.collectionId IN $collections
RETURN other.key AS key, other.name AS name, other.type AS type, sum(c.count) AS weight,
  count(c) AS documents, min(c.seenAt) AS firstSeen, max(c.seenAt) AS lastSeen
ORDER BY weight DESC, key
LIMIT $limit`;

/** The entities that share sentences with this one in readable documents, heaviest first. */
export async function readScopedCooccurrences(
  driver: GraphDriver,
  key: string,
  collections: readonly string[],
  limit = 100,
): Promise<ScopedCooccurrence[]> {
  const records = await readRecords(driver, READ_COOCCURRENCES, {
    key,
    collections,
    limit: neo4j.int(Math.trunc(limit)),
  });
  return records as ScopedCooccurrence[];
}
