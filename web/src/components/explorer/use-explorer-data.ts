'use client';

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { gatewayErrors, type GatewayError } from '../../lib/gateway/errors.ts';
import { EMPTY_GRAPH, mergeGraph, type GraphData } from '../../lib/explorer/graph-data.ts';
import type { GraphPath, Neighbourhood } from '../../lib/explorer/model.ts';
import { neighbourhoodRequests, pathVariables } from '../../lib/explorer/requests.ts';
import type { ViewState } from '../../lib/explorer/view-state.ts';
import { EXPLORER_NEIGHBOURHOOD, EXPLORER_PATHS } from '../../lib/operations/explorer.ts';

type Answer<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; errors: GatewayError[] };

export interface ExplorerData {
  data: GraphData;
  /** Shortest paths between the view's path ends, shortest first; null when none are asked for. */
  paths: Answer<GraphPath[]> | null;
  loading: boolean;
  errors: GatewayError[];
  /** The node cap a neighbourhood answer was cut at, when one was. */
  cappedAt: number | null;
  /** Forgets the failed answers, so they are asked for again. */
  retry: () => void;
}

/**
 * Loads what a view needs from the graph API, through the browser's Apollo Client: each request
 * once (answers are kept by request id, so an expand asks only for the new neighbourhood and a
 * filter change asks again), merged with an imported file's graph.
 */
export function useExplorerData(view: ViewState, imported: GraphData | null): ExplorerData {
  const client = useApolloClient();
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer<Neighbourhood>>>(new Map());
  const [pathAnswers, setPathAnswers] = useState<ReadonlyMap<string, Answer<GraphPath[]>>>(
    new Map(),
  );
  const asked = useRef(new Set<string>());
  // Bumped by retry: the loading effects run again and ask for what was forgotten.
  const [generation, setGeneration] = useState(0);

  const { seeds, expanded, filters, cap, path } = view;
  const requests = useMemo(
    () => neighbourhoodRequests({ ...view, seeds, expanded, filters, cap }),
    // Only what decides the requests: hiding or pinning a node asks for nothing.
    [seeds, expanded, filters, cap],
  );
  const pathVars = useMemo(() => pathVariables({ ...view, path, filters }), [path, filters]);
  const pathId = pathVars ? JSON.stringify(pathVars) : null;

  useEffect(() => {
    for (const request of requests) {
      if (asked.current.has(request.id)) continue;
      asked.current.add(request.id);
      setAnswers((previous) => new Map(previous).set(request.id, { status: 'loading' }));
      void client
        .query({
          query: EXPLORER_NEIGHBOURHOOD,
          variables: request.variables,
          fetchPolicy: 'network-only',
          errorPolicy: 'all',
        })
        .then(
          ({ data, error }): Answer<Neighbourhood> =>
            error || !data
              ? { status: 'error', errors: gatewayErrors(error ?? new Error('no data')) }
              : { status: 'done', value: data.neighbourhood },
          (error: unknown): Answer<Neighbourhood> => ({
            status: 'error',
            errors: gatewayErrors(error),
          }),
        )
        .then((answer) => setAnswers((previous) => new Map(previous).set(request.id, answer)));
    }
  }, [client, requests, generation]);

  useEffect(() => {
    if (!pathVars || !pathId || asked.current.has(pathId)) return;
    asked.current.add(pathId);
    setPathAnswers((previous) => new Map(previous).set(pathId, { status: 'loading' }));
    void client
      .query({
        query: EXPLORER_PATHS,
        variables: pathVars,
        fetchPolicy: 'network-only',
        errorPolicy: 'all',
      })
      .then(
        ({ data, error }): Answer<GraphPath[]> =>
          error || !data
            ? { status: 'error', errors: gatewayErrors(error ?? new Error('no data')) }
            : { status: 'done', value: [...data.paths].sort((a, b) => a.hops - b.hops) },
        (error: unknown): Answer<GraphPath[]> => ({
          status: 'error',
          errors: gatewayErrors(error),
        }),
      )
      .then((answer) => setPathAnswers((previous) => new Map(previous).set(pathId, answer)));
  }, [client, pathVars, pathId, generation]);

  const paths = pathId ? (pathAnswers.get(pathId) ?? { status: 'loading' as const }) : null;

  const data = useMemo(() => {
    let merged = imported ?? EMPTY_GRAPH;
    for (const request of requests) {
      const answer = answers.get(request.id);
      if (answer?.status === 'done') merged = mergeGraph(merged, answer.value).data;
    }
    if (paths?.status === 'done')
      for (const found of paths.value) merged = mergeGraph(merged, found).data;
    return merged;
  }, [imported, requests, answers, paths]);

  const current = requests.map((r) => answers.get(r.id));
  const errors = [
    ...current.flatMap((a) => (a?.status === 'error' ? a.errors : [])),
    ...(paths?.status === 'error' ? paths.errors : []),
  ];
  const capped = current.find((a) => a?.status === 'done' && a.value.capped);
  const retry = useCallback(() => {
    const failed = (map: ReadonlyMap<string, Answer<unknown>>) =>
      [...map].filter(([, a]) => a.status === 'error').map(([id]) => id);
    const forget = <T>(map: ReadonlyMap<string, Answer<T>>) => {
      const next = new Map(map);
      for (const id of failed(map)) {
        next.delete(id);
        asked.current.delete(id);
      }
      return next;
    };
    setAnswers(forget);
    setPathAnswers(forget);
    setGeneration((n) => n + 1);
  }, []);

  return {
    data,
    paths,
    loading:
      current.some((a) => a === undefined || a.status === 'loading') || paths?.status === 'loading',
    errors,
    cappedAt: capped?.status === 'done' ? capped.value.limit : null,
    retry,
  };
}
