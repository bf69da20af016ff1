/**
 * What a caller may see and change, for curation: an entity is visible when a readable document
 * mentions it (or an entity merged into it), and curatable when a document of a collection the
 * caller may write does.
 */
import type { GraphDriver } from '../graph-driver.ts';
import { readRecords } from '../read-records.ts';

export const READ_CURATION_ACCESS = `
MATCH (e:Entity) WHERE e.key IN $keys
RETURN e.key AS key,
  EXISTS {
    MATCH (e)<-[:MERGED_INTO*0..1]-(:Entity)<-[r:MENTIONS]-()
    WHERE r.collectionId IN $readable
  } AS visible,
  EXISTS {
    MATCH (e)<-[:MERGED_INTO*0..1]-(:Entity)<-[r:MENTIONS]-()
    WHERE r.collectionId IN $writable
  } AS writable,
  [(e)-[:MERGED_INTO]->(root:Entity) | root.key][0] AS root`;

export interface CurationAccess {
  visible: boolean;
  writable: boolean;
  /** the canonical entity it answers as, when it is merged */
  root: string | null;
}

export async function readCurationAccess(
  driver: GraphDriver,
  keys: readonly string[],
  collections: { readable: readonly string[]; writable: readonly string[] },
): Promise<Map<string, CurationAccess>> {
  const records = (await readRecords(driver, READ_CURATION_ACCESS, {
    keys: [...new Set(keys)],
    readable: collections.readable,
    writable: collections.writable,
  })) as Array<CurationAccess & { key: string }>;
  const access = new Map<string, CurationAccess>(
    keys.map((key) => [key, { visible: false, writable: false, root: null }]),
  );
  for (const { key, ...rest } of records) access.set(key, rest);
  return access;
}
