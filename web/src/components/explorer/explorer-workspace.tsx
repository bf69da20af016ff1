'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildDisplayGraph } from '../../lib/explorer/display.ts';
import { toExplorerJson, type ImportedView } from '../../lib/explorer/export-json.ts';
import { toGraphml } from '../../lib/explorer/export-graphml.ts';
import { groupNodes, groupOf, isGroupId, ungroup } from '../../lib/explorer/grouping.ts';
import { edgeKey, type GraphNode, type Position } from '../../lib/explorer/model.ts';
import { encodeView } from '../../lib/explorer/url-state.ts';
import {
  addSeed,
  expand,
  hide,
  isEmptyView,
  pin,
  setCap,
  setFilters,
  setPath,
  toggleType,
  unhideAll,
  unpin,
  type ViewState,
} from '../../lib/explorer/view-state.ts';
import { EntitySearch } from './entity-search.tsx';
import { CappedNotice, EmptyState, ErrorNotice } from './explorer-states.tsx';
import { download, ExportMenu } from './export-menu.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { GraphCanvas, type CanvasHandle, type Highlight } from './graph-canvas.tsx';
import { Legend } from './legend.tsx';
import { PathPanel } from './path-panel.tsx';
import { SidePanel, type NodeActions } from './side-panel.tsx';
import { useColourScheme } from './use-colour-scheme.ts';
import { useExplorerData } from './use-explorer-data.ts';
import styles from './explorer.module.css';

const NO_POSITIONS: ReadonlyMap<string, Position> = new Map();

