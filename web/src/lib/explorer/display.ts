// What is drawn: the loaded graph with the view applied (hidden nodes out, groups collapsed into one
// node each with their edges added together, the type filter). Pure; the canvas only copies it.
import { groupOf } from './grouping.ts';
import type { GraphData } from './graph-data.ts';
import { edgeKey, type GraphEdge } from './model.ts';
import type { ViewState } from './view-state.ts';

export interface DisplayNode {
  key: string;
  label: string;
  /** The entity type; null for a group and an untyped entity. */
  type: string | null;
  mentionCount: number;
  documentCount: number;
  /** Entity keys this node stands for: itself, or a group's visible members. */
  members: string[];
  isGroup: boolean;
}

export interface DisplayEdge extends GraphEdge {
  key: string;
  /** Entity-to-entity edges this edge stands for (more than one when a group is an end). */
  merged: number;
}

export interface DisplayGraph {
  nodes: DisplayNode[];
  edges: DisplayEdge[];
}

function earlier(a: string | null | undefined, b: string | null | undefined) {
  if (!a) return b ?? null;
  if (!b) return a;
  return a < b ? a : b;
}
function later(a: string | null | undefined, b: string | null | undefined) {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * The picture for a view. Filters by type apply to the loaded nodes (the API applied them too
 * when loading; this covers answers loaded before the filter changed and paths, which keep their
 * ends). Path ends and loaded (expanded) entities are never filtered out by type: they are what
 * the analyst asked for.
 */
export function buildDisplayGraph(data: GraphData, view: ViewState): DisplayGraph {
  const hidden = new Set(view.hidden);
  const types = new Set<string>(view.filters.types);
  const asked = new Set([...view.seeds, ...view.expanded]);
  if (view.path) asked.add(view.path.from).add(view.path.to);
  const drawnAs = groupOf(view);

  const shown = (key: string) => {
    if (hidden.has(key)) return false;
    if (types.size === 0 || asked.has(key)) return true;
    const type = data.nodes.get(key)?.type;
    return typeof type === 'string' && types.has(type);
  };

  const nodes = new Map<string, DisplayNode>();
  for (const node of data.nodes.values()) {
    if (!shown(node.key)) continue;
    const groupId = drawnAs.get(node.key);
    if (groupId === undefined) {
      nodes.set(node.key, {
        key: node.key,
        label: node.name,
        type: node.type ?? null,
        mentionCount: node.mentionCount,
        documentCount: node.documentCount,
        members: [node.key],
        isGroup: false,
      });
      continue;
    }
    const group = nodes.get(groupId);
    if (group) {
      group.members.push(node.key);
      group.mentionCount += node.mentionCount;
      group.documentCount += node.documentCount;
    } else {
      const label = view.groups.find((g) => g.id === groupId)?.label ?? groupId;
      nodes.set(groupId, {
        key: groupId,
        label,
        type: null,
        mentionCount: node.mentionCount,
        documentCount: node.documentCount,
        members: [node.key],
        isGroup: true,
      });
    }
  }

  const edges = new Map<string, DisplayEdge>();
  for (const edge of data.edges.values()) {
    if (edge.weight < view.filters.minWeight) continue;
    if (!shown(edge.source) || !shown(edge.target)) continue;
    const source = drawnAs.get(edge.source) ?? edge.source;
    const target = drawnAs.get(edge.target) ?? edge.target;
    if (source === target) continue; // inside one group
    const key = edgeKey(source, target);
    const existing = edges.get(key);
    if (existing) {
      existing.weight += edge.weight;
      existing.documents += edge.documents;
      existing.firstSeen = earlier(existing.firstSeen, edge.firstSeen);
      existing.lastSeen = later(existing.lastSeen, edge.lastSeen);
      existing.merged += 1;
    } else {
      const [a, b] = source < target ? [source, target] : [target, source];
      edges.set(key, { ...edge, source: a, target: b, key, merged: 1 });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Node size in pixels: grows with the log of the mentions, so a hub does not hide its neighbours. */
export function nodeSize(node: Pick<DisplayNode, 'mentionCount' | 'isGroup'>): number {
  const base = 3 + 2.2 * Math.log2(1 + Math.max(0, node.mentionCount));
  return Math.min(node.isGroup ? 28 : 22, base + (node.isGroup ? 4 : 0));
}

/** Edge thickness in pixels, from the co-occurrence weight. */
export function edgeSize(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(Math.max(1, weight)));
}
