import type { Driver } from 'neo4j-driver';
import { plainValue } from '../plain-values.ts';

/**
 * Everything stored for these documents and entities, in a canonical order: each node by its
 * natural id with its labels and properties, and EVERY relationship touching it (to anything), with
 * its type, direction, properties and the natural id of the other end. Two dumps are equal exactly
 * when the graph around the test's documents is the same.
 */
export async function dumpGraph(
  driver: Driver,
  documentIds: string[],
  entityKeys: string[],
): Promise<unknown[]> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n:Document) WHERE n.id IN $documentIds RETURN n
       UNION
       MATCH (n:Mention) WHERE n.documentId IN $documentIds RETURN n
       UNION
       MATCH (n:Triple) WHERE n.documentId IN $documentIds RETURN n
       UNION
       MATCH (n:Entity) WHERE n.key IN $entityKeys RETURN n
     }
     RETURN labels(n) AS labels, properties(n) AS properties,
       COLLECT {
         MATCH (n)-[r]-(other)
         WITH r, other, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
         RETURN {type: type(r), direction: direction, properties: properties(r),
                 other: coalesce(other.key, other.id, elementId(other))} AS edge
       } AS edges`,
    { documentIds, entityKeys },
  );
  const stable = canonicalJson;
  return records
    .map((record) => {
      const node = plainValue(record.toObject()) as { edges: unknown[] };
      return { ...node, edges: node.edges.map(stable).sort() };
    })
    .sort((x, y) => (stable(x) < stable(y) ? -1 : 1));
}

/** JSON with object keys sorted, so equal values give equal strings whatever order Neo4j used. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
