'use client';

import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { entityColour } from '../../lib/entity-types.ts';
import { edgeSize, nodeSize, type DisplayGraph } from '../../lib/explorer/display.ts';
import type { Position } from '../../lib/explorer/model.ts';
import { centroid, spiralAround } from '../../lib/explorer/placement.ts';
import styles from './explorer.module.css';

/** What the explorer can ask of the canvas. */
export interface CanvasHandle {
  fit: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** The picture as drawn (every canvas layer composed on the page background). */
  toPng: () => Promise<Blob>;
  /** Moves the camera to a node. */
  focus: (key: string) => void;
  /** Current positions of the drawn nodes (graph coordinates). */
  positions: () => Map<string, Position>;
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  fixed: boolean;
  isGroup: boolean;
}
interface EdgeAttributes {
  size: number;
  color: string;
  weight: number;
}

type Scheme = 'light' | 'dark';

const PALETTE: Record<
  Scheme,
  { edge: string; faded: string; label: string; group: string; accent: string; background: string }
> = {
  light: {
    edge: '#c9ced6',
    faded: '#e6e8ec',
    label: '#1b1f24',
    group: '#374151',
    accent: '#f0a500',
    background: '#ffffff',
  },
  dark: {
    edge: '#3a424d',
    faded: '#242a31',
    label: '#e6e9ed',
    group: '#d1d5db',
    accent: '#f0a500',
    background: '#171b21',
  },
};

/** Nodes from which edges and labels are hidden while the camera moves. */
const BIG_GRAPH = 500;

/** Distance between new neighbours placed around their origin, in graph units. */
const SPACING = 8;

/**
 * How long the force layout runs after the graph changes: long enough to settle a few hundred new
 * nodes, bounded so a 2,000-node view does not keep a core busy (it runs in a worker either way).
 */
function layoutBudgetMs(nodeCount: number): number {
  return Math.min(6000, 1500 + nodeCount * 2);
}

