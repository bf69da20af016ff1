// What the explorer asks the graph API for a view: one neighbourhood for the seeds together, one per
// entity expanded since, and the shortest paths between the chosen ends. Each request has an id made
// of its variables, so answers are kept per request and a filter change asks again.
import { PATHS_K, PATHS_MAX_HOPS, type ViewState } from './view-state.ts';

export interface NeighbourhoodVariables {
  keys: string[];
  limit: number;
  types: string[] | null;
  minWeight: number;
  from: string | null;
  to: string | null;
}

export interface NeighbourhoodRequest {
  id: string;
  /** The entity expanded (new nodes are placed around it); null for the seeds. */
  around: string | null;
  variables: NeighbourhoodVariables;
}

export interface PathVariables {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  types: string[] | null;
  minWeight: number;
  since: string | null;
  until: string | null;
}

function filterVariables(view: ViewState) {
  const { types, minWeight, from, to } = view.filters;
  return { types: types.length > 0 ? [...types] : null, minWeight, from, to };
}

export function neighbourhoodRequests(view: ViewState): NeighbourhoodRequest[] {
  const filters = filterVariables(view);
  const request = (keys: string[], around: string | null): NeighbourhoodRequest => {
    const variables = { keys, limit: view.cap, ...filters };
    return { id: JSON.stringify(variables), around, variables };
  };
  const requests: NeighbourhoodRequest[] = [];
  if (view.seeds.length > 0) requests.push(request([...view.seeds], null));
  for (const key of view.expanded)
    if (!view.seeds.includes(key)) requests.push(request([key], key));
  return requests;
}

export function pathVariables(view: ViewState): PathVariables | null {
  if (!view.path) return null;
  const { types, minWeight, from, to } = filterVariables(view);
  return {
    from: view.path.from,
    to: view.path.to,
    k: PATHS_K,
    maxHops: PATHS_MAX_HOPS,
    // The path's own ends are never filtered out by type: the API filters the nodes between.
    types,
    minWeight,
    since: from,
    until: to,
  };
}
