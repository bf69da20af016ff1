// The search page keeps ALL of its state in the URL (`/search?q=...`), so it works as a plain GET
// form without client JavaScript, and every result page can be bookmarked, shared and reloaded.
// This module is the only place that knows the parameter names.
import type { EntityType } from '#graphql/types';

export const SORTS = ['RELEVANCE', 'NEWEST', 'OLDEST', 'TITLE'] as const;
export type SearchSort = (typeof SORTS)[number];

/** Facets of document fields; each maps to one SearchFilter list (and SearchFacets field). */
export const FIELD_FACET_KINDS = ['collections', 'formats', 'languages', 'keyPhrases'] as const;
export type FieldFacetKind = (typeof FIELD_FACET_KINDS)[number];

/**
 * Facets of entity names (SearchFacets.entities), one per entity type; each becomes one entry of
 * SearchFilter.entities, so names of one type are alternatives and different types all apply.
 */
export const ENTITY_FACET_KINDS = ['person', 'organization', 'location', 'misc'] as const;
export type EntityFacetKind = (typeof ENTITY_FACET_KINDS)[number];

/** Facets whose values toggle filters, each with one URL parameter. */
export const FACET_KINDS = [...FIELD_FACET_KINDS, ...ENTITY_FACET_KINDS] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export const FACET_PARAM: Record<FacetKind, string> = {
  collections: 'c',
  formats: 'fmt',
  languages: 'lang',
  keyPhrases: 'kp',
  person: 'per',
  organization: 'org',
  location: 'loc',
  misc: 'misc',
};

export const FACET_FILTER_FIELD = {
  collections: 'collectionIds',
  formats: 'formats',
  languages: 'languages',
  keyPhrases: 'keyPhrases',
} as const satisfies Record<FieldFacetKind, string>;

/** The API's EntityType of each entity facet. */
export const ENTITY_FACET_TYPE = {
  person: 'PERSON',
  organization: 'ORGANIZATION',
  location: 'LOCATION',
  misc: 'MISC',
} as const satisfies Record<EntityFacetKind, EntityType>;

/** The entity facet of an API entity type; null for types that are not faceted (IBAN, ...). */
export function entityFacetKind(type: EntityType): EntityFacetKind | null {
  return ENTITY_FACET_KINDS.find((kind) => ENTITY_FACET_TYPE[kind] === type) ?? null;
}

/** Longest query the API accepts (the search box stops there; Help says so). */
export const MAX_QUERY_LENGTH = 1_000;

/** The API accepts at most 20 filter values in all; more per list would only produce its error. */
const MAX_VALUES_PER_FACET = 20;
const MAX_VALUE_LENGTH = 200;
const MAX_DATE_LENGTH = 40;
const MAX_PAGE = 100_000;