export function GraphCanvas({
  ref,
  display,
  knownPositions,
  pinned,
  selected,
  highlight,
  scheme,
  onNodeClick,
  onNodeDoubleClick,
  onStageClick,
  onNodeDragEnd,
  onSynced,
}: {
  ref?: Ref<CanvasHandle>;
  display: DisplayGraph;
  /** Positions to start new nodes at when known (an imported file, a reopened pin). */
  knownPositions: ReadonlyMap<string, Position>;
  pinned: Readonly<Record<string, Position>>;
  selected: ReadonlySet<string>;
  highlight: Highlight | null;
  scheme: Scheme;
  onNodeClick: (key: string, withShift: boolean) => void;
  onNodeDoubleClick: (key: string) => void;
  onStageClick: () => void;
  onNodeDragEnd: (key: string, position: Position) => void;
  /** After the canvas drew a new display graph (the benchmark times an expand with it). */
  onSynced?: (nodeCount: number) => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const graphRef = useRef<Graph<NodeAttributes, EdgeAttributes> | null>(null);
  const layoutRef = useRef<FA2Layout<NodeAttributes, EdgeAttributes> | null>(null);
  const layoutTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The reducers read the latest selection and highlight without re-creating sigma.
  const look = useRef({ selected, highlight, scheme });
  look.current = { selected, highlight, scheme };
  const handlers = useRef({ onNodeClick, onNodeDoubleClick, onStageClick, onNodeDragEnd });
  handlers.current = { onNodeClick, onNodeDoubleClick, onStageClick, onNodeDragEnd };

  // One sigma per mount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false });
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      settings: {
        enableNodeDrag: true,
        // Sizes in pixels whatever the graph's extent (sigma 4 defaults to graph units).
        itemSizesReference: 'screen',
        // Labels are drawn for the bigger nodes first; density keeps a 2,000-node view readable.
        labelDensity: 0.6,
        labelRenderedSizeThreshold: 7,
        zoomDuration: 200,
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
        stagePadding: 40,
        // Cheaper frames where WebGL runs on the CPU (headless servers, remote desktops): a
        // coarser picking buffer and thinner edges (measured: bench/explorer-render.ts).
        pickingDownSizingRatio: 4,
        minEdgeThickness: 1,
      },
      nodeReducer: (key, data) => nodeLook(key, data, look.current),
      edgeReducer: (key, data) => edgeLook(key, data, look.current),
    });
    renderer.on('clickNode', ({ node, event }) => {
      const original = event.original;
      handlers.current.onNodeClick(node, 'shiftKey' in original && original.shiftKey);
    });
    renderer.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault(); // no zoom: a double click expands
      const { node } = payload;
      handlers.current.onNodeDoubleClick(node);
    });
    renderer.on('clickStage', () => handlers.current.onStageClick());
    renderer.on('nodeDragStart', ({ node }) => {
      // A dragged node must not be pulled back by the layout.
      layoutRef.current?.stop();
      graph.setNodeAttribute(node, 'fixed', true);
    });
    renderer.on('nodeDragEnd', ({ node }) => {
      const { x, y } = graph.getNodeAttributes(node);
      handlers.current.onNodeDragEnd(node, { x, y });
    });
    const layout = new FA2Layout<NodeAttributes, EdgeAttributes>(graph, {
      settings: { ...inferSettings(500), barnesHutOptimize: true, slowDown: 5 },
      getEdgeWeight: 'weight',
    });
    graphRef.current = graph;
    sigmaRef.current = renderer;
    layoutRef.current = layout;
    return () => {
      if (layoutTimer.current) clearTimeout(layoutTimer.current);
      layout.kill();
      renderer.kill();
      graphRef.current = null;
      sigmaRef.current = null;
      layoutRef.current = null;
    };
  }, []);

  // Copy the display graph into graphology: drop what went, add what came (near a drawn
  // neighbour), update the rest, then let the layout settle the newcomers.
  useEffect(() => {
    const graph = graphRef.current;
    const renderer = sigmaRef.current;
    if (!graph || !renderer) return;
    const palette = PALETTE[scheme];
    const wanted = new Set(display.nodes.map((n) => n.key));
    graph.forEachNode((key) => {
      if (!wanted.has(key)) graph.dropNode(key);
    });
    const wantedEdges = new Set(display.edges.map((e) => e.key));
    graph.forEachEdge((key) => {
      if (!wantedEdges.has(key)) graph.dropEdge(key);
    });

    const existing: Position[] = [];
    graph.forEachNode((_, a) => existing.push({ x: a.x, y: a.y }));
    const middle = centroid(existing);
    const fresh = display.nodes.filter((n) => !graph.hasNode(n.key));
    const linked = new Map<string, string[]>();
    for (const edge of display.edges) {
      linked.set(edge.source, [...(linked.get(edge.source) ?? []), edge.target]);
      linked.set(edge.target, [...(linked.get(edge.target) ?? []), edge.source]);
    }
    // New nodes around the drawn node they hang from (the one expanded), the rest around the middle.
    const byOrigin = new Map<string, string[]>();
    for (const node of fresh) {
      if (knownPositions.has(node.key) || pinned[node.key]) continue;
      const origin = (linked.get(node.key) ?? []).find((k) => graph.hasNode(k)) ?? '';
      byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), node.key]);
    }
    const start = new Map<string, Position>();
    for (const [origin, keys] of byOrigin) {
      const center = origin ? graph.getNodeAttributes(origin) : middle;
      const spots = spiralAround(center, keys.length, SPACING, Math.random());
      keys.forEach((key, i) => start.set(key, spots[i] ?? center));
    }

    // Only what changed is written: every write makes sigma process the item again, and an
    // expand must not redraw 2,000 unchanged nodes before its request is even sent.
    let changed = graph.order !== display.nodes.length || graph.size !== display.edges.length;
    for (const node of display.nodes) {
      const pin = pinned[node.key];
      const attributes: Omit<NodeAttributes, 'x' | 'y'> & Partial<Position> = {
        size: nodeSize(node),
        color: node.isGroup ? palette.group : entityColour(node.type, scheme),
        label: node.isGroup ? `${node.label} (${node.members.length})` : node.label,
        fixed: pin !== undefined,
        isGroup: node.isGroup,
        ...pin,
      };
      if (!graph.hasNode(node.key)) {
        const at = pin ?? knownPositions.get(node.key) ?? start.get(node.key) ?? middle;
        graph.addNode(node.key, { ...attributes, x: at.x, y: at.y });
        changed = true;
      } else if (differs(graph.getNodeAttributes(node.key), attributes)) {
        graph.mergeNodeAttributes(node.key, attributes);
        changed = true;
      }
    }
    for (const edge of display.edges) {
      const attributes = { size: edgeSize(edge.weight), color: palette.edge, weight: edge.weight };
      if (!graph.hasEdge(edge.key)) {
        graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
        changed = true;
      } else if (differs(graph.getEdgeAttributes(edge.key), attributes)) {
        graph.mergeEdgeAttributes(edge.key, attributes);
        changed = true;
      }
    }
    if (!changed) return;

    const layout = layoutRef.current;
    // Nodes that arrive with a position (an opened file, pins) stay where they were saved.
    const placed = fresh.filter((n) => !knownPositions.has(n.key) && !pinned[n.key]);
    if (layout && placed.length > 0 && graph.order > 1) {
      layout.start();
      if (layoutTimer.current) clearTimeout(layoutTimer.current);
      layoutTimer.current = setTimeout(() => layout.stop(), layoutBudgetMs(graph.order));
    }
    // Past a few hundred nodes, edges and labels are left out while the camera moves: panning and
    // zooming stay smooth on a CPU-rendered WebGL (measured: bench/explorer-render.ts).
    const big = graph.order > BIG_GRAPH;
    if (renderer.getSetting('hideEdgesOnMove') !== big)
      renderer.setSettings({ hideEdgesOnMove: big, hideLabelsOnMove: big });
    renderer.once('afterRender', () => onSynced?.(graph.order));
    renderer.refresh();
  }, [display, knownPositions, pinned, scheme, onSynced]);

  // Selection and path highlight change only the reducers' output.
  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selected, highlight, scheme]);

  useImperativeHandle(
    ref,
    () => ({
      fit() {
        void sigmaRef.current?.getCamera().reset({ duration: 300 });
      },
      zoomIn() {
        void sigmaRef.current?.getCamera().zoomIn({ duration: 200 });
      },
      zoomOut() {
        void sigmaRef.current?.getCamera().zoomOut({ duration: 200 });
      },
      focus(key) {
        const renderer = sigmaRef.current;
        const at = renderer?.getNodeDisplayData(key);
        if (renderer && at)
          void renderer.getCamera().animate({ x: at.x, y: at.y, ratio: 0.5 }, { duration: 300 });
      },
      toPng() {
        return composePng(sigmaRef.current, PALETTE[look.current.scheme].background);
      },
      positions() {
        const positions = new Map<string, Position>();
        graphRef.current?.forEachNode((key, a) => positions.set(key, { x: a.x, y: a.y }));
        return positions;
      },
    }),
    [],
  );

  return (
    <div
      ref={containerRef}
      className={styles.canvas}
      data-testid="explorer-canvas"
      role="img"
      aria-label={`Entity graph: ${display.nodes.length} nodes, ${display.edges.length} edges. Select an entity with the search box: its details and actions are in the Selected panel.`}
    />
  );
}

