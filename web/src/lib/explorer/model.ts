// The shapes of the graph API's explorer answers (docs/graph-api.md: GraphNode, GraphEdge,
// Neighbourhood, GraphPath), as the explorer's pure modules use them. The generated operation
// types are assignable to these, so the modules do not depend on codegen.

export interface GraphNode {
  key: string;
  name: string;
  type?: string | null;
  mentionCount: number;
  documentCount: number;
}

/** Undirected: CO_OCCURS pairs. */
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  documents: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

export interface Neighbourhood {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  capped: boolean;
  limit: number;
}

export interface GraphPath {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  hops: number;
}

export interface Position {
  x: number;
  y: number;
}

/**
 * One key per undirected pair, whatever the order the API gave. A newline cannot occur in an
 * entity key (keys are names normalized to one line), so it cannot make two pairs collide.
 */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}