export interface SearchState {
  q: string;
  /** null = the default: relevance with a query, newest first without one. */
  sort: SearchSort | null;
  filters: Record<FacetKind, string[]>;
  /** When the document was indexed, inclusive; '' when unset (ISO 8601 date as typed). */
  createdFrom: string;
  createdTo: string;
  allVersions: boolean;
  /** Cursor of this page (the previous page's endCursor); null on the first page. */
  after: string | null;
  /** Cursors of the pages before this one (see pagination.ts). */
  prev: string[];
  /** 1-based number of this page, for "Showing 21–40". */
  page: number;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const EMPTY_SEARCH: SearchState = {
  q: '',
  sort: null,
  filters: {
    collections: [],
    formats: [],
    languages: [],
    keyPhrases: [],
    person: [],
    organization: [],
    location: [],
    misc: [],
  },
  createdFrom: '',
  createdTo: '',
  allVersions: false,
  after: null,
  prev: [],
  page: 1,
};

function all(params: RawSearchParams, name: string): string[] {
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function one(params: RawSearchParams, name: string): string {
  return all(params, name)[0] ?? '';
}

function facetValues(params: RawSearchParams, name: string): string[] {
  const values = all(params, name)
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH);
  return [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
}

function date(params: RawSearchParams, name: string): string {
  const value = one(params, name).trim();
  return value.length <= MAX_DATE_LENGTH ? value : '';
}

/** Cursors are opaque base64url strings; "~" marks the first page inside the `prev` stack. */
export const FIRST_PAGE_MARK = '~';
const CURSOR = /^[A-Za-z0-9_\-=.]{1,1024}$/;

export function isCursor(value: string): boolean {
  return CURSOR.test(value);
}

function parsePrev(raw: string): string[] {
  if (!raw) return [];
  const entries = raw.split(',');
  // One bad entry means the parameter was edited by hand: drop the stack rather than guess.
  return entries.every((e) => e === FIRST_PAGE_MARK || isCursor(e)) ? entries : [];
}

/** Reads the page's searchParams (as Next.js passes them) into a normalised state. */
export function parseSearchState(params: RawSearchParams): SearchState {
  const sortParam = one(params, 'sort').toUpperCase();
  const sort = (SORTS as readonly string[]).includes(sortParam) ? (sortParam as SearchSort) : null;
  const after = one(params, 'after').trim() || null;
  const pageNumber = Number.parseInt(one(params, 'pg'), 10);
  return {
    q: one(params, 'q'),
    sort,
    filters: Object.fromEntries(
      FACET_KINDS.map((kind) => [kind, facetValues(params, FACET_PARAM[kind])]),
    ) as Record<FacetKind, string[]>,
    createdFrom: date(params, 'from'),
    createdTo: date(params, 'to'),
    allVersions: one(params, 'all') === '1',
    after,
    prev: after ? parsePrev(one(params, 'prev')) : [],
    page:
      after && Number.isInteger(pageNumber) && pageNumber > 1 && pageNumber <= MAX_PAGE
        ? pageNumber
        : after
          ? 2
          : 1,
  };
}

/** The URL of a state, with defaults left out so links stay short and readable. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const kind of FACET_KINDS) {
    for (const value of state.filters[kind]) params.append(FACET_PARAM[kind], value);
  }
  if (state.createdFrom) params.set('from', state.createdFrom);
  if (state.createdTo) params.set('to', state.createdTo);
  if (state.allVersions) params.set('all', '1');
  if (state.after) {
    params.set('after', state.after);
    if (state.prev.length > 0) params.set('prev', state.prev.join(','));
    params.set('pg', String(state.page));
  }
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/** The sort actually sent to the API. */
export function effectiveSort(state: SearchState): SearchSort {
  return state.sort ?? (state.q.trim() ? 'RELEVANCE' : 'NEWEST');
}

export function hasFilters(state: SearchState): boolean {
  return (
    FACET_KINDS.some((kind) => state.filters[kind].length > 0) ||
    Boolean(state.createdFrom || state.createdTo) ||
    state.allVersions
  );
}

/** The `filter` argument of `search`, or null when nothing narrows the search. */
export function toFilterInput(state: SearchState): Record<string, unknown> | null {
  if (!hasFilters(state)) return null;
  const filter: Record<string, unknown> = {};
  for (const kind of FIELD_FACET_KINDS) {
    if (state.filters[kind].length > 0) filter[FACET_FILTER_FIELD[kind]] = state.filters[kind];
  }
  const entities = ENTITY_FACET_KINDS.filter((kind) => state.filters[kind].length > 0).map(
    (kind) => ({ type: ENTITY_FACET_TYPE[kind], names: state.filters[kind] }),
  );
  if (entities.length > 0) filter['entities'] = entities;
  if (state.createdFrom) filter['createdFrom'] = state.createdFrom;
  if (state.createdTo) filter['createdTo'] = state.createdTo;
  if (state.allVersions) filter['allVersions'] = true;
  return filter;
}

/** Any change to what is searched starts again at the first page: old cursors would not fit. */
function firstPage(state: SearchState): SearchState {
  return { ...state, after: null, prev: [], page: 1 };
}

export function isFacetActive(state: SearchState, kind: FacetKind, value: string): boolean {
  return state.filters[kind].includes(value);
}

/** Adds the value to its filter, or removes it when it is already there. */
export function toggleFacet(state: SearchState, kind: FacetKind, value: string): SearchState {
  const current = state.filters[kind];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return firstPage({ ...state, filters: { ...state.filters, [kind]: next } });
}

/** The indexed-date range that stands for one year of the years facet. */
export function yearRange(year: string): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year when the date range is exactly one year of the facet, else null. */
export function activeYear(state: SearchState): string | null {
  const match = /^(\d{4})-01-01$/.exec(state.createdFrom);
  const year = match?.[1];
  return year && state.createdTo === `${year}-12-31` ? year : null;
}

export function toggleYear(state: SearchState, year: string): SearchState {
  if (activeYear(state) === year) return firstPage({ ...state, createdFrom: '', createdTo: '' });
  const { from, to } = yearRange(year);
  return firstPage({ ...state, createdFrom: from, createdTo: to });
}

export type ActiveFilter =
  | { kind: FacetKind; value: string; without: SearchState }
  | { kind: 'year'; value: string; without: SearchState }
  | { kind: 'createdFrom' | 'createdTo'; value: string; without: SearchState }
  | { kind: 'allVersions'; value: 'true'; without: SearchState };

/** Every filter in force, each with the state that removes it (for the removable chips). */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const kind of FACET_KINDS) {
    for (const value of state.filters[kind]) {
      chips.push({ kind, value, without: toggleFacet(state, kind, value) });
    }
  }
  const year = activeYear(state);
  if (year) {
    chips.push({ kind: 'year', value: year, without: toggleYear(state, year) });
  } else {
    if (state.createdFrom) {
      const without = firstPage({ ...state, createdFrom: '' });
      chips.push({ kind: 'createdFrom', value: state.createdFrom, without });
    }
    if (state.createdTo) {
      const without = firstPage({ ...state, createdTo: '' });
      chips.push({ kind: 'createdTo', value: state.createdTo, without });
    }
  }
  if (state.allVersions) {
    chips.push({
      kind: 'allVersions',
      value: 'true',
      without: firstPage({ ...state, allVersions: false }),
    });
  }
  return chips;
}

/** Same query and sort, no filters. */
export function clearFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort };
}
