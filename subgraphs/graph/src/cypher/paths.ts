/**
 * k shortest paths between two entities over readable CO_OCCURS edges. The search is Neo4j's
 * `SHORTEST k` with the edge filter INSIDE the quantified pattern, so it never walks an edge the
 * caller cannot read (filtering whole paths afterwards would still find, and time, hidden routes).
 * CO_OCCURS has one edge per pair and document; the pattern walks only one representative per pair
 * (the readable edge in the window with the smallest documentId), so the k paths are k different
 * node sequences, not one route counted once per shared document.
 *
 * `SHORTEST` and the hop bound take literals only: one branch per `maxHops` (1..6), each asking for
 * MAX_K paths; the caller's `k` cuts the result. Merged members are walked as themselves and mapped
 * to their canonical entity afterwards (a path that visits one entity twice that way is dropped),
 * and a path through a hidden entity is dropped.
 */
import {
  NARROWED_READABLE,
  canonical,
  effectiveType,
  inWindow,
  isReadable,
  notHidden,
  summarize,
} from './fragments.ts';

export const MAX_PATH_HOPS = 6;
export const MAX_K = 10;

const EDGE_FILTER = (c: string) =>
  `${c}.collectionId IN readable AND ${inWindow(`${c}.seenAt`, '$since', '$until')}`;

function branch(hops: number): string {
  return `  WITH a, b, readable WHERE $maxHops = ${hops}
  MATCH (a)<-[:MERGED_INTO*0..1]-(start:Entity), (b)<-[:MERGED_INTO*0..1]-(end:Entity)
  MATCH p = SHORTEST ${MAX_K} (start) ((x:Entity)-[c:CO_OCCURS]-(y:Entity)
    WHERE ${EDGE_FILTER('c')} AND NOT EXISTS {
      MATCH (x)-[other:CO_OCCURS]-(y) WHERE ${EDGE_FILTER('other')} AND other.documentId < c.documentId
    }){1,${hops}} (end)
  RETURN p`;
}

export const PATHS = `OPTIONAL MATCH (fromAsked:Entity {key: $from})
OPTIONAL MATCH (toAsked:Entity {key: $to})
WITH ${NARROWED_READABLE} AS readable, ${canonical('fromAsked')} AS a, ${canonical('toAsked')} AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  AND ${isReadable('a', 'readable')} AND ${isReadable('b', 'readable')}
CALL (a, b, readable) {
${Array.from({ length: MAX_PATH_HOPS }, (_, i) => branch(i + 1)).join('\nUNION\n')}
}
WITH DISTINCT readable, [n IN nodes(p) | ${canonical('n')}] AS route
WHERE all(i IN range(1, size(route) - 1) WHERE NOT route[i] IN route[0..i])
  AND all(inner IN route[1..-1] WHERE ${notHidden('inner')})
  AND ($types IS NULL OR all(inner IN route[1..-1] WHERE ${effectiveType('inner', 'readable')} IN $types))
CALL (route, readable) {
  UNWIND range(0, size(route) - 2) AS step
  WITH step, route[step] AS source, route[step + 1] AS target, readable
  MATCH (source)<-[:MERGED_INTO*0..1]-(:Entity)-[c:CO_OCCURS]-(:Entity)-[:MERGED_INTO*0..1]->(target)
  WHERE ${EDGE_FILTER('c')}
  WITH step, source, target, sum(c.count) AS weight, count(DISTINCT c.documentId) AS documents,
    min(c.seenAt) AS firstSeen, max(c.seenAt) AS lastSeen
  ORDER BY step
  RETURN collect({source: source.key, target: target.key, weight: weight, documents: documents,
    firstSeen: firstSeen, lastSeen: lastSeen}) AS edges, min(weight) AS weakest, sum(weight) AS total
}
WITH readable, route, edges, total
WHERE size(edges) = size(route) - 1 AND all(edge IN edges WHERE edge.weight >= $minWeight)
WITH readable, route, edges ORDER BY size(route), total DESC
LIMIT $k
CALL (route, readable) {
  UNWIND route AS node
  ${summarize('node', 'readable')}
  RETURN collect(node_summary) AS nodes
}
RETURN {nodes: nodes, edges: edges, hops: size(edges)} AS path`;