/** The explorer once its URL has been read: state, data, canvas and panels. */
export function ExplorerWorkspace({ initialView }: { initialView: ViewState }) {
  const [view, setView] = useState(initialView);
  const [imported, setImported] = useState<ImportedView | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [pathEnd, setPathEnd] = useState<{ from?: string; to?: string }>({});
  const [highlightedPath, setHighlightedPath] = useState<number | null>(null);
  const canvas = useRef<CanvasHandle>(null);
  const scheme = useColourScheme();

  // The URL follows the view (replaced, not pushed: every pan would otherwise be a history entry).
  useEffect(() => {
    const search = encodeView(view);
    if (window.location.search !== search)
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  }, [view]);

  const { data, paths, loading, errors, cappedAt, retry } = useExplorerData(
    view,
    imported?.data ?? null,
  );
  const display = useMemo(() => buildDisplayGraph(data, view), [data, view]);
  const drawnAs = useMemo(() => groupOf(view), [view]);

  const highlight = useMemo<Highlight | null>(() => {
    if (highlightedPath === null || paths?.status !== 'done') return null;
    const path = paths.value[highlightedPath];
    if (!path) return null;
    const drawn = (key: string) => drawnAs.get(key) ?? key;
    return {
      nodes: new Set(path.nodes.map((n) => drawn(n.key))),
      edges: new Set(path.edges.map((e) => edgeKey(drawn(e.source), drawn(e.target)))),
    };
  }, [highlightedPath, paths, drawnAs]);
  useEffect(
    () => setHighlightedPath(paths?.status === 'done' && paths.value.length > 0 ? 0 : null),
    [paths],
  );

  const selected = useMemo(() => new Set(selection), [selection]);
  const primary = selection.at(-1) ?? null;
  const primaryNode = display.nodes.find((n) => n.key === primary) ?? null;
  const neighbourCount = primary
    ? display.edges.filter((e) => e.source === primary || e.target === primary).length
    : 0;

  const update = useCallback((change: (view: ViewState) => ViewState) => setView(change), []);

  const addEntity = useCallback(
    (entity: Pick<GraphNode, 'key'>) => {
      if (display.nodes.some((n) => n.key === entity.key)) {
        setSelection([entity.key]);
        canvas.current?.focus(entity.key);
        return;
      }
      update((v) => (isEmptyView(v) && !imported ? addSeed(v, entity.key) : expand(v, entity.key)));
      setSelection([entity.key]);
    },
    [display.nodes, imported, update],
  );

  const choosePathEnd = useCallback(
    (end: 'from' | 'to', key: string) => {
      const next = { ...(view.path ?? {}), ...pathEnd, [end]: key };
      if (next.from && next.to && next.from !== next.to) {
        update((v) => setPath(v, { from: next.from!, to: next.to! }));
        setPathEnd({});
      } else setPathEnd({ [end]: key });
    },
    [pathEnd, update, view.path],
  );

  const actions: NodeActions = {
    expand: (key) => update((v) => expand(v, key)),
    hide: (key) => {
      update((v) => hide(v, key));
      setSelection((s) => s.filter((k) => k !== key));
    },
    togglePin: (key) => {
      const at = canvas.current?.positions().get(key);
      update((v) => (v.pinned[key] ? unpin(v, key) : at ? pin(v, key, at) : v));
    },
    pathFrom: (key) => choosePathEnd('from', key),
    pathTo: (key) => choosePathEnd('to', key),
    ungroup: (id) => {
      update((v) => ungroup(v, id));
      setSelection([]);
    },
    select: (key) => setSelection([key]),
  };

  const groupSelection = (label: string) => {
    update((v) => groupNodes(v, selection, label));
    setSelection([]);
  };

  const nameOf = (key: string | undefined) => (key ? (data.nodes.get(key)?.name ?? key) : null);
  const pathFrom = view.path?.from ?? pathEnd.from;
  const pathTo = view.path?.to ?? pathEnd.to;
  const empty = isEmptyView(view) && !imported;

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const exportJson = () => {
    const json = toExplorerJson(data, view, canvas.current?.positions() ?? NO_POSITIONS);
    download(
      new Blob([JSON.stringify(json, null, 1)], { type: 'application/json' }),
      `quarry-graph-${stamp()}.json`,
    );
  };
  const exportGraphml = () => {
    const xml = toGraphml(display, canvas.current?.positions() ?? NO_POSITIONS);
    download(
      new Blob([xml], { type: 'application/graphml+xml' }),
      `quarry-graph-${stamp()}.graphml`,
    );
  };
  const exportPng = async () => {
    const blob = await canvas.current?.toPng();
    if (blob) download(blob, `quarry-graph-${stamp()}.png`);
  };

  const onSynced = useCallback((nodes: number) => {
    document.dispatchEvent(new CustomEvent('quarry:explorer-drawn', { detail: { nodes } }));
  }, []);

  return (
    <section className={`page ${styles.explorer}`} aria-labelledby="page-title">
      <div className={styles.header}>
        <h1 id="page-title">Explore</h1>
        {empty ? null : <EntitySearch onPick={addEntity} />}
        {empty ? null : (
          <div className={styles.toolbar} role="toolbar" aria-label="View">
            <button
              type="button"
              className="button"
              onClick={() => canvas.current?.fit()}
              title="Fit the graph in view"
              data-testid="explorer-fit"
            >
              Fit
            </button>
            <button
              type="button"
              className="button"
              onClick={() => canvas.current?.zoomIn()}
              aria-label="Zoom in"
            >
              +
            </button>
            <button
              type="button"
              className="button"
              onClick={() => canvas.current?.zoomOut()}
              aria-label="Zoom out"
            >
              −
            </button>
            <button
              type="button"
              className="button"
              disabled={view.hidden.length === 0}
              onClick={() => update(unhideAll)}
              data-testid="explorer-unhide"
            >
              Show hidden ({view.hidden.length})
            </button>
          </div>
        )}
        {/* Always offered: an exported view can be opened from the empty explorer too. */}
        <ExportMenu
          disabled={display.nodes.length === 0}
          onPng={exportPng}
          onJson={exportJson}
          onGraphml={exportGraphml}
          onImport={(next) => {
            setImported(next);
            setView(next.view);
            setSelection([]);
          }}
        />
      </div>

      {empty ? (
        <EmptyState onPick={addEntity} />
      ) : (
        <div className={styles.workspace}>
          <div className={styles.sidebar}>
            <Legend
              nodes={display.nodes}
              activeTypes={view.filters.types}
              scheme={scheme}
              onToggle={(type) => update((v) => toggleType(v, type))}
            />
            <FilterPanel
              filters={view.filters}
              cap={view.cap}
              onFilters={(filters) => update((v) => setFilters(v, filters))}
              onCap={(cap) => update((v) => setCap(v, cap))}
            />
          </div>
          <div className={styles.centre}>
            <div className={styles.notices}>
              {loading ? (
                <p className={styles.loading} role="status" data-testid="explorer-loading">
                  <span className={styles.spinner} aria-hidden="true" /> Loading the graph…
                </p>
              ) : null}
              {errors.length > 0 ? (
                <ErrorNotice
                  title="Part of the graph could not be loaded."
                  errors={errors}
                  onRetry={retry}
                />
              ) : null}
              {cappedAt !== null ? (
                <CappedNotice cap={cappedAt} onRaise={(cap) => update((v) => setCap(v, cap))} />
              ) : null}
              {!loading && errors.length === 0 && display.nodes.length === 0 ? (
                <p className="alert alert-info" role="status" data-testid="explorer-nothing">
                  Nothing to draw with these filters: every entity is hidden or filtered out.
                </p>
              ) : null}
            </div>
            <div
              className={styles.stage}
              data-testid="explorer-stage"
              data-nodes={display.nodes.length}
              data-edges={display.edges.length}
            >
              <GraphCanvas
                ref={canvas}
                display={display}
                knownPositions={imported?.positions ?? NO_POSITIONS}
                pinned={view.pinned}
                selected={selected}
                highlight={highlight}
                scheme={scheme}
                onNodeClick={(key, withShift) =>
                  setSelection((s) =>
                    withShift
                      ? s.includes(key)
                        ? s.filter((k) => k !== key)
                        : [...s, key]
                      : [key],
                  )
                }
                onNodeDoubleClick={(key) => {
                  if (!isGroupId(key)) update((v) => expand(v, key));
                  setSelection([key]);
                }}
                onStageClick={() => setSelection([])}
                onNodeDragEnd={(key, position) => {
                  if (!isGroupId(key)) update((v) => pin(v, key, position));
                }}
                onSynced={onSynced}
              />
              <p className={styles.status} aria-live="polite">
                {display.nodes.length.toLocaleString('en')} nodes ·{' '}
                {display.edges.length.toLocaleString('en')} edges
                {imported ? ' · opened from a file' : ''}
              </p>
            </div>
          </div>
          <div className={styles.sidebar}>
            <SidePanel
              node={primaryNode}
              selectionSize={selection.length}
              expanded={
                primary !== null &&
                (view.expanded.includes(primary) || view.seeds.includes(primary))
              }
              pinned={primary !== null && view.pinned[primary] !== undefined}
              neighbourCount={neighbourCount}
              actions={actions}
              onGroupSelection={groupSelection}
              scheme={scheme}
            />
            <PathPanel
              fromName={nameOf(pathFrom)}
              toName={nameOf(pathTo)}
              paths={view.path ? paths : null}
              highlighted={highlightedPath}
              onHighlight={setHighlightedPath}
              onClear={() => {
                update((v) => setPath(v, null));
                setPathEnd({});
              }}
            />
          </div>
        </div>
      )}
    </section>
  );
}