function differs(current: object, wanted: object): boolean {
  const have = current as Record<string, unknown>;
  return Object.entries(wanted).some(([name, value]) => have[name] !== value);
}

type Look = { selected: ReadonlySet<string>; highlight: Highlight | null; scheme: Scheme };

function nodeLook(key: string, data: NodeDisplayData, look: Look): Partial<NodeDisplayData> {
  const palette = PALETTE[look.scheme];
  const out: Partial<NodeDisplayData> = { ...data, labelColor: palette.label };
  if (look.selected.has(key)) {
    out.highlighted = true;
    out.labelVisibility = 'visible';
    out.zIndex = 2;
  }
  if (look.highlight) {
    if (look.highlight.nodes.has(key)) {
      out.labelVisibility = 'visible';
      out.zIndex = 1;
    } else {
      out.color = palette.faded;
      out.labelVisibility = 'hidden';
    }
  }
  return out;
}

function edgeLook(key: string, data: EdgeDisplayData, look: Look): Partial<EdgeDisplayData> {
  if (!look.highlight) return data;
  const palette = PALETTE[look.scheme];
  return look.highlight.edges.has(key)
    ? { ...data, color: palette.accent, size: Math.max(3, data.size), zIndex: 1 }
    : { ...data, color: palette.faded };
}

/**
 * Sigma draws into WebGL without keeping the drawing buffer, so the layers are copied right after
 * a render, inside its afterRender event, onto one canvas with the page background.
 */
function composePng(
  renderer: Sigma<NodeAttributes, EdgeAttributes> | null,
  background: string,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    if (!renderer) {
      reject(new Error('The graph is not drawn yet.'));
      return;
    }
    renderer.once('afterRender', () => {
      const layers = Array.from(renderer.getContainer().querySelectorAll('canvas'));
      const stage = renderer.getStageCanvas();
      const out = document.createElement('canvas');
      out.width = stage.width;
      out.height = stage.height;
      const context = out.getContext('2d');
      if (!context) {
        reject(new Error('This browser cannot compose the picture.'));
        return;
      }
      context.fillStyle = background;
      context.fillRect(0, 0, out.width, out.height);
      for (const layer of layers) {
        if (layer.width > 0 && layer.height > 0)
          context.drawImage(layer, 0, 0, out.width, out.height);
      }
      out.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('No picture was made.'))),
        'image/png',
      );
    });
    renderer.refresh();
  });
}
