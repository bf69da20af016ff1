// The explorer's view: what the analyst chose, everything needed to rebuild the picture from the
// graph API (and nothing the API answers). It is what the URL carries (url-state.ts) and what the
// JSON export saves. Pure updates only: each answers a new state.
import type { KnownEntityType } from '../entity-types.ts';
import type { Position } from './model.ts';

export interface ExplorerFilters {
  /** Types to show; empty: every type. */
  types: KnownEntityType[];
  /** Edges lighter than this (co-occurrences in readable documents) are left out. */
  minWeight: number;
  /** ISO dates (YYYY-MM-DD), compared with the documents' dates; null: open. */
  from: string | null;
  to: string | null;
}

export interface NodeGroup {
  /** `group:<n>`: never an entity key (those have a source prefix such as wikipedia:). */
  id: string;
  label: string;
  members: string[];
}

export interface ViewState {
  /** Entities the view starts from, loaded with their neighbourhood together. */
  seeds: string[];
  /** Entities expanded since, each loaded with its own neighbourhood. */
  expanded: string[];
  hidden: string[];
  /** Fixed positions (graph coordinates): the layout leaves these nodes where they are. */
  pinned: Record<string, Position>;
  groups: NodeGroup[];
  filters: ExplorerFilters;
  /** The two ends of the shortest paths asked for. */
  path: { from: string; to: string } | null;
  /** The node cap of each neighbourhood request (the API's `limit`). */
  cap: number;
}

export const DEFAULT_CAP = 200;
export const MAX_CAP = 2000;
/** Shortest paths asked for between the two ends (the API allows up to 10). */
export const PATHS_K = 5;
export const PATHS_MAX_HOPS = 4;

export const DEFAULT_FILTERS: ExplorerFilters = { types: [], minWeight: 1, from: null, to: null };

export const EMPTY_VIEW: ViewState = {
  seeds: [],
  expanded: [],
  hidden: [],
  pinned: {},
  groups: [],
  filters: DEFAULT_FILTERS,
  path: null,
  cap: DEFAULT_CAP,
};

const without = (list: readonly string[], key: string) => list.filter((k) => k !== key);
const withKey = (list: readonly string[], key: string) =>
  list.includes(key) ? [...list] : [...list, key];

export function isEmptyView(view: ViewState): boolean {
  return view.seeds.length === 0 && view.expanded.length === 0 && view.path === null;
}

/** Entities whose neighbourhood is loaded (seeds first). */
export function loadedKeys(view: ViewState): string[] {
  return [...view.seeds, ...view.expanded.filter((k) => !view.seeds.includes(k))];
}

/** Adds an entity found by search: it becomes a seed and is shown again if it was hidden. */
export function addSeed(view: ViewState, key: string): ViewState {
  return { ...view, seeds: withKey(view.seeds, key), hidden: without(view.hidden, key) };
}

export function expand(view: ViewState, key: string): ViewState {
  if (view.seeds.includes(key)) return view;
  return { ...view, expanded: withKey(view.expanded, key) };
}

export function hide(view: ViewState, key: string): ViewState {
  return { ...view, hidden: withKey(view.hidden, key) };
}

export function unhideAll(view: ViewState): ViewState {
  return { ...view, hidden: [] };
}

export function pin(view: ViewState, key: string, position: Position): ViewState {
  return { ...view, pinned: { ...view.pinned, [key]: { x: position.x, y: position.y } } };
}

export function unpin(view: ViewState, key: string): ViewState {
  const pinned = { ...view.pinned };
  delete pinned[key];
  return { ...view, pinned };
}

export function setFilters(view: ViewState, filters: Partial<ExplorerFilters>): ViewState {
  return { ...view, filters: { ...view.filters, ...filters } };
}

export function toggleType(view: ViewState, type: KnownEntityType): ViewState {
  const types = view.filters.types.includes(type)
    ? view.filters.types.filter((t) => t !== type)
    : [...view.filters.types, type];
  return setFilters(view, { types });
}

export function setCap(view: ViewState, cap: number): ViewState {
  return { ...view, cap: Math.max(1, Math.min(MAX_CAP, Math.round(cap))) };
}

export function setPath(view: ViewState, path: { from: string; to: string } | null): ViewState {
  return { ...view, path };
}
