// The triples view's state lives in the URL: /triples?s=<subject>&r=<relation>&o=<object>&page=N,
// plus an entity key when it comes from an entity page. Pure, unit-tested.
import type { RawSearchParams } from '../search/search-state.ts';

export const TRIPLES_PER_PAGE = 50;
/** Longest filter text kept (the API's full-text search does not need more). */
export const MAX_FILTER_LENGTH = 200;
/** Pages a reader can go back and forth through (the API pages by offset). */
export const MAX_PAGE = 200;

export interface TriplesState {
  subject: string;
  relation: string;
  object: string;
  /** Triples where this entity is subject or object. */
  entityKey: string;
  page: number;
}

export const EMPTY_TRIPLES: TriplesState = {
  subject: '',
  relation: '',
  object: '',
  entityKey: '',
  page: 1,
};

function first(params: RawSearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function text(value: string): string {
  return value.trim().replace(/\s+/g, ' ').slice(0, MAX_FILTER_LENGTH);
}

export function parseTriplesParams(params: RawSearchParams): TriplesState {
  const page = Number(first(params, 'page') || '1');
  return {
    subject: text(first(params, 's')),
    relation: text(first(params, 'r')),
    object: text(first(params, 'o')),
    entityKey: first(params, 'entity').trim().slice(0, 1_000),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

export function triplesHref(state: Partial<TriplesState>): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string | undefined) => {
    const clean = value ? text(value) : '';
    if (clean) params.set(name, clean);
  };
  add('s', state.subject);
  add('r', state.relation);
  add('o', state.object);
  if (state.entityKey?.trim()) params.set('entity', state.entityKey.trim());
  if (state.page && state.page > 1) params.set('page', String(Math.min(state.page, MAX_PAGE)));
  const query = params.toString();
  return `/triples${query ? `?${query}` : ''}`;
}

/**
 * The API's variables for the state (empty filters left out). One more triple than a page shows
 * is asked for: it tells whether a next page exists.
 */
export function triplesVariables(state: TriplesState) {
  return {
    subject: state.subject || null,
    relation: state.relation || null,
    object: state.object || null,
    entityKey: state.entityKey || null,
    first: TRIPLES_PER_PAGE + 1,
    offset: (state.page - 1) * TRIPLES_PER_PAGE,
  };
}

export function hasFilters(state: TriplesState): boolean {
  return Boolean(state.subject || state.relation || state.object || state.entityKey);
}
