// Entity pages live at /entities/<key>, the key URL-encoded as one path segment (keys contain
// ':' and spaces, e.g. `name:PERSON:friedrich merz`, and may contain '/'). The page's own state
// (which page of mentions and triples, the merge picker's search) is in its query string.
import type { RawSearchParams } from '../search/search-state.ts';

export interface EntityPageState {
  /** 1-based page of the mentions list. */
  mentions: number;
  /** 1-based page of the triples list. */
  triples: number;
  /** The merge picker's search for another entity. */
  merge: string;
  /** What a curation action that opened this page did (a fixed notice, never free text). */
  done: CurationNotice | null;
}

export const CURATION_NOTICES = {
  renamed: 'Renamed. Every reader of a document that mentions it sees the new name.',
  retyped: 'The type was changed for every reader.',
  hidden:
    'Hidden: searches, lists and the explorer leave it out. Unhide it below to show it again.',
  unhidden: 'Shown again in searches, lists and the explorer.',
  merged: 'The entities were merged: this is the entity that holds their mentions now.',
  unmerged: 'The merge was undone: the other entity stands on its own again.',
  split: 'The aliases were split out into this new entity.',
  unlinked: 'The knowledge-base link was marked wrong: this entity holds the unlinked mentions.',
} as const;

export type CurationNotice = keyof typeof CURATION_NOTICES;

function isNotice(value: string): value is CurationNotice {
  return Object.hasOwn(CURATION_NOTICES, value);
}

export const DEFAULT_ENTITY_PAGE: EntityPageState = {
  mentions: 1,
  triples: 1,
  merge: '',
  done: null,
};

/** Deepest page of a list (the API pages by offset). */
export const MAX_LIST_PAGE = 500;
const MAX_MERGE_QUERY = 200;

export function entityHref(key: string, state: Partial<EntityPageState> = {}): string {
  const params = new URLSearchParams();
  if (state.mentions && state.mentions > 1) params.set('mp', String(state.mentions));
  if (state.triples && state.triples > 1) params.set('tp', String(state.triples));
  const merge = state.merge?.trim();
  if (merge) params.set('merge', merge.slice(0, MAX_MERGE_QUERY));
  if (state.done) params.set('done', state.done);
  const query = params.toString();
  return `/entities/${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
}

function first(params: RawSearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function page(value: string): number {
  const n = Number(value || '1');
  return Number.isInteger(n) && n >= 1 && n <= MAX_LIST_PAGE ? n : 1;
}

export function parseEntityParams(params: RawSearchParams): EntityPageState {
  return {
    mentions: page(first(params, 'mp')),
    triples: page(first(params, 'tp')),
    merge: first(params, 'merge').trim().slice(0, MAX_MERGE_QUERY),
    done: isNotice(first(params, 'done')) ? (first(params, 'done') as CurationNotice) : null,
  };
}

/** Longest key the page accepts (the API's keys are far shorter). */
export const MAX_KEY_LENGTH = 1_000;

/**
 * The key from the route parameter. Next.js hands dynamic segments over still percent-encoded, so
 * it is decoded here once; a malformed encoding or an over-long key is no key (the page's 404).
 */
export function entityKeyFromParam(param: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(param);
  } catch {
    return null;
  }
  return key.trim() && key.length <= MAX_KEY_LENGTH ? key : null;
}
