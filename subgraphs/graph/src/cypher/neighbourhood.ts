/**
 * The explorer's neighbourhood: from the seeds, expand hop by hop over the readable CO_OCCURS edges
 * (weights summed per pair of canonical entities over the readable documents in the time window),
 * keeping per hop only the heaviest new neighbours that fit under `$limit` nodes. Nothing enumerates
 * paths: each hop reads the edges of its frontier once, and a hop with no room left reads nothing.
 * A last pass adds the edges among the nodes of the final hop. Hops are unrolled (at most 3).
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

export const MAX_HOPS = 3;

/**
 * Edges from every entity in `frontier` to canonical neighbours that pass the filters, as maps.
 * With `within` (a list of entities and their members), only edges among them are wanted: each
 * CO_OCCURS points from the smaller key to the larger, so reading the outgoing edges of every
 * member finds each such edge once, at about half the reads; the membership test on the raw
 * neighbour comes before the canonical mapping and the aggregation.
 */
export function expandEdges(frontier: string, into: string, within?: string): string {
  const imports = within ? `readable, ${frontier}, ${within}` : `readable, ${frontier}`;
  const edge = within ? '-[c:CO_OCCURS]->' : '-[c:CO_OCCURS]-';
  return `CALL (${imports}) {
    UNWIND ${frontier} AS source
    MATCH (source)<-[:MERGED_INTO*0..1]-(:Entity)${edge}(neighbour:Entity)
    WHERE c.collectionId IN readable AND ${inWindow('c.seenAt')}${within ? ` AND neighbour IN ${within}` : ''}
    WITH source, ${canonical('neighbour')} AS target, c
    WHERE target <> source AND ${notHidden('target')}
    WITH source, target, sum(c.count) AS weight, count(DISTINCT c.documentId) AS documents,
      min(c.seenAt) AS firstSeen, max(c.seenAt) AS lastSeen
    WHERE weight >= $minWeight AND ($types IS NULL OR ${effectiveType('target', 'readable')} IN $types)
    RETURN collect({source: source, target: target, weight: weight, documents: documents,
      firstSeen: firstSeen, lastSeen: lastSeen}) AS ${into}
  }`;
}

/**
 * Hop n: expand the frontier (the nodes added by the hop before), add the heaviest new neighbours
 * that fit. A hop beyond `$hops`, or with no room left under `$limit`, expands nothing and keeps
 * the frontier, whose edges among the nodes the closing pass reads.
 */
function hop(n: number): string {
  return `WITH readable, nodes, edges, capped, frontier,
  CASE WHEN $hops >= ${n} AND size(nodes) < $limit THEN frontier ELSE [] END AS expanding
${expandEdges('expanding', 'found')}
CALL (nodes, found) {
  UNWIND found AS edge
  WITH edge WHERE NOT edge.target IN nodes
  WITH edge.target AS candidate, max(edge.weight) AS heaviest
  ORDER BY heaviest DESC, candidate.key
  RETURN collect(candidate) AS candidates
}
WITH readable, found, edges, capped, nodes, frontier, expanding, candidates,
  CASE WHEN $limit > size(nodes) THEN $limit - size(nodes) ELSE 0 END AS room
WITH readable, found, edges, capped, nodes, frontier, expanding,
  candidates[0..room] AS added, size(candidates) > room AS overflow
WITH readable, found, edges, capped OR overflow AS capped, nodes + added AS nodes,
  CASE WHEN size(expanding) > 0 THEN added ELSE frontier END AS frontier
WITH readable, nodes, capped, frontier, edges + [edge IN found WHERE edge.target IN nodes] AS edges`;
}

export const NEIGHBOURHOOD = `CALL () {
  UNWIND $keys AS key
  MATCH (asked:Entity {key: key})
  WITH ${canonical('asked')} AS seed
  WHERE ${isReadable('seed', NARROWED_READABLE)}
  RETURN collect(DISTINCT seed) AS seeds
}
WITH ${NARROWED_READABLE} AS readable, seeds AS nodes, seeds AS frontier, [] AS edges, false AS capped
${Array.from({ length: MAX_HOPS }, (_, i) => hop(i + 1)).join('\n')}
WITH readable, nodes, capped, edges, frontier,
  COLLECT { UNWIND nodes AS node MATCH (node)<-[:MERGED_INTO*0..1]-(member:Entity) RETURN member } AS within
${expandEdges('frontier', 'closing', 'within')}
WITH readable, nodes, capped, edges + [edge IN closing WHERE edge.target IN nodes] AS edges
CALL (edges) {
  UNWIND edges AS edge
  WITH DISTINCT
    CASE WHEN edge.source.key < edge.target.key THEN edge.source.key ELSE edge.target.key END AS source,
    CASE WHEN edge.source.key < edge.target.key THEN edge.target.key ELSE edge.source.key END AS target,
    edge.weight AS weight, edge.documents AS documents, edge.firstSeen AS firstSeen, edge.lastSeen AS lastSeen
  RETURN collect({source: source, target: target, weight: weight, documents: documents,
    firstSeen: firstSeen, lastSeen: lastSeen}) AS graphEdges
}
CALL (nodes, readable) {
  UNWIND nodes AS node
  ${summarize('node', 'readable')}
  RETURN collect(node_summary) AS graphNodes
}
RETURN {nodes: graphNodes, edges: graphEdges, capped: capped, limit: $limit} AS neighbourhood`;
