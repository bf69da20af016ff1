// The JSON export (and import) of a view: the loaded entities and edges, where each is drawn, and
// the view state (filters, hidden, pinned, groups, path). Importing it reopens the same picture
// without asking the API, which is also how the render benchmark loads a generated graph.
import { z } from 'zod';
import { mergeGraph, EMPTY_GRAPH, type GraphData } from './graph-data.ts';
import type { Position } from './model.ts';
import { parseView, encodeView } from './url-state.ts';
import type { ViewState } from './view-state.ts';

export const EXPLORER_JSON_FORMAT = 'quarry-explorer';
export const EXPLORER_JSON_VERSION = 1;
/** Bigger files are refused before parsing: the explorer draws at most a few thousand nodes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const nodeSchema = z.object({
  key: z.string().min(1).max(500),
  name: z.string(),
  type: z.string().nullable().optional(),
  mentionCount: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
});
const edgeSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  weight: z.number().nonnegative(),
  documents: z.number().int().nonnegative(),
  firstSeen: z.string().nullable().optional(),
  lastSeen: z.string().nullable().optional(),
});
const fileSchema = z.object({
  format: z.literal(EXPLORER_JSON_FORMAT),
  version: z.literal(EXPLORER_JSON_VERSION),
  exportedAt: z.string().optional(),
  /** The view as its URL query string: one format, validated by the same parser. */
  view: z.string(),
  nodes: z.array(nodeSchema).max(20_000),
  edges: z.array(edgeSchema).max(200_000),
});

export type ExplorerJson = z.infer<typeof fileSchema>;

export interface ImportedView {
  data: GraphData;
  view: ViewState;
  positions: Map<string, Position>;
}

export function toExplorerJson(
  data: GraphData,
  view: ViewState,
  positions: ReadonlyMap<string, Position>,
  exportedAt: Date = new Date(),
): ExplorerJson {
  return {
    format: EXPLORER_JSON_FORMAT,
    version: EXPLORER_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    view: encodeView(view),
    nodes: [...data.nodes.values()].map((node) => {
      const at = positions.get(node.key);
      return at ? { ...node, x: at.x, y: at.y } : { ...node };
    }),
    edges: [...data.edges.values()].map((edge) => ({ ...edge })),
  };
}

/** Reads an exported file; a wrong one answers what is wrong with it. */
export function parseExplorerJson(
  text: string,
): { ok: true; imported: ImportedView } | { ok: false; problems: string[] } {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, problems: ['The file is larger than 20 MB.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not JSON.'] };
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success)
    return {
      ok: false,
      problems: file.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`),
    };
  const parsedView = parseView(file.data.view);
  if (!parsedView.ok) return { ok: false, problems: parsedView.problems };
  const positions = new Map<string, Position>();
  for (const node of file.data.nodes)
    if (node.x !== undefined && node.y !== undefined)
      positions.set(node.key, { x: node.x, y: node.y });
  const nodes = file.data.nodes.map(({ x: _x, y: _y, ...node }) => node);
  const { data } = mergeGraph(EMPTY_GRAPH, { nodes, edges: file.data.edges });
  return { ok: true, imported: { data, view: parsedView.view, positions } };
}
