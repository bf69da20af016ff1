// Everything the explorer has loaded: nodes and edges from every neighbourhood, path and imported
// file, merged into one undirected graph. Pure and immutable (a merge answers a new value), so React
// state and the unit tests can hold it.
import { edgeKey, type GraphEdge, type GraphNode } from './model.ts';

export interface GraphData {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** By edgeKey; source < target. */
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

export const EMPTY_GRAPH: GraphData = { nodes: new Map(), edges: new Map() };

export interface MergeResult {
  data: GraphData;
  /** Keys that were not in the graph before, in the order the answer gave them. */
  added: string[];
}

/**
 * Adds an answer's nodes and edges. A node or edge already known takes the newer answer's values
 * (counts follow the latest filters); an edge whose ends are not both known is left out rather
 * than drawn to nowhere.
 */
export function mergeGraph(
  data: GraphData,
  answer: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
): MergeResult {
  const nodes = new Map(data.nodes);
  const edges = new Map(data.edges);
  const added: string[] = [];
  for (const node of answer.nodes) {
    if (!nodes.has(node.key)) added.push(node.key);
    nodes.set(node.key, { ...node });
  }
  for (const edge of answer.edges) {
    if (edge.source === edge.target) continue;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const [source, target] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    edges.set(edgeKey(source, target), { ...edge, source, target });
  }
  return { data: { nodes, edges }, added };
}

/** The neighbours of a node in the loaded graph. */
export function neighbours(data: GraphData, key: string): string[] {
  const found: string[] = [];
  for (const edge of data.edges.values()) {
    if (edge.source === key) found.push(edge.target);
    else if (edge.target === key) found.push(edge.source);
  }
  return found;
}
